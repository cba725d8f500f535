package org.modus.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.modus.engine.ModusException;
import org.modus.engine.RunConfig;

/**
 * Writes synthetic inputs of every source family into one folder, the ground truth of what was
 * planted ({@code ground-truth.json}) and a run config ({@code run-config.yaml}) that reads them.
 * Deterministic for a seed. Everything is fictional: no real person, phone number or address.
 */
public final class SampleGenerator {
  public static final String CONFIG_FILE = "run-config.yaml";
  public static final String GROUND_TRUTH_FILE = "ground-truth.json";

  private SampleGenerator() {}

  /** What was written. */
  public record Result(Path configFile, Path groundTruth, List<PlantedTrend> planted) {}

  public static Result generate(Path outDir, int ads, long seed, Path runOutput) {
    try {
      Files.createDirectories(outDir);
      SampleSources adSources = AdCorpusGenerator.write(outDir, ads, seed);
      SampleSources cases = CaseSampleGenerator.write(outDir, ads, seed + 1);
      SampleSources aggregates = AggregateSampleGenerator.write(outDir, ads, seed + 2);
      SampleSources surveys = SurveySampleGenerator.write(outDir, ads, seed + 3);
      List<PlantedTrend> planted = new ArrayList<>();
      for (SampleSources s : List.of(adSources, cases, aggregates, surveys)) {
        planted.addAll(s.planted());
      }
      RunConfig config =
          new RunConfig(
              outDir.toAbsolutePath().relativize(runOutput.toAbsolutePath()).toString(),
              null,
              null,
              "quarter",
              null,
              "en",
              adSources.sources(),
              cases.sources(),
              aggregates.sources(),
              surveys.sources(),
              aggregates.population(),
              null,
              null,
              null);
      Path configFile = outDir.resolve(CONFIG_FILE);
      ObjectMapper yaml =
          new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
              .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
      yaml.writeValue(configFile.toFile(), config);
      Path truth = outDir.resolve(GROUND_TRUTH_FILE);
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(truth.toFile(), Map.of("seed", seed, "ads", ads, "planted", planted));
      return new Result(configFile, truth, planted);
    } catch (IOException e) {
      throw new ModusException("Cannot write the sample to " + outDir + ": " + e.getMessage());
    }
  }
}

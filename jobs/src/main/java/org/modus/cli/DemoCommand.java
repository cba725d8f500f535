package org.modus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.modus.engine.KeySource;
import org.modus.engine.ModusException;
import org.modus.engine.RunConfig;
import org.modus.pipeline.Pipeline;
import org.modus.pipeline.RunContexts;
import org.modus.sample.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Generate the synthetic sample data (fixed seed) and run every stage on it with "
          + "embedded Spark; prints where the report is.",
      "Example: ./modus demo --out runs/demo"
    })
final class DemoCommand implements Callable<Integer> {
  static final long DEMO_SEED = 20240917L;
  static final int DEMO_ADS = 6000;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "runs/demo",
      description = "Run directory to create (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--ads",
      defaultValue = "" + DEMO_ADS,
      description = "Number of sample ads (default: ${DEFAULT-VALUE}).")
  int ads;

  @Option(
      names = "--lang",
      defaultValue = "en",
      description = "Report language: en or fr (default: ${DEFAULT-VALUE}).")
  String lang;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    if (ads < 100) {
      throw new ModusException(
          "--ads must be at least 100 so that trends can be tested, got " + ads);
    }
    // The whole demo holds the lock: it writes its inputs into the run directory too.
    return CommandSupport.locked(out.toString(), "demo", false, this::demo);
  }

  private int demo() {
    Path input = out.resolve("input");
    Path configFile = SampleGenerator.generate(input, ads, DEMO_SEED, out).configFile();
    // Synthetic data only: a throwaway key, kept beside the generated inputs.
    Path key = input.resolve("demo.key");
    if (!Files.exists(key)) {
      KeySource.generate(key);
    }
    RunConfig loaded = RunConfig.load(configFile);
    RunConfig config =
        new RunConfig(
            loaded.output(),
            key.toString(),
            loaded.disclosureThreshold(),
            loaded.period(),
            loaded.maxQuarantineShare(),
            lang,
            loaded.ads(),
            loaded.cases(),
            loaded.aggregates(),
            loaded.surveys(),
            loaded.population(),
            loaded.extract(),
            loaded.settings(),
            loaded.spark());
    return CommandSupport.withSpark(
        spark,
        config,
        "demo",
        session -> {
          Pipeline.runAll(session, RunContexts.open(session, out.toString(), config, null));
          System.out.println("Report: " + out.resolve("report/index.html").toAbsolutePath());
          System.out.println("PDF:    " + out.resolve("report/report.pdf").toAbsolutePath());
          return 0;
        });
  }
}

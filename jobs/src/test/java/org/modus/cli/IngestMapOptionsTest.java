package org.modus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.modus.engine.SourceConfig;
import picocli.CommandLine;

/**
 * {@code --map FIELD=COLUMN} and {@code --map-file FILE} of the ingest commands: how a source given
 * on the command line ({@code --input}) gets its column mapping. Parsing only, no Spark.
 */
class IngestMapOptionsTest {
  @TempDir Path dir;

  private SourceConfig adsSource(String... options) {
    return sourceOf(new StageCommands.IngestAds(), options);
  }

  /** The one source an ingest command builds from --input and the given options. */
  private SourceConfig sourceOf(StageCommands.IngestCommand cmd, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--run",
                dir.resolve("run").toString(),
                "--input",
                "data/emscad.csv",
                "--format",
                "csv"));
    args.addAll(List.of(options));
    new CommandLine(cmd).parseArgs(args.toArray(String[]::new));
    List<SourceConfig> sources = cmd.sourcesOf(cmd.config());
    assertEquals(1, sources.size(), sources.toString());
    return sources.get(0);
  }

  private Path mapFile(String yaml) throws Exception {
    Path f = dir.resolve("map.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  @Test
  void mapGivesEachCanonicalFieldItsSourceColumn() {
    assertEquals(
        Map.of("text", "description", "posted_at", "date"),
        adsSource("--map", "text=description,posted_at=date").map());
  }

  @Test
  void repeatedMapOptionsAddUp() {
    assertEquals(
        Map.of("text", "description", "country", "location"),
        adsSource("--map", "text=description", "--map", "country=location").map());
  }

  @Test
  void aTextFromSeveralColumnsIsWrittenWithAPlusAndKeptAsWritten() {
    assertEquals(
        Map.of("text", "title+description"), adsSource("--map", "text=title+description").map());
  }

  @Test
  void withoutMapOrMapFileTheSourceHasNoMappingAndTheStageUsesItsDefaults() {
    assertEquals(Map.of(), adsSource().map());
  }

  @Test
  void mapFileReadsOneFieldPerLineAndJoinsAListOfColumnsWithAPlus() throws Exception {
    Path f = mapFile("text: [title, company_profile, description]\nposted_at: date\n");
    assertEquals(
        Map.of("text", "title+company_profile+description", "posted_at", "date"),
        adsSource("--map-file", f.toString()).map());
  }

  @Test
  void mapEntriesOverrideTheMapFileAndAddToIt() throws Exception {
    Path f =
        mapFile(
            "text: [title, company_profile, description]\nposted_at: date\ncountry: location\n");
    SourceConfig source =
        adsSource("--map-file", f.toString(), "--map", "ad_id=job_id,country=loc");
    assertEquals("emscad", source.name(), "the source is named after its file");
    assertEquals(
        Map.of(
            "text",
            "title+company_profile+description",
            "posted_at",
            "date",
            "country",
            "loc",
            "ad_id",
            "job_id"),
        source.map());
  }

  @Test
  void anEmptyMapFileMeansNoMapping() throws Exception {
    assertEquals(Map.of(), adsSource("--map-file", mapFile("").toString()).map());
  }

  static Stream<Arguments> ingestCommands() {
    return Stream.of(
        Arguments.of(
            "ingest-ads", (Supplier<StageCommands.IngestCommand>) StageCommands.IngestAds::new),
        Arguments.of(
            "ingest-cases", (Supplier<StageCommands.IngestCommand>) StageCommands.IngestCases::new),
        Arguments.of(
            "ingest-aggregates",
            (Supplier<StageCommands.IngestCommand>) StageCommands.IngestAggregates::new),
        Arguments.of(
            "ingest-survey",
            (Supplier<StageCommands.IngestCommand>) StageCommands.IngestSurvey::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ingestCommands")
  void everyIngestCommandTakesMapAndMapFileForItsOwnSources(
      String name, Supplier<StageCommands.IngestCommand> command) throws Exception {
    Path f = mapFile("country: location\nyear: [y, period]\n");
    SourceConfig source =
        sourceOf(command.get(), "--map-file", f.toString(), "--map", "country=iso3");
    assertEquals(Map.of("country", "iso3", "year", "y+period"), source.map(), name);
  }

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /**
   * The whole command line as ./modus runs it; these calls all stop before a Spark session starts.
   */
  private int modus(String... args) {
    CommandLine cli = ModusCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private void assertOneLineWithoutStackTrace() {
    assertTrue(err.toString().lines().count() <= 2, err.toString());
    assertFalse(
        err.toString().contains("Exception") || err.toString().contains("\tat "), err.toString());
  }

  @Test
  void aMapEntryWithoutAnEqualsSignIsAUsageErrorShowingTheExpectedForm() {
    assertEquals(
        ModusCli.EXIT_USAGE,
        modus(
            "ingest-ads",
            "--run",
            dir.resolve("run").toString(),
            "--input",
            "ads.csv",
            "--format",
            "csv",
            "--map",
            "description"));
    assertTrue(
        err.toString().startsWith("modus: ")
            && err.toString().contains("--map")
            && err.toString().contains("FIELD=COLUMN")
            && err.toString().contains("description"),
        err.toString());
    assertTrue(err.toString().contains("./modus ingest-ads --help"), err.toString());
    assertOneLineWithoutStackTrace();
  }

  @Test
  void aMissingMapFileIsAUserErrorNamingIt() {
    Path missing = dir.resolve("nowhere.yaml");
    assertEquals(
        ModusCli.EXIT_USAGE,
        modus(
            "ingest-ads",
            "--run",
            dir.resolve("run").toString(),
            "--input",
            "ads.csv",
            "--format",
            "csv",
            "--map-file",
            missing.toString()));
    assertTrue(
        err.toString().startsWith("modus: error: Cannot read the mapping file " + missing),
        err.toString());
    assertOneLineWithoutStackTrace();
  }

  @Test
  void aMapFileThatIsNotFieldColumnLinesIsAUserErrorSayingWhatItMustHold() throws Exception {
    Path f = mapFile("- text\n- description\n");
    assertEquals(
        ModusCli.EXIT_USAGE,
        modus(
            "ingest-ads",
            "--run",
            dir.resolve("run").toString(),
            "--input",
            "ads.csv",
            "--format",
            "csv",
            "--map-file",
            f.toString()));
    assertEquals(
        "modus: error: The mapping file " + f + " must hold 'FIELD: COLUMN' lines",
        err.toString().strip());
  }

  @Test
  void mapWithAConfigButNoInputIsAUserErrorInsteadOfBeingIgnored() throws Exception {
    Path config = dir.resolve("config.yaml");
    Files.writeString(
        config, "output: run\nads:\n  - name: a\n    input: ads.csv\n    format: csv\n");
    assertEquals(
        ModusCli.EXIT_USAGE,
        modus(
            "ingest-ads",
            "--run",
            dir.resolve("run").toString(),
            "--config",
            config.toString(),
            "--map",
            "text=description",
            "--format",
            "csv"));
    assertEquals(
        "modus: error: --format, --map describe the source given with --input, and there is none: add "
            + "--input PATH, or write them into the source in the config file",
        err.toString().strip());
  }

  @Test
  void theHelpOfEachIngestCommandDescribesMapAndMapFile() {
    for (String stage :
        new String[] {"ingest-ads", "ingest-cases", "ingest-aggregates", "ingest-survey"}) {
      out.getBuffer().setLength(0);
      assertEquals(0, modus(stage, "--help"), stage);
      assertTrue(
          out.toString().contains("--map=FIELD=COLUMN")
              && out.toString().contains("--map-file=FILE")
              && out.toString().contains("--map entries override it"),
          stage + ": " + out);
    }
  }
}

package org.modus.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.modus.engine.Manifest;
import org.modus.engine.ModusException;
import org.modus.engine.RunConfig;
import org.modus.engine.RunContext;
import org.modus.engine.RunDir;
import org.modus.engine.SourceConfig;
import org.modus.engine.Stage;
import org.modus.pipeline.Pipeline;
import org.modus.pipeline.RunContexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** One subcommand per stage, each usable alone on a run directory. */
final class StageCommands {
  private StageCommands() {}

  /** Runs one pipeline stage against --run DIR with the (optional) config. */
  abstract static class StageCommand implements Callable<Integer> {
    @Mixin RunOptions runOptions;
    @Mixin SparkOptions sparkOptions;

    abstract Stage stage();

    abstract void runStage(SparkSession spark, RunContext ctx);

    /**
     * --config when given; else the config the run recorded in its manifest (so a stage run alone
     * keeps the run's disclosure threshold, period and sources); else the defaults.
     */
    RunConfig config() {
      if (runOptions.config != null) {
        return RunConfig.load(runOptions.config);
      }
      RunDir run = new RunDir(runOptions.run);
      return RunConfig.recordedIn(Manifest.openOrCreate(run, new Configuration()))
          .orElse(RunConfig.defaults());
    }

    @Override
    public Integer call() {
      return CommandSupport.locked(
          runOptions.run,
          stage().id(),
          runOptions.forceUnlock,
          () -> {
            RunConfig cfg = config();
            return CommandSupport.withSpark(
                sparkOptions,
                cfg,
                stage().id(),
                spark -> {
                  runStage(spark, RunContexts.open(spark, runOptions.run, cfg, runOptions.keyFile));
                  return 0;
                });
          });
    }
  }

  /**
   * Ingest commands take their sources from --config, or one source from the command line (--input,
   * --format, --map).
   */
  abstract static class IngestCommand extends StageCommand {
    @Option(names = "--input", paramLabel = "PATH", description = "Input file, folder or glob.")
    String input;

    @Option(names = "--format", description = "Input format (see the stage's description).")
    String format;

    @Option(
        names = "--source",
        paramLabel = "NAME",
        description = "Source name (default: the file name).")
    String source;

    @Option(
        names = "--map",
        split = ",",
        paramLabel = "FIELD=COLUMN",
        description = "Column mapping, e.g. --map text=description,posted_at=date")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(
        names = "--map-file",
        paramLabel = "FILE",
        description =
            "Column mapping file (YAML, one 'FIELD: COLUMN' per line); --map entries override it.")
    java.nio.file.Path mapFile;

    @Option(names = "--delimiter", description = "CSV delimiter (default: detected among , ; tab).")
    String delimiter;

    @Option(
        names = "--encoding",
        description = "Text encoding, e.g. windows-1252 (default: UTF-8).")
    String encoding;

    @Option(
        names = "--option",
        paramLabel = "KEY=VALUE",
        description = "Source-specific option; repeatable.")
    Map<String, String> options = new LinkedHashMap<>();

    abstract List<SourceConfig> sourcesOf(RunConfig cfg);

    abstract RunConfig withSources(RunConfig cfg, List<SourceConfig> sources);

    String questionnaire() {
      return null;
    }

    /** The options that describe the --input source and were given. */
    List<String> sourceOptionsGiven() {
      List<String> given = new ArrayList<>();
      if (format != null) {
        given.add("--format");
      }
      if (source != null) {
        given.add("--source");
      }
      if (!map.isEmpty()) {
        given.add("--map");
      }
      if (mapFile != null) {
        given.add("--map-file");
      }
      if (delimiter != null) {
        given.add("--delimiter");
      }
      if (encoding != null) {
        given.add("--encoding");
      }
      if (!options.isEmpty()) {
        given.add("--option");
      }
      if (questionnaire() != null) {
        given.add("--questionnaire");
      }
      return given;
    }

    @Override
    RunConfig config() {
      RunConfig cfg = super.config();
      if (input == null) {
        List<String> orphans = sourceOptionsGiven();
        if (!orphans.isEmpty()) {
          // Silently dropped, they would leave the config's own mapping in force without a word.
          throw new ModusException(
              String.join(", ", orphans)
                  + " describe"
                  + (orphans.size() == 1 ? "s" : "")
                  + " the source given with --input, and there is none: add --input PATH, or write "
                  + (orphans.size() == 1 ? "it" : "them")
                  + " into the source in the config file");
        }
        if (sourcesOf(cfg).isEmpty()) {
          throw new ModusException(
              "Nothing to ingest: give --input PATH (and --format) or a --config "
                  + "that declares sources for "
                  + stage().id());
        }
        return cfg;
      }
      String name =
          source != null
              ? source
              : new org.apache.hadoop.fs.Path(input).getName().replaceAll("\\..*$", "");
      List<SourceConfig> sources = new ArrayList<>();
      Map<String, String> mapping =
          new LinkedHashMap<>(mapFile == null ? Map.of() : readMapFile(mapFile));
      mapping.putAll(map);
      sources.add(
          new SourceConfig(
              name, input, format, delimiter, encoding, mapping, questionnaire(), options));
      return withSources(cfg, sources);
    }
  }

  static Map<String, String> readMapFile(java.nio.file.Path file) {
    try {
      com.fasterxml.jackson.databind.JsonNode root =
          new com.fasterxml.jackson.databind.ObjectMapper(
                  new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
              .readTree(file.toFile());
      Map<String, String> m = new LinkedHashMap<>();
      if (root == null || root.isMissingNode() || root.isNull()) {
        return m;
      }
      if (!root.isObject()) {
        throw new ModusException("The mapping file " + file + " must hold 'FIELD: COLUMN' lines");
      }
      // A list of columns (the text from several) reads as the command line writes it: joined by
      // '+'.
      root.fields()
          .forEachRemaining(
              e -> {
                List<String> columns = new ArrayList<>();
                if (e.getValue().isArray()) {
                  e.getValue().forEach(c -> columns.add(c.asText()));
                } else {
                  columns.add(e.getValue().asText());
                }
                m.put(e.getKey(), String.join("+", columns));
              });
      return m;
    } catch (java.io.IOException e) {
      throw new ModusException(
          "Cannot read the mapping file "
              + file
              + " (YAML, one 'FIELD: COLUMN' per line): "
              + e.getMessage());
    }
  }

  static RunConfig copy(
      RunConfig c,
      List<SourceConfig> ads,
      List<SourceConfig> cases,
      List<SourceConfig> aggregates,
      List<SourceConfig> surveys) {
    return new RunConfig(
        c.output(),
        c.keyFile(),
        c.disclosureThreshold(),
        c.period(),
        c.maxQuarantineShare(),
        c.reportLang(),
        ads,
        cases,
        aggregates,
        surveys,
        c.population(),
        c.extract(),
        c.settings(),
        c.spark());
  }

  @Command(
      name = "ingest-ads",
      mixinStandardHelpOptions = true,
      description = {
        "Ingest ad corpora (CSV, JSON Lines, Parquet) into the ads table: clean text, detect "
            + "language and country, pseudonymize every identifier, group duplicates and linked ads.",
        "Example: MODUS_KEY=... ./modus ingest-ads --run runs/r1 --input ads.csv --format csv "
            + "--map text=description,title=title,posted_at=date,country=location,site=source"
      })
  static final class IngestAds extends IngestCommand {
    @Override
    Stage stage() {
      return Stage.INGEST_ADS;
    }

    @Override
    List<SourceConfig> sourcesOf(RunConfig c) {
      return c.ads();
    }

    @Override
    RunConfig withSources(RunConfig c, List<SourceConfig> s) {
      return copy(c, s, c.cases(), c.aggregates(), c.surveys());
    }

    @Override
    void runStage(SparkSession spark, RunContext ctx) {
      Pipeline.ingestAds(spark, ctx);
    }
  }

  @Command(
      name = "ingest-cases",
      mixinStandardHelpOptions = true,
      description = {
        "Ingest victim case records (HTCDS v2.0 or the CTDC public CSV) into cases and case_features.",
        "Example: MODUS_KEY=... ./modus ingest-cases --run runs/r1 --input ctdc.csv --format ctdc"
      })
  static final class IngestCases extends IngestCommand {
    @Override
    Stage stage() {
      return Stage.INGEST_CASES;
    }

    @Override
    List<SourceConfig> sourcesOf(RunConfig c) {
      return c.cases();
    }

    @Override
    RunConfig withSources(RunConfig c, List<SourceConfig> s) {
      return copy(c, c.ads(), s, c.aggregates(), c.surveys());
    }

    @Override
    void runStage(SparkSession spark, RunContext ctx) {
      Pipeline.ingestCases(spark, ctx);
    }
  }

  @Command(
      name = "ingest-aggregates",
      mixinStandardHelpOptions = true,
      description = {
        "Ingest national aggregates (UNODC GLOTIP or Eurostat-style long tables) into aggregates.",
        "Example: ./modus ingest-aggregates --run runs/r1 --input glotip.csv --format glotip"
      })
  static final class IngestAggregates extends IngestCommand {
    @Override
    Stage stage() {
      return Stage.INGEST_AGGREGATES;
    }

    @Override
    List<SourceConfig> sourcesOf(RunConfig c) {
      return c.aggregates();
    }

    @Override
    RunConfig withSources(RunConfig c, List<SourceConfig> s) {
      return copy(c, c.ads(), c.cases(), s, c.surveys());
    }

    @Override
    void runStage(SparkSession spark, RunContext ctx) {
      Pipeline.ingestAggregates(spark, ctx);
    }
  }

  @Command(
      name = "ingest-survey",
      mixinStandardHelpOptions = true,
      description = {
        "Ingest a wide survey CSV with its questionnaire definition into survey_responses.",
        "Example: MODUS_KEY=... ./modus ingest-survey --run runs/r1 --input answers.csv "
            + "--questionnaire questionnaire.csv"
      })
  static final class IngestSurvey extends IngestCommand {
    @Option(
        names = "--questionnaire",
        paramLabel = "FILE",
        description = "Questionnaire definition (CSV).")
    String questionnaireFile;

    @Override
    String questionnaire() {
      return questionnaireFile;
    }

    @Override
    Stage stage() {
      return Stage.INGEST_SURVEY;
    }

    @Override
    List<SourceConfig> sourcesOf(RunConfig c) {
      return c.surveys();
    }

    @Override
    RunConfig withSources(RunConfig c, List<SourceConfig> s) {
      return copy(c, c.ads(), c.cases(), c.aggregates(), s);
    }

    @Override
    void runStage(SparkSession spark, RunContext ctx) {
      Pipeline.ingestSurvey(spark, ctx);
    }
  }

  /** Stages that derive tables from the run's tables. */
  abstract static class DerivedStage extends StageCommand {
    private final Stage stage;
    private final BiConsumer<SparkSession, RunContext> body;

    DerivedStage(Stage stage, BiConsumer<SparkSession, RunContext> body) {
      this.stage = stage;
      this.body = body;
    }

    @Override
    Stage stage() {
      return stage;
    }

    @Override
    void runStage(SparkSession spark, RunContext ctx) {
      body.accept(spark, ctx);
    }
  }

  @Command(
      name = "extract",
      mixinStandardHelpOptions = true,
      description = {
        "Extract modus-operandi features with CoreNLP from ads (and case narratives, survey "
            + "free text) into ad_features and ad_scores.",
        "Example: ./modus extract --run runs/r1"
      })
  static final class Extract extends DerivedStage {
    Extract() {
      super(Stage.EXTRACT, Pipeline::extract);
    }
  }

  @Command(
      name = "trends",
      mixinStandardHelpOptions = true,
      description = {
        "Compute trends, trend_tests (Mann-Kendall, Sen, BH) and emerging_signals.",
        "Example: ./modus trends --run runs/r1"
      })
  static final class Trends extends DerivedStage {
    Trends() {
      super(Stage.TRENDS, Pipeline::trends);
    }
  }

  @Command(
      name = "compare",
      mixinStandardHelpOptions = true,
      description = {
        "Harmonize sources and compare countries: country_comparison and triangulation, with "
            + "disclosure control.",
        "Example: ./modus compare --run runs/r1"
      })
  static final class Compare extends DerivedStage {
    Compare() {
      super(Stage.COMPARE, Pipeline::compare);
    }
  }

  @Command(
      name = "report",
      mixinStandardHelpOptions = true,
      description = {
        "Write the trend report (index.html, report.pdf, charts, CSV) to DIR/report.",
        "Example: ./modus report --run runs/r1 --lang fr"
      })
  static final class Report extends DerivedStage {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    String lang;

    // Checked while parsing, so a typo is refused before the run directory is locked or read, with
    // the
    // usage error's pointer to --help; RunConfig stays the one place that knows the report
    // languages.
    @Option(
        names = "--lang",
        paramLabel = "en|fr",
        description = "Report language (default: report_lang from --config, else en).")
    void lang(String value) {
      try {
        withLang(RunConfig.defaults(), value);
      } catch (ModusException e) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "Invalid value for option '--lang': " + e.getMessage());
      }
      lang = value;
    }

    @Option(
        names = "--allow-stale",
        description =
            "Report even when a table it reads is stale (a stage it "
                + "depends on ran again since); by default the report refuses, naming the stages to re-run.")
    boolean allowStale;

    Report() {
      super(Stage.REPORT, null);
    }

    @Override
    void runStage(SparkSession spark, RunContext ctx) {
      Pipeline.report(spark, ctx, allowStale);
    }

    @Override
    RunConfig config() {
      RunConfig c = super.config();
      return lang == null ? c : withLang(c, lang);
    }

    private static RunConfig withLang(RunConfig c, String lang) {
      return new RunConfig(
          c.output(),
          c.keyFile(),
          c.disclosureThreshold(),
          c.period(),
          c.maxQuarantineShare(),
          lang,
          c.ads(),
          c.cases(),
          c.aggregates(),
          c.surveys(),
          c.population(),
          c.extract(),
          c.settings(),
          c.spark());
    }
  }

  @Command(
      name = "export-notebook",
      mixinStandardHelpOptions = true,
      description = {
        "Export Jupyter notebooks that recompute every report figure to DIR/notebooks.",
        "Example: ./modus export-notebook --run runs/r1"
      })
  static final class ExportNotebook extends DerivedStage {
    ExportNotebook() {
      super(Stage.EXPORT_NOTEBOOK, Pipeline::exportNotebook);
    }
  }
}

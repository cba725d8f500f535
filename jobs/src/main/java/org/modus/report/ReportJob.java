package org.modus.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.modus.aggregates.SourceAgreement;
import org.modus.aggregates.SourceDiscrepancies;
import org.modus.engine.DeclaredSchemas;
import org.modus.engine.ModusException;
import org.modus.engine.RunContext;
import org.modus.engine.RunDir;
import org.modus.engine.StageReport;
import org.modus.engine.StageSettings;
import org.modus.engine.Tables;
import org.modus.reports.ReportSettings;
import org.modus.reports.ReportTexts;
import org.modus.reports.ReportWriter;
import org.modus.reports.findings.FindingWriter;
import org.modus.reports.findings.HeadlineWriter;
import org.modus.reports.findings.Headlines;
import org.modus.reports.findings.Levels;
import org.modus.reports.findings.Signal;
import org.modus.reports.findings.TrendTest;
import org.modus.reports.model.Figure;
import org.modus.reports.model.FigureKind;
import org.modus.reports.model.Finding;
import org.modus.reports.model.Headline;
import org.modus.reports.model.ReportModel;
import org.modus.reports.model.Section;
import org.modus.reports.model.TableData;
import org.modus.schemas.Settings;
import org.modus.trends.TrendOptions;

/**
 * The trend report for policy readers: {@code DIR/report/index.html} and {@code report.pdf} (same
 * content), charts as PNG and SVG, a CSV per table, and {@code figures.json} with the exact SQL
 * behind each figure. Key findings are written from significant trend tests and emerging signals
 * only.
 *
 * <p>Inputs: trends, trend_tests, emerging_signals, country_comparison, triangulation (any may be
 * absent: the section then says so), source_discrepancies (its section appears when
 * ingest-aggregates ran) and manifest.json. Language: {@code report_lang} (en or fr).
 *
 * <p>Example: {@code ./modus report --run runs/r1 --lang fr}
 */
public final class ReportJob {
  static final List<String> TABLES =
      List.of(
          "trends",
          "trend_tests",
          "emerging_signals",
          "country_comparison",
          "triangulation",
          SourceDiscrepancies.TABLE);

  /** Which command writes each input table, for the "table is absent" notes. */
  private static final Map<String, String> PRODUCER =
      Map.of(
          "trends",
          "./modus trends",
          "trend_tests",
          "./modus trends",
          "emerging_signals",
          "./modus trends",
          "country_comparison",
          "./modus compare",
          "triangulation",
          "./modus compare",
          SourceDiscrepancies.TABLE,
          "./modus ingest-aggregates");

  /**
   * Record-level tables the "data and method" section counts (records, periods, countries per
   * source); read as views without caching, since only a few columns of each are aggregated once.
   */
  static final List<String> METHOD_TABLES = List.of("ads", "cases", "aggregates");

  private ReportJob() {}

  public static StageReport run(SparkSession spark, RunContext ctx) {
    ReportTexts texts = ReportTexts.of(ctx.config().reportLang());
    List<String> missing = registerViews(spark, ctx.runDir());
    ReportModel model;
    try {
      model = model(spark, ctx, texts, missing);
    } finally {
      TABLES.forEach(t -> spark.catalog().uncacheTable(t));
      METHOD_TABLES.forEach(t -> spark.catalog().dropTempView(t));
    }
    Path local;
    try {
      local = Files.createTempDirectory("modus-report-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a local folder to render the report", e);
    }
    try {
      ReportWriter.write(model, local);
      copyQuality(local);
      publish(spark.sparkContext().hadoopConfiguration(), local, ctx.runDir());
    } finally {
      deleteQuietly(local);
    }
    Map<String, Long> outputs = new LinkedHashMap<>();
    outputs.put("report_figures", model.figures().count());
    outputs.put("report_findings", (long) model.findings().size());
    List<String> warnings =
        missing.stream()
            .map(t -> "table " + t + " is absent; the report says so in its section")
            .toList();
    StageReport derived = StageReport.derived(outputs, warnings);
    return new StageReport(
        derived.rowsRead(),
        derived.accepted(),
        0,
        outputs,
        warnings,
        Map.of("lang", texts.lang(), "report", ctx.runDir().report()));
  }

  /**
   * Registers each input table as a temp view of its name. An absent table gets an empty view with
   * its declared schema, so that joins still run; the names of absent tables are returned.
   */
  static List<String> registerViews(SparkSession spark, RunDir run) {
    List<String> missing = new ArrayList<>();
    for (String table : TABLES) {
      if (Tables.exists(spark, run, table)) {
        // some twenty queries read these small aggregate tables: read each once
        Tables.read(spark, run, table).cache().createOrReplaceTempView(table);
      } else {
        missing.add(table);
        spark
            .createDataFrame(List.<Row>of(), DeclaredSchemas.of(table))
            .createOrReplaceTempView(table);
      }
    }
    for (String table : METHOD_TABLES) {
      if (Tables.exists(spark, run, table)) {
        Tables.read(spark, run, table).createOrReplaceTempView(table);
      } else {
        spark
            .createDataFrame(List.<Row>of(), DeclaredSchemas.of(table))
            .createOrReplaceTempView(table);
      }
    }
    return missing;
  }

  /**
   * The report's settings ({@code data-schemas/config/report.json} with the run config's
   * overrides).
   */
  static ReportSettings settings(RunContext ctx) {
    try {
      return ReportSettings.load(ctx.config().settings());
    } catch (org.modus.schemas.SettingsException e) {
      throw new ModusException(e.getMessage(), e);
    }
  }

  static ReportModel model(
      SparkSession spark, RunContext ctx, ReportTexts texts, List<String> missing) {
    List<Section> sections = new ArrayList<>();

    List<Finding> findings = findings(spark, ctx, texts);
    ReportSettings settings = settings(ctx);
    Levels levels = Levels.declared(settings);
    // Headline findings on the summary page; the rest of the findings are in the annex.
    Headlines.Summary summary =
        Headlines.group(
            findings,
            levels.withMembers(levelMembers(spark, ctx.runDir(), levels)),
            settings.maxHeadlines());
    List<Headline> headlines = new ArrayList<>();
    List<Figure> headlineFigures = new ArrayList<>();
    HeadlineWriter writer = new HeadlineWriter(texts);
    for (Headlines.Group g : summary.headlines()) {
      int rank = headlines.size() + 1;
      Figure chart = run(spark, texts, headlineChart(rank, g, writer, texts));
      headlineFigures.add(chart);
      headlines.add(
          new Headline(
              rank,
              writer.text(g),
              chart.id(),
              g.lead().family(),
              g.lead().category(),
              g.covered().stream().map(Finding::rank).toList()));
    }

    List<String> summaryNotes = new ArrayList<>();
    noteMissing(texts, missing, List.of("trend_tests", "emerging_signals"), summaryNotes);
    List<String> summaryParagraphs = new ArrayList<>(List.of(texts.text("intro.summary")));
    if (!findings.isEmpty()) {
      summaryParagraphs.add(texts.fill("headlines.annex", Map.of("count", findings.size())));
    }
    sections.add(
        new Section(
            "summary", texts.text("section.summary"), summaryParagraphs, summaryNotes, List.of()));

    for (ReportQueries.FamilySection fs : ReportQueries.FAMILY_SECTIONS) {
      List<String> notes = new ArrayList<>();
      List<Figure> figures = new ArrayList<>();
      noteMissing(texts, missing, List.of("trends", "trend_tests"), notes);
      for (String family : fs.families()) {
        for (FigureQuery q :
            ReportQueries.familyFigures(fs.section(), family, settings.figures())) {
          // the first table is the figure's subject; the others only mask values and may be empty
          // views
          if (!missing.contains(q.tables().get(0))) {
            figures.add(run(spark, texts, q));
          }
        }
      }
      sections.add(
          new Section(
              fs.section(),
              texts.text("section." + fs.section()),
              List.of(texts.text("intro.family"), texts.text("intro.corrected")),
              notes,
              figures));
    }

    List<String> countryNotes = new ArrayList<>();
    List<Figure> countryFigures = new ArrayList<>();
    noteMissing(texts, missing, List.of("country_comparison", "triangulation"), countryNotes);
    Stream.concat(ReportQueries.countryFigures().stream(), Stream.of(ReportQueries.triangulation()))
        .filter(q -> q.tables().stream().noneMatch(missing::contains))
        .forEach(q -> countryFigures.add(run(spark, texts, q)));
    sections.add(
        new Section(
            "country_comparison",
            texts.text("section.country_comparison"),
            List.of(texts.text("intro.country_comparison")),
            countryNotes,
            countryFigures));

    if (!missing.contains("country_comparison")) {
      // control methods, forms of exploitation and sectors are found in case records, not in ads
      List<Figure> caseFigures =
          ReportQueries.CASE_FAMILIES.stream()
              .map(family -> run(spark, texts, ReportQueries.caseFamilyByCountry(family)))
              .filter(f -> !f.data().isEmpty())
              .toList();
      if (!caseFigures.isEmpty()) {
        sections.add(
            new Section(
                Figure.CASE_RECORDS_SECTION,
                texts.text("section.case_records"),
                List.of(texts.text("intro.case_records")),
                List.of(),
                caseFigures));
      }
    }

    if (!missing.contains(SourceDiscrepancies.TABLE)) {
      sections.add(
          discrepancies(
              spark,
              texts,
              ctx.config().disclosureThreshold(),
              SourceAgreement.load(ctx.config()),
              settings.maxDiscrepancies()));
    }

    ManifestFacts facts = new ManifestFacts(ctx.manifest().root(), texts);
    int k = ctx.config().disclosureThreshold();
    // the measurement the trends stage corrected this run's shares with
    org.modus.extract.ExtractionQuality quality =
        org.modus.trends.TrendOptions.load(ctx.config())
            .quality(org.modus.extract.ExtractJob.classifierOf(ctx.manifest()));
    sections.add(
        MethodSection.section(
            texts,
            new MethodSection.Inputs(
                facts,
                run(spark, texts, ReportQueries.methodSources(k)),
                run(spark, texts, ReportQueries.methodCoverage(k)),
                quality,
                ExtractionQualityTable.perFamily(quality.categories()),
                run(spark, texts, ReportQueries.methodSuppression()),
                k,
                org.modus.trends.CorrectionCoverage.load())));

    // the annex: every finding with its statistics, the charts beside the headlines with their
    // data,
    // and the table of emerging signals
    List<Figure> annexFigures = new ArrayList<>(headlineFigures);
    if (!missing.contains("emerging_signals")) {
      annexFigures.add(run(spark, texts, ReportQueries.emerging()));
    }
    sections.add(
        new Section(
            "annex",
            texts.text("section.annex"),
            List.of(texts.text("intro.annex")),
            List.copyOf(summaryNotes),
            annexFigures));

    String generated =
        texts.fill(
            "report.generated",
            Map.of(
                "created", created(ctx.manifest().root().path("created").asText("")),
                "taxonomy", facts.taxonomyVersion()));
    boolean untested = missing.contains("trend_tests") && missing.contains("emerging_signals");
    return new ReportModel(
        texts.lang(),
        texts.text("report.title"),
        texts.text("report.subtitle"),
        generated,
        headlines,
        findings,
        texts.text(untested ? "findings.untested" : "findings.none"),
        sections);
  }

  /** The chart beside a headline: its lead's series and the first ones it names, by their names. */
  static FigureQuery headlineChart(
      int rank, Headlines.Group g, HeadlineWriter writer, ReportTexts texts) {
    List<ReportQueries.NamedSeries> series =
        HeadlineWriter.chartSeries(g).stream()
            .map(s -> new ReportQueries.NamedSeries(s.dimension(), s.value(), writer.name(s)))
            .toList();
    String category = texts.categoryLabel(g.lead().family(), g.lead().category());
    return ReportQueries.headline(
        rank,
        g.lead().family(),
        g.lead().category(),
        series,
        Map.of(
            "category",
            category,
            "rank",
            String.valueOf(rank),
            "places",
            String.join(", ", series.stream().map(ReportQueries.NamedSeries::name).toList())));
  }

  /**
   * Which value sits in which, for the breakdowns that nest (country in region, site in source),
   * read from the ads table's columns of the same names. A value seen under two broader values (a
   * site shared by two sources) is left unplaced: only 'all' is then known to contain it.
   */
  static Map<String, Map<String, String>> levelMembers(
      SparkSession spark, RunDir run, Levels levels) {
    Map<String, Map<String, String>> members = new LinkedHashMap<>();
    if (!Tables.exists(spark, run, "ads")) {
      return members;
    }
    org.apache.spark.sql.Dataset<Row> ads = Tables.read(spark, run, "ads");
    List<String> columns = List.of(ads.columns());
    for (Map.Entry<String, String> e : levels.parents().entrySet()) {
      String narrow = e.getKey();
      String broad = e.getValue();
      if (Levels.ALL.equals(broad) || !columns.contains(narrow) || !columns.contains(broad)) {
        continue;
      }
      Map<String, String> placed = new LinkedHashMap<>();
      java.util.Set<String> ambiguous = new java.util.HashSet<>();
      for (Row r :
          ads.select(narrow, broad)
              .where(ads.col(narrow).isNotNull().and(ads.col(broad).isNotNull()))
              .distinct()
              .collectAsList()) {
        String value = r.getString(0);
        if (placed.containsKey(value) && !placed.get(value).equals(r.getString(1))) {
          ambiguous.add(value);
        }
        placed.put(value, r.getString(1));
      }
      ambiguous.forEach(placed::remove);
      members.put(narrow, placed);
    }
    return members;
  }

  /**
   * Where two national aggregate sources publish different values for the same figure (table
   * source_discrepancies, written by ingest-aggregates): the tolerance, then the cells or a
   * sentence saying there are none. Shown only when ingest-aggregates ran; values that may lie in
   * 1..k-1 are withheld as everywhere else in the report.
   */
  static Section discrepancies(
      SparkSession spark, ReportTexts texts, int k, SourceAgreement tolerance, int maxListed) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(
        texts.fill(
            "intro.source_discrepancies",
            Map.of(
                "relative",
                    new org.modus.reports.NumberStyle(texts.lang()).percent(tolerance.relative()),
                "absolute", String.valueOf(tolerance.absolute()).replaceAll("\\.0$", ""))));
    List<Figure> figures = new ArrayList<>();
    if (spark.table(SourceDiscrepancies.TABLE).isEmpty()) {
      paragraphs.add(texts.text("discrepancies.none"));
    } else {
      figures.add(run(spark, texts, ReportQueries.discrepancies(k, maxListed)));
    }
    return new Section(
        SourceDiscrepancies.TABLE,
        texts.text("section.source_discrepancies"),
        paragraphs,
        List.of(),
        figures);
  }

  /** The run's creation instant to the minute, in UTC. */
  static String created(String instant) {
    try {
      return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
          .withZone(java.time.ZoneOffset.UTC)
          .format(java.time.Instant.parse(instant));
    } catch (java.time.format.DateTimeParseException e) {
      return instant;
    }
  }

  private static void noteMissing(
      ReportTexts texts, List<String> missing, List<String> needed, List<String> notes) {
    for (String table : needed) {
      if (missing.contains(table)) {
        notes.add(
            texts.fill(
                "report.missing_table", Map.of("table", table, "stage", PRODUCER.get(table))));
      }
    }
  }

  /** Runs a figure's SQL; a chart with no values to draw is shown as its table instead. */
  static Figure run(SparkSession spark, ReportTexts texts, FigureQuery q) {
    TableData data = ResultTables.collect(spark.sql(q.sql()));
    Map<String, String> values = new java.util.HashMap<>(q.textValues());
    values.put("family", q.family() == null ? "" : texts.familyLabel(q.family()));
    // a chart whose every value disclosure control withheld has nothing to draw either
    // (a category without correction is drawn from its raw share)
    boolean drawable =
        q.kind() != FigureKind.TABLE
            && !data.isEmpty()
            && data.rows().stream()
                .anyMatch(
                    r ->
                        data.value(r, q.chart().y()) != null
                            || q.chart().raw() != null
                                && data.value(r, q.chart().raw().share()) != null);
    FigureKind kind = drawable ? q.kind() : FigureKind.TABLE;
    String alt = q.altKey() == null ? null : texts.fill(q.altKey(), values);
    if (alt != null && q.chart() != null && q.chart().raw() != null) {
      alt = alt + " " + texts.text("figure.corrected.alt_note");
    }
    if (drawable) {
      // the text alternative opens with what the chart shows, then says what kind of chart it is
      String message =
          new org.modus.reports.chart.ChartMessage(texts)
              .message(kind, data, q.chart(), Figure.shareUnit(q.section()));
      alt = message == null ? alt : message + " " + alt;
    }
    return new Figure(
        q.id(),
        q.section(),
        texts.fill(q.titleKey(), values),
        kind,
        alt,
        q.family(),
        data,
        drawable ? q.chart() : null,
        q.sql(),
        q.tables());
  }

  /**
   * The FDR below which a q-value counts as significant. By default the report trusts the direction
   * and status that the trends stage set at its own rate; {@code settings: {trends: {fdr: ...}}} in
   * the config tightens it here too.
   */
  static double fdr(RunContext ctx) {
    Settings trends = StageSettings.load(TrendOptions.NAME, TrendOptions.keys(), ctx.config());
    // bound through the record, whose constructor checks the range
    return trends.overridden("fdr") ? trends.as(TrendOptions.class).fdr() : 1.0;
  }

  static List<Finding> findings(SparkSession spark, RunContext ctx, ReportTexts texts) {
    List<TrendTest> trends = new ArrayList<>();
    for (Row r : spark.sql(ReportQueries.FINDING_TRENDS).collectAsList()) {
      trends.add(
          new TrendTest(
              r.getAs("family"),
              r.getAs("category"),
              r.getAs("dimension"),
              r.getAs("dimension_value"),
              r.getAs("direction"),
              r.getAs("first_period"),
              r.getAs("last_period"),
              r.getAs("first_share"),
              r.getAs("last_share"),
              perShare(r.getAs("sen_slope_pp")),
              r.getAs("q_value"),
              r.getAs("basis")));
    }
    List<Signal> signals = new ArrayList<>();
    for (Row r : spark.sql(ReportQueries.FINDING_SIGNALS).collectAsList()) {
      signals.add(
          new Signal(
              r.getAs("family"),
              r.getAs("category"),
              r.getAs("dimension"),
              r.getAs("dimension_value"),
              r.getAs("period"),
              r.getAs("status"),
              r.getAs("rate_ratio"),
              r.getAs("rr_low"),
              r.getAs("rr_high"),
              r.getAs("q_value")));
    }
    return new FindingWriter(texts, fdr(ctx)).findings(trends, signals);
  }

  private static Double perShare(Double pp) {
    return pp == null ? null : pp / 100;
  }

  /**
   * The extraction-quality file the corrected shares were computed with, beside figures.json, so
   * that a notebook can recompute them from the raw counts (the notebooks' check-correction.py
   * reads it).
   */
  static final String QUALITY_COPY = "extraction-quality.json";

  private static void copyQuality(Path local) {
    try (java.io.InputStream in =
        org.modus.schemas.ModusResources.open(org.modus.extract.ExtractionQuality.RESOURCE)) {
      Files.copy(in, local.resolve(QUALITY_COPY));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot copy " + org.modus.extract.ExtractionQuality.RESOURCE + " into the report", e);
    }
  }

  /** Copies the rendered folder next to the run, then swaps it in for any earlier report. */
  static void publish(Configuration conf, Path local, RunDir run) {
    if (run.openStage().isPresent()) { // published with the stage's commit
      org.apache.hadoop.fs.Path staged =
          new org.apache.hadoop.fs.Path(run.openStage().get().stagedPath(run.report()));
      try {
        FileSystem fs = staged.getFileSystem(conf);
        fs.delete(staged, true);
        fs.mkdirs(staged.getParent());
        fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), staged);
      } catch (IOException e) {
        throw new UncheckedIOException("Writing the report to " + staged + " failed", e);
      }
      return;
    }
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(run.report());
    org.apache.hadoop.fs.Path staging =
        new org.apache.hadoop.fs.Path(run.staging("report-" + UUID.randomUUID()));
    org.apache.hadoop.fs.Path retired = new org.apache.hadoop.fs.Path(staging + "-retired");
    try {
      FileSystem fs = target.getFileSystem(conf);
      fs.mkdirs(staging.getParent());
      fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), staging);
      boolean hadOld = fs.exists(target);
      if (hadOld && !fs.rename(target, retired)) {
        throw new IOException("cannot move aside " + target);
      }
      if (!fs.rename(staging, target)) {
        throw new IOException("cannot publish " + staging + " as " + target);
      }
      if (hadOld) {
        fs.delete(retired, true);
      }
      if (fs.listStatus(staging.getParent()).length == 0) {
        fs.delete(staging.getParent(), false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Publishing the report to " + target + " failed", e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temp folder is harmless
    }
  }
}

package org.modus.aggregates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.modus.engine.RunContext;
import org.modus.engine.SourceConfig;
import org.modus.engine.Stage;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;
import org.modus.ingest.FileParser;
import org.modus.ingest.FileTask;
import org.modus.ingest.IngestRunner;
import org.modus.ingest.IngestStage;
import org.modus.ingest.InputFile;
import org.modus.ingest.ParsedFile;

/**
 * Ingests national aggregate statistics into {@code aggregates}: UNODC GLOTIP ({@code --format
 * glotip}, the published .xlsx or its CSV export, title rows and all; regional aggregates kept with
 * their {@code geo_level}) and Eurostat-style long tables ({@code --format eurostat}, text or
 * .xlsx). Then lists in {@code source_discrepancies} the cells two sources publish with different
 * values. Censored values ({@code <5}, confidential flags) are kept as intervals [value_low,
 * value_high]. Rows with an unknown or missing country or area code, an impossible year or value,
 * or the wrong number of cells go to {@code quarantine/aggregates}. No key is needed: aggregate
 * tables hold no identifiers.
 *
 * <p>Example: {@code ./modus ingest-aggregates --run runs/r1 --input glotip.csv --format glotip}
 */
public final class IngestAggregatesJob {
  public static final String QUARANTINE_FOLDER = "aggregates";
  static final String MANIFEST_INPUT_KIND = "aggregates";

  private IngestAggregatesJob() {}

  public static StageReport run(SparkSession spark, RunContext ctx, List<SourceConfig> sources) {
    for (SourceConfig s : sources) {
      if (s.format() == null
          || !List.of("glotip", "eurostat")
              .contains(s.format().toLowerCase(java.util.Locale.ROOT))) {
        throw new org.modus.engine.ModusException(
            "Aggregate source '"
                + s.name()
                + "': format must be glotip or eurostat, got '"
                + s.format()
                + "'");
      }
    }
    IngestStage stage =
        new IngestStage(
            Stage.INGEST_AGGREGATES.id(),
            MANIFEST_INPUT_KIND,
            QUARANTINE_FOLDER,
            List.of("aggregates"));
    StageReport ingest =
        IngestRunner.run(spark, ctx, stage, sources, new AggregateFileParser(), List.of());
    return withDiscrepancies(spark, ctx, sources.stream().map(SourceConfig::name).toList(), ingest);
  }

  /**
   * Once every source is read: the cells on which two sources disagree, to {@code
   * source_discrepancies} (written empty when they agree or there is one source, so the report can
   * say there are none). Compare still keeps the first listed source per country and year; this is
   * where that choice is recorded, here rather than in compare because only this stage sees all
   * sources and their order together, and the table is then there for the report even when compare
   * is not run.
   */
  static StageReport withDiscrepancies(
      SparkSession spark, RunContext ctx, List<String> order, StageReport ingest) {
    SourceAgreement agreement = SourceAgreement.load(ctx.config());
    Dataset<Row> pairs =
        SourceDiscrepancies.pairs(Tables.read(spark, ctx.runDir(), "aggregates"), order, agreement)
            .cache();
    try {
      long compared = pairs.count();
      long written =
          Tables.write(
              SourceDiscrepancies.disagreeing(pairs), ctx.runDir(), SourceDiscrepancies.TABLE);
      Map<String, Long> outputs = new LinkedHashMap<>(ingest.outputs());
      outputs.put(SourceDiscrepancies.TABLE, written);
      Map<String, Object> details = new LinkedHashMap<>(ingest.details());
      details.put("cells_published_by_two_sources", compared);
      details.put("source_discrepancies", written);
      details.put(
          "discrepancy_tolerance",
          Map.of("relative", agreement.relative(), "absolute", agreement.absolute()));
      List<String> warnings = new ArrayList<>(ingest.warnings());
      if (written > 0) {
        warnings.add(
            written
                + " of "
                + compared
                + " cells published by two sources disagree beyond the tolerance;"
                + " the first listed source is kept (table "
                + SourceDiscrepancies.TABLE
                + ")");
      }
      return new StageReport(
          ingest.rowsRead(), ingest.accepted(), ingest.quarantined(), outputs, warnings, details);
    } finally {
      pairs.unpersist();
    }
  }

  static final class AggregateFileParser implements FileParser {
    @Override
    public ParsedFile parse(FileTask task, InputFile input) {
      return AggregateParser.parse(task.source(), task.format(), input, task.delimiterChar());
    }
  }
}

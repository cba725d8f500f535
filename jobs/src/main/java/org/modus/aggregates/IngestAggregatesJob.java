package org.modus.aggregates;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.modus.cases.input.FileParser;
import org.modus.cases.input.FileTask;
import org.modus.cases.input.IngestRunner;
import org.modus.cases.input.Out;
import org.modus.engine.RunContext;
import org.modus.engine.SourceConfig;
import org.modus.engine.StageReport;
import org.modus.pipeline.Pipeline;

/**
 * Ingests national aggregate statistics into {@code aggregates}: UNODC GLOTIP ({@code --format glotip},
 * the CSV export, title rows and all) and Eurostat-style long tables ({@code --format eurostat}).
 * Censored values ({@code <5}, confidential flags) are kept as intervals [value_low, value_high]. Rows
 * with an unknown country, an impossible year or value, or the wrong number of cells go to
 * {@code quarantine/aggregates}. No key is needed: aggregate tables hold no identifiers.
 *
 * <p>Example: {@code ./modus ingest-aggregates --run runs/r1 --input glotip.csv --format glotip}
 */
public final class IngestAggregatesJob {
  public static final String QUARANTINE_FOLDER = "aggregates";

  private IngestAggregatesJob() {}

  public static StageReport run(SparkSession spark, RunContext ctx, List<SourceConfig> sources) {
    for (SourceConfig s : sources) {
      if (s.format() == null || !List.of("glotip", "eurostat").contains(s.format().toLowerCase(java.util.Locale.ROOT))) {
        throw new org.modus.engine.ModusException("Aggregate source '" + s.name()
            + "': format must be glotip or eurostat, got '" + s.format() + "'");
      }
    }
    return IngestRunner.run(spark, ctx, Pipeline.INGEST_AGGREGATES, QUARANTINE_FOLDER, sources,
        List.of("aggregates"), new AggregateFileParser(), List.of());
  }

  static final class AggregateFileParser implements FileParser {
    @Override
    public List<Out> parse(FileTask task, String text) {
      return AggregateParser.parse(task.source(), task.format(), task.file(), text, task.delimiterChar());
    }
  }
}

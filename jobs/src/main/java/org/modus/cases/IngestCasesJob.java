package org.modus.cases;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.modus.cases.input.FileParser;
import org.modus.cases.input.FileTask;
import org.modus.cases.input.IngestRunner;
import org.modus.cases.input.InputFile;
import org.modus.cases.input.Out;
import org.modus.engine.ModusException;
import org.modus.engine.Pseudonymizer;
import org.modus.engine.RunContext;
import org.modus.engine.SourceConfig;
import org.modus.engine.Stage;
import org.modus.engine.StageReport;

/**
 * Ingests victim case records into {@code cases} (one row per case, de-identified) and the long
 * {@code case_features} (one row per taxonomy category recorded for a case). Layouts: {@code ctdc}
 * (CTDC public CSV) and {@code htcds} (HTCDS v2.0 as {@code .jsonl}/{@code .json} JSON Lines or
 * {@code .csv}). Rejected records go to {@code quarantine/cases} with a reason code (unknown_country,
 * bad_year, bad_value, impossible_value, malformed_row). Narratives are redacted with the keyed
 * pseudonymizer before they are written.
 *
 * <p>Example: {@code MODUS_KEY=... ./modus ingest-cases --run runs/r1 --input ctdc.csv --format ctdc}
 */
public final class IngestCasesJob {
  public static final String QUARANTINE_FOLDER = "cases";

  private IngestCasesJob() {}

  public static StageReport run(SparkSession spark, RunContext ctx, List<SourceConfig> sources) {
    for (SourceConfig s : sources) {
      String f = s.format() == null ? "" : s.format().toLowerCase(Locale.ROOT);
      if (!f.equals("ctdc") && !f.equals("htcds")) {
        throw new ModusException("Case source '" + s.name() + "': format must be ctdc or htcds, got '"
            + s.format() + "'");
      }
    }
    return IngestRunner.run(spark, ctx, Stage.INGEST_CASES.id(), QUARANTINE_FOLDER, sources,
        List.of("cases", "case_features"), new CaseFileParser(ctx.pseudonymizer()), List.of());
  }

  /** Picks the layout parser for one file. */
  static final class CaseFileParser implements FileParser {
    private final Pseudonymizer keys;

    CaseFileParser(Pseudonymizer keys) {
      this.keys = keys;
    }

    @Override
    public List<Out> parse(FileTask task, InputFile input) {
      String text = input.text(); // these layouts are text files: a workbook is refused with its reason
      String source = QUARANTINE_FOLDER + "/" + task.source();
      if (task.format().equalsIgnoreCase("ctdc")) {
        return CtdcParser.parse(task.source(), task.file(), text, task.delimiterChar(), keys).stream()
            .map(o -> withSource(o, source)).toList();
      }
      boolean csv = task.file().toLowerCase(Locale.ROOT).endsWith(".csv")
          || task.file().toLowerCase(Locale.ROOT).endsWith(".tsv");
      List<Out> out = csv ? HtcdsParser.parseCsv(task.source(), task.file(), text, task.delimiterChar(), keys)
          : HtcdsParser.parseJsonLines(task.source(), task.file(), text, keys);
      return out.stream().map(o -> withSource(o, source)).toList();
    }

    /** Quarantine rows name the input family too ("cases/ctdc-2024"), as the quarantine table says. */
    private static Out withSource(Out o, String source) {
      if (!o.table().equals(Out.QUARANTINE)) {
        return o;
      }
      java.util.Map<String, Object> v = new java.util.LinkedHashMap<>(o.values());
      v.put("source", source);
      return new Out(o.table(), v);
    }
  }
}

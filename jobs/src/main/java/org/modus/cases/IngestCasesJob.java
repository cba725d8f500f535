package org.modus.cases;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.modus.engine.ModusException;
import org.modus.engine.Pseudonymizer;
import org.modus.engine.RunContext;
import org.modus.engine.SourceConfig;
import org.modus.engine.Stage;
import org.modus.engine.StageReport;
import org.modus.ingest.FileParser;
import org.modus.ingest.FileTask;
import org.modus.ingest.IngestRunner;
import org.modus.ingest.IngestStage;
import org.modus.ingest.InputFile;
import org.modus.ingest.ParsedFile;
import org.modus.ingest.ParsedRow;

/**
 * Ingests victim case records into {@code cases} (one row per case, de-identified) and the long
 * {@code case_features} (one row per taxonomy category recorded for a case). Layouts: {@code ctdc}
 * (CTDC public CSV) and {@code htcds} (HTCDS v2.0 as {@code .jsonl}/{@code .json} JSON Lines or
 * {@code .csv}). Rejected records go to {@code quarantine/cases} with a reason code
 * (unknown_country, bad_year, bad_value, impossible_value, malformed_row). Narratives are redacted
 * with the keyed pseudonymizer before they are written.
 *
 * <p>Example: {@code MODUS_KEY=... ./modus ingest-cases --run runs/r1 --input ctdc.csv --format
 * ctdc}
 */
public final class IngestCasesJob {
  public static final String QUARANTINE_FOLDER = "cases";
  static final String MANIFEST_INPUT_KIND = "cases";

  private IngestCasesJob() {}

  public static StageReport run(SparkSession spark, RunContext ctx, List<SourceConfig> sources) {
    for (SourceConfig s : sources) {
      String f = s.format() == null ? "" : s.format().toLowerCase(Locale.ROOT);
      if (!f.equals("ctdc") && !f.equals("htcds")) {
        throw new ModusException(
            "Case source '"
                + s.name()
                + "': format must be ctdc or htcds, got '"
                + s.format()
                + "'");
      }
    }
    IngestStage stage =
        new IngestStage(
            Stage.INGEST_CASES.id(),
            MANIFEST_INPUT_KIND,
            QUARANTINE_FOLDER,
            List.of("cases", "case_features"));
    return IngestRunner.run(
        spark, ctx, stage, sources, new CaseFileParser(ctx.pseudonymizer()), List.of());
  }

  /** Picks the layout parser for one file. */
  static final class CaseFileParser implements FileParser {
    private final Pseudonymizer pseudonymizer;

    CaseFileParser(Pseudonymizer pseudonymizer) {
      this.pseudonymizer = pseudonymizer;
    }

    @Override
    public ParsedFile parse(FileTask task, InputFile input) {
      String text =
          input.text(); // these layouts are text files: a workbook is refused with its reason
      String source = QUARANTINE_FOLDER + "/" + task.source();
      if (task.format().equalsIgnoreCase("ctdc")) {
        return CtdcParser.parse(
                task.source(), task.file(), text, task.delimiterChar(), pseudonymizer)
            .mapRows(o -> withSource(o, source));
      }
      boolean csv =
          task.file().toLowerCase(Locale.ROOT).endsWith(".csv")
              || task.file().toLowerCase(Locale.ROOT).endsWith(".tsv");
      ParsedFile out =
          csv
              ? HtcdsParser.parseCsv(
                  task.source(), task.file(), text, task.delimiterChar(), pseudonymizer)
              : HtcdsParser.parseJsonLines(task.source(), task.file(), text, pseudonymizer);
      return out.mapRows(o -> withSource(o, source));
    }

    /**
     * Quarantine rows name the input family too ("cases/ctdc-2024"), as the quarantine table says.
     */
    private static ParsedRow withSource(ParsedRow o, String source) {
      if (!o.table().equals(ParsedRow.QUARANTINE)) {
        return o;
      }
      java.util.Map<String, Object> v = new java.util.LinkedHashMap<>(o.values());
      v.put("source", source);
      return new ParsedRow(o.table(), v);
    }
  }
}

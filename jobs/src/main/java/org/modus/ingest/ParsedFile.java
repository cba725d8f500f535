package org.modus.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a {@link FileParser} made of one input file: the rows it emits and how many of the file's
 * records it read, accepted and quarantined. The counts travel as numbers, beside the rows, so the
 * stage reconciles them (read = accepted + quarantined) without reading them back out of the rows.
 */
public record ParsedFile(
    List<ParsedRow> rows, long recordsRead, long recordsAccepted, long recordsQuarantined)
    implements Serializable {

  public ParsedFile {
    rows = List.copyOf(rows);
  }

  /**
   * A file whose accepted records are each one row of {@code recordTable} (a case, an aggregate
   * cell).
   */
  public static ParsedFile counting(List<ParsedRow> rows, long recordsRead, String recordTable) {
    return new ParsedFile(
        rows, recordsRead, count(rows, recordTable), count(rows, ParsedRow.QUARANTINE));
  }

  /** A file whose parser counts accepted records itself (a survey respondent becomes many rows). */
  public static ParsedFile counted(List<ParsedRow> rows, long recordsRead, long recordsAccepted) {
    return new ParsedFile(rows, recordsRead, recordsAccepted, count(rows, ParsedRow.QUARANTINE));
  }

  /** The same file and counts with each row replaced by {@code f} of it. */
  public ParsedFile mapRows(UnaryOperator<ParsedRow> f) {
    return new ParsedFile(
        rows.stream().map(f).toList(), recordsRead, recordsAccepted, recordsQuarantined);
  }

  /** The rows of one table. */
  public List<ParsedRow> rows(String table) {
    return rows.stream().filter(r -> r.table().equals(table)).toList();
  }

  private static long count(List<ParsedRow> rows, String table) {
    return rows.stream().filter(r -> r.table().equals(table)).count();
  }
}

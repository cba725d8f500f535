package org.modus.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.modus.engine.CsvDelimiter;
import org.modus.engine.DelimitedRecords;
import org.modus.engine.ModusException;
import org.modus.schemas.AccentFolding;

/**
 * A delimited text file as published: possibly with title or terms-of-use lines above the header, a
 * {@code ,}, {@code ;} or tab delimiter, quoted cells. Keeps each record's starting line number so
 * errors and quarantine rows can name it. The records below the header are read by {@link
 * DelimitedRecords}: a record that is not valid delimited text becomes a malformed row with its
 * reason, for the parser to quarantine, while the rest of the file is still read. Only a file
 * without a header stops the stage.
 */
public final class DelimitedText {
  /** Lines searched for the header before giving up. */
  public static final int MAX_PREAMBLE_LINES = 50;

  /**
   * One data record: its 1-based starting line in the file, its cells, and its text. A malformed
   * record has no cells, its text as read, and the reason code and detail of why it could not be
   * split into cells.
   */
  public record TextRow(int line, List<String> values, String raw, String reason, String detail) {
    public TextRow(int line, List<String> values, String raw) {
      this(line, values, raw, null, null);
    }

    public boolean malformed() {
      return reason != null;
    }
  }

  /** Why a row is not a record of its table: a reason code for the quarantine and a detail. */
  public record RowProblem(String reason, String detail) {}

  /**
   * The parsed file. {@code headerLine} is 1-based; lines above it were skipped as preamble. For a
   * spreadsheet, {@code sheet} names the sheet the rows come from and lines are its row numbers;
   * {@code sheet} is null for a text file.
   */
  public record Table(
      String file,
      String sheet,
      int headerLine,
      char delimiter,
      List<String> header,
      List<TextRow> rows) {
    /** A text file's table. */
    public Table(
        String file, int headerLine, char delimiter, List<String> header, List<TextRow> rows) {
      this(file, null, headerLine, delimiter, header, rows);
    }

    /**
     * Where a row is, for errors and quarantine rows: {@code file:line} or {@code file!Sheet:row}.
     */
    public String location(TextRow row) {
      return where() + ":" + row.line();
    }

    /** The file, or {@code file!Sheet} for a spreadsheet. */
    public String where() {
      return sheet == null ? file : file + "!" + sheet;
    }

    /**
     * Why {@code row} cannot be read as a record of this table (it is not valid delimited text, or
     * its cell count differs from the header's), or null when it can.
     */
    public RowProblem problem(TextRow row) {
      if (row.malformed()) {
        return new RowProblem(row.reason(), row.detail());
      }
      if (row.values().size() != header.size()) {
        return new RowProblem(
            DelimitedRecords.MALFORMED,
            "expected " + header.size() + " cells, found " + row.values().size());
      }
      return null;
    }

    public int column(String name) {
      for (int i = 0; i < header.size(); i++) {
        if (AccentFolding.labelKey(header.get(i)).equals(AccentFolding.labelKey(name))) {
          return i;
        }
      }
      return -1;
    }
  }

  private DelimitedText() {}

  /**
   * Parses {@code text}. The header is the first line (within {@link #MAX_PREAMBLE_LINES}) whose
   * cells satisfy {@code isHeader}; {@code delimiter} null means detect it from that line.
   */
  public static Table parse(
      String file,
      String text,
      Character delimiter,
      Predicate<List<String>> isHeader,
      String expected) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    String[] lines = text.split("\r?\n", -1);
    int header = -1;
    char delim = delimiter == null ? ',' : delimiter;
    for (int i = 0; i < Math.min(lines.length, MAX_PREAMBLE_LINES) && header < 0; i++) {
      char d = delimiter != null ? delimiter : CsvDelimiter.detect(lines[i]);
      if (isHeader.test(cells(lines[i], d))) {
        header = i;
        delim = d;
      }
    }
    if (header < 0) {
      throw new ModusException(
          file
              + ": no header line found in the first "
              + MAX_PREAMBLE_LINES
              + " lines; expected "
              + expected);
    }
    List<String> headerCells = cells(lines[header], delim).stream().map(String::strip).toList();
    StringBuilder body = new StringBuilder();
    for (int i = header + 1; i < lines.length; i++) {
      body.append(lines[i]).append('\n');
    }
    List<TextRow> rows = new ArrayList<>();
    // Published files are small enough to read whole; a line of spaces is a (malformed) record
    // here, as
    // it always was for these tables, where the ad reader skips it.
    DelimitedRecords records =
        new DelimitedRecords(
            new DelimitedRecords.Splitter(new StringReader(body.toString()), Integer.MAX_VALUE),
            delim,
            false);
    for (DelimitedRecords.Record r = records.next(); r != null; r = records.next()) {
      int line = header + 1 + (int) r.line();
      rows.add(
          r.malformed()
              ? new TextRow(line, List.of(), r.text(), r.reason(), r.detail())
              : new TextRow(line, r.cells(), String.join(String.valueOf(delim), r.cells())));
    }
    return new Table(file, header + 1, delim, headerCells, rows);
  }

  static List<String> cells(String line, char delimiter) {
    try (CSVParser p =
        CSVParser.parse(new StringReader(line), DelimitedRecords.format(delimiter))) {
      List<CSVRecord> records = p.getRecords();
      return records.isEmpty() ? List.of() : records.get(0).toList();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return List.of(); // an unbalanced title line is simply not the header
    }
  }

  /**
   * Splits a multi-valued cell on '|' and, unless it is the file's delimiter, ';'. Blanks dropped.
   */
  public static List<String> splitMulti(String cell, char delimiter) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    String pattern = delimiter == ';' ? "\\|" : "[|;]";
    List<String> out = new ArrayList<>();
    for (String v : cell.split(pattern)) {
      if (!v.isBlank()) {
        out.add(v.strip());
      }
    }
    return out;
  }
}

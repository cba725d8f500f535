package org.modus.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.modus.engine.CsvDelimiter;
import org.modus.engine.ModusException;
import org.modus.schemas.AccentFolding;

/**
 * A delimited text file as published: possibly with title or terms-of-use lines above the header, a
 * {@code ,}, {@code ;} or tab delimiter, quoted cells. Keeps each record's starting line number so
 * errors and quarantine rows can name it.
 */
public final class DelimitedText {
  /** Lines searched for the header before giving up. */
  public static final int MAX_PREAMBLE_LINES = 50;

  /** One data record: its 1-based starting line in the file, its cells, and its text. */
  public record TextRow(int line, List<String> values, String raw) {}

  /**
   * The parsed file. {@code headerLine} is 1-based; lines above it were skipped as preamble. For a
   * spreadsheet, {@code sheet} names the sheet the rows come from and lines are its row numbers;
   * {@code sheet} is null for a text file.
   */
  public record Table(String file, String sheet, int headerLine, char delimiter, List<String> header,
      List<TextRow> rows) {
    /** A text file's table. */
    public Table(String file, int headerLine, char delimiter, List<String> header, List<TextRow> rows) {
      this(file, null, headerLine, delimiter, header, rows);
    }

    /** Where a row is, for errors and quarantine rows: {@code file:line} or {@code file!Sheet:row}. */
    public String location(TextRow row) {
      return where() + ":" + row.line();
    }

    /** The file, or {@code file!Sheet} for a spreadsheet. */
    public String where() {
      return sheet == null ? file : file + "!" + sheet;
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
   * Parses {@code text}. The header is the first line (within {@link #MAX_PREAMBLE_LINES}) whose cells
   * satisfy {@code isHeader}; {@code delimiter} null means detect it from that line.
   */
  public static Table parse(String file, String text, Character delimiter, Predicate<List<String>> isHeader,
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
      throw new ModusException(file + ": no header line found in the first " + MAX_PREAMBLE_LINES
          + " lines; expected " + expected);
    }
    List<String> headerCells = cells(lines[header], delim).stream().map(String::strip).toList();
    StringBuilder body = new StringBuilder();
    for (int i = header + 1; i < lines.length; i++) {
      body.append(lines[i]).append('\n');
    }
    List<TextRow> rows = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delim).setIgnoreEmptyLines(true).get();
    String bodyText = body.toString();
    int[] lineStarts = lineStarts(bodyText);
    try (CSVParser parser = CSVParser.parse(new StringReader(bodyText), format)) {
      for (CSVRecord r : parser) {
        // The reported position may sit on the blank lines skipped before the record.
        int pos = (int) r.getCharacterPosition();
        while (pos < bodyText.length() && (bodyText.charAt(pos) == '\n' || bodyText.charAt(pos) == '\r')) {
          pos++;
        }
        int bodyLine = lineOf(lineStarts, pos);
        List<String> values = r.toList();
        rows.add(new TextRow(header + 2 + bodyLine, values, String.join(String.valueOf(delim), values)));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new ModusException(file + ": cannot parse as delimited text after line " + (header + 1)
          + ": " + e.getMessage());
    }
    return new Table(file, header + 1, delim, headerCells, rows);
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** 0-based line holding character {@code pos}. */
  private static int lineOf(int[] lineStarts, long pos) {
    int i = java.util.Arrays.binarySearch(lineStarts, (int) pos);
    return i >= 0 ? i : -i - 2;
  }

  static List<String> cells(String line, char delimiter) {
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    try (CSVParser p = CSVParser.parse(new StringReader(line), format)) {
      List<CSVRecord> records = p.getRecords();
      return records.isEmpty() ? List.of() : records.get(0).toList();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return List.of(); // an unbalanced title line is simply not the header
    }
  }

  /** Splits a multi-valued cell on '|' and, unless it is the file's delimiter, ';'. Blanks dropped. */
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

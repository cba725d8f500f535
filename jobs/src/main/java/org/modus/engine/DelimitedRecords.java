package org.modus.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one reader of delimited-text records, behind the ad reader and the case, aggregate and survey
 * tables alike. Records are split here (a line break outside quotes ends a record) and each is
 * parsed alone by Commons CSV, so a malformed record comes back with a reason code and the records
 * after it are still read: one bad row is quarantined instead of costing the whole file. A quote
 * left open runs to the end of the file, and that rest is one malformed record.
 */
public final class DelimitedRecords {
  /** Reason code: the record is not valid delimited text (or has the wrong number of cells). */
  public static final String MALFORMED = "malformed_row";

  /** Reason code: the record is longer than the reader's limit. */
  public static final String OVERSIZED = "oversized";

  /**
   * One record: its first line (1-based, counted from where the reader started), its cells, and its
   * text as read; a malformed record has no cells but a reason code and a detail.
   */
  public record Record(long line, List<String> cells, String text, String reason, String detail) {
    public boolean malformed() {
      return reason != null;
    }

    static Record bad(long line, String text, String reason, String detail) {
      return new Record(line, List.of(), text, reason, detail);
    }
  }

  private final Splitter split;
  private final CSVFormat format;
  private final int maxChars;
  private final boolean skipBlankLines;

  /**
   * Records from {@code split} separated by {@code delimiter}. Empty lines are never records; lines
   * of only spaces are skipped too when {@code skipBlankLines}, else read as a record of blank
   * cells.
   */
  public DelimitedRecords(Splitter split, char delimiter, boolean skipBlankLines) {
    this.split = split;
    this.format = format(delimiter);
    this.maxChars = split.maxChars;
    this.skipBlankLines = skipBlankLines;
  }

  /** The next record, or null at the end of the input. */
  public Record next() {
    for (Splitter.Chunk c = split.next(); c != null; c = split.next()) {
      boolean skip = skipBlankLines ? c.text().isBlank() : c.text().isEmpty();
      if (skip && !c.truncated()) {
        continue;
      }
      if (c.truncated()) {
        return Record.bad(
            c.line(), c.text(), OVERSIZED, "record longer than " + maxChars + " characters");
      } else if (c.unterminated()) {
        return Record.bad(
            c.line(), c.text(), MALFORMED, "quoted field never closed (runs to end of file)");
      }
      return parse(c.line(), c.text());
    }
    return null;
  }

  private Record parse(long line, String text) {
    List<CSVRecord> recs;
    try (CSVParser p = CSVParser.parse(text, format)) {
      recs = p.getRecords();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      String why = e.getMessage() == null ? "" : e.getMessage().replaceAll("(?s)\\s*at line.*", "");
      return Record.bad(line, text, MALFORMED, "not valid CSV: " + why);
    }
    if (recs.size() != 1) {
      return Record.bad(line, text, MALFORMED, "not one CSV record");
    }
    return new Record(line, recs.get(0).toList(), text, null, null);
  }

  /** RFC 4180 with {@code delimiter}: the one dialect every delimited input is read in. */
  public static CSVFormat format(char delimiter) {
    return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
  }

  /** Splits a character stream into records at line breaks outside double quotes. */
  public static final class Splitter {
    /**
     * The text of one record, its first line, and whether it was cut at the limit or left a quote
     * open.
     */
    public record Chunk(String text, long line, boolean truncated, boolean unterminated) {}

    private final Reader in;
    private final int maxChars;
    private long line = 1;
    private boolean eof;
    private int pushedBack = -1;

    /** Splits {@code in}, keeping at most {@code maxChars} characters of a record. */
    public Splitter(Reader in, int maxChars) {
      this.in = in;
      this.maxChars = maxChars;
    }

    private int read() throws IOException {
      if (pushedBack >= 0) {
        int c = pushedBack;
        pushedBack = -1;
        return c;
      }
      return in.read();
    }

    /** The next record's text, or null at the end of the input. */
    public Chunk next() {
      if (eof) {
        return null;
      }
      try {
        StringBuilder sb = new StringBuilder();
        long startLine = line;
        boolean quoted = false;
        boolean truncated = false;
        int c;
        while ((c = read()) >= 0) {
          if (c == '"') {
            quoted = !quoted;
          }
          if ((c == '\n' || c == '\r') && !quoted) {
            if (c == '\r') {
              int d = read();
              if (d != '\n' && d >= 0) {
                pushedBack = d;
              }
            }
            line++;
            return new Chunk(sb.toString(), startLine, truncated, false);
          }
          if (c == '\n' || (c == '\r' && peekNotNewline())) {
            line++;
          }
          if (sb.length() < maxChars) {
            sb.append((char) c);
          } else {
            truncated = true;
          }
        }
        eof = true;
        if (sb.length() == 0 && !quoted) {
          return null;
        }
        return new Chunk(sb.toString(), startLine, truncated, quoted);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private boolean peekNotNewline() throws IOException {
      int d = read();
      if (d >= 0) {
        pushedBack = d;
      }
      return d != '\n';
    }
  }
}

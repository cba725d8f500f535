package org.modus.ads.read;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.modus.engine.CsvDelimiter;

/**
 * Reads an RFC 4180 file record by record, keeping each record's first line number. Records are split
 * here (a line break outside quotes ends a record) and each is parsed alone by Commons CSV, so one
 * malformed row is quarantined with its line instead of aborting the file. The first record is the
 * header. A quote left open runs to the end of the file: that rest is one malformed record.
 */
public final class CsvRecords {
  public static final String MALFORMED = "malformed_row";
  public static final String OVERSIZED = "oversized";

  private CsvRecords() {}

  /**
   * Column names as a header gives them, stripped; a blank one (the unnamed index column that pandas
   * writes, ";text;label") is named {@code column_N} by its 1-based position so it can be mapped.
   */
  public static List<String> headerNames(List<String> cells) {
    List<String> names = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      String h = cells.get(i) == null ? "" : cells.get(i).strip();
      names.add(h.isEmpty() ? "column_" + (i + 1) : h);
    }
    return names;
  }

  /** Streams the records of {@code in} to {@code sink}; returns the header. */
  public static List<String> read(Reader in, String file, String delimiter, int maxChars, Consumer<RawRecord> sink) {
    Records records = new Records(in, file, delimiter, maxChars);
    records.forEachRemaining(sink);
    return records.header();
  }

  /**
   * The records of a CSV stream, pulled one at a time so a large file is never held in memory. {@code
   * file} names the file in locations ("file:line 12").
   */
  public static final class Records extends LookaheadRecords {
    private final Splitter split;
    private final String file;
    private final int maxChars;
    private final CSVFormat format;
    private final List<String> header = new ArrayList<>();
    private long ordinal;

    public Records(Reader in, String file, String delimiter, int maxChars) {
      this.split = new Splitter(in, maxChars);
      this.file = file;
      this.maxChars = maxChars;
      Splitter.Chunk first = split.next();
      while (first != null && first.text().isBlank()) {
        first = split.next();
      }
      if (first == null) {
        format = null;
        return;
      }
      String headerText = first.text().startsWith("\uFEFF") ? first.text().substring(1) : first.text();
      char delim = CsvDelimiter.configuredOrDetected(delimiter, headerText);
      format = CSVFormat.RFC4180.builder().setDelimiter(delim).get();
      try (CSVParser p = CSVParser.parse(headerText, format)) {
        header.addAll(headerNames(p.getRecords().get(0).toList()));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(file + ": the header line cannot be parsed as CSV");
      }
    }

    public List<String> header() {
      return header;
    }

    @Override
    protected RawRecord advance() {
      if (format == null) {
        return null; // an empty file: no header, no records
      }
      for (Splitter.Chunk c = split.next(); c != null; c = split.next()) {
        if (c.text().isBlank() && !c.truncated()) {
          continue;
        }
        String location = file + ":line " + c.line();
        long n = ordinal++;
        if (c.truncated()) {
          return RawRecord.bad(n, location, OVERSIZED, "record longer than " + maxChars + " characters", c.text());
        } else if (c.unterminated()) {
          return RawRecord.bad(n, location, MALFORMED, "quoted field never closed (runs to end of file)", c.text());
        }
        return parse(n, location, c.text(), format, header);
      }
      return null;
    }
  }

  private static RawRecord parse(long n, String location, String text, CSVFormat format, List<String> header) {
    List<CSVRecord> recs;
    try (CSVParser p = CSVParser.parse(text, format)) {
      recs = p.getRecords();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      String why = e.getMessage() == null ? "" : e.getMessage().replaceAll("(?s)\\s*at line.*", "");
      return RawRecord.bad(n, location, MALFORMED, "not valid CSV: " + why, text);
    }
    if (recs.size() != 1) {
      return RawRecord.bad(n, location, MALFORMED, "not one CSV record", text);
    }
    CSVRecord r = recs.get(0);
    if (r.size() != header.size()) {
      return RawRecord.bad(n, location, MALFORMED,
          "expected " + header.size() + " fields, found " + r.size(), text);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      fields.put(header.get(i), r.get(i));
    }
    return RawRecord.ok(n, location, fields, text);
  }

  /** Splits a character stream into records at line breaks outside double quotes. */
  static final class Splitter {
    record Chunk(String text, long line, boolean truncated, boolean unterminated) {}

    private final Reader in;
    private final int maxChars;
    private long line = 1;
    private boolean eof;
    private int pushedBack = -1;

    Splitter(Reader in, int maxChars) {
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

    Chunk next() {
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

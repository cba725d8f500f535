package org.modus.ads.read;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.modus.engine.CsvDelimiter;
import org.modus.engine.DelimitedRecords;

/**
 * An ad file in CSV as {@link RawRecord}s: the first non-blank record is the header, and each
 * record after it is read by {@link DelimitedRecords} (so one malformed row is quarantined with its
 * line instead of aborting the file) and keyed by the header's column names.
 */
public final class CsvRecords {
  public static final String MALFORMED = DelimitedRecords.MALFORMED;
  public static final String OVERSIZED = DelimitedRecords.OVERSIZED;

  private CsvRecords() {}

  /**
   * Column names as a header gives them, stripped; a blank one (the unnamed index column that
   * pandas writes, ";text;label") is named {@code column_N} by its 1-based position so it can be
   * mapped.
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
  public static List<String> read(
      Reader in, String file, String delimiter, int maxChars, Consumer<RawRecord> sink) {
    Records records = new Records(in, file, delimiter, maxChars);
    records.forEachRemaining(sink);
    return records.header();
  }

  /**
   * The records of a CSV stream, pulled one at a time so a large file is never held in memory.
   * {@code file} names the file in locations ("file:line 12").
   */
  public static final class Records extends LookaheadRecords {
    private final DelimitedRecords records;
    private final String file;
    private final List<String> header = new ArrayList<>();
    private long ordinal;

    public Records(Reader in, String file, String delimiter, int maxChars) {
      DelimitedRecords.Splitter split = new DelimitedRecords.Splitter(in, maxChars);
      this.file = file;
      DelimitedRecords.Splitter.Chunk first = split.next();
      while (first != null && first.text().isBlank()) {
        first = split.next();
      }
      if (first == null) {
        records = null;
        return;
      }
      String headerText =
          first.text().startsWith("\uFEFF") ? first.text().substring(1) : first.text();
      char delim = CsvDelimiter.configuredOrDetected(delimiter, headerText);
      try (CSVParser p = CSVParser.parse(headerText, DelimitedRecords.format(delim))) {
        header.addAll(headerNames(p.getRecords().get(0).toList()));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(file + ": the header line cannot be parsed as CSV");
      }
      records = new DelimitedRecords(split, delim, true);
    }

    public List<String> header() {
      return header;
    }

    @Override
    protected RawRecord advance() {
      if (records == null) {
        return null; // an empty file: no header, no records
      }
      DelimitedRecords.Record r = records.next();
      if (r == null) {
        return null;
      }
      long n = ordinal++;
      String location = file + ":line " + r.line();
      if (r.malformed()) {
        return RawRecord.bad(n, location, r.reason(), r.detail(), r.text());
      }
      if (r.cells().size() != header.size()) {
        return RawRecord.bad(
            n,
            location,
            MALFORMED,
            "expected " + header.size() + " fields, found " + r.cells().size(),
            r.text());
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        fields.put(header.get(i), r.cells().get(i));
      }
      return RawRecord.ok(n, location, fields, r.text());
    }
  }
}

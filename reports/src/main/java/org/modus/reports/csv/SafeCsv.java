package org.modus.reports.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for Excel users: UTF-8 with a byte-order mark, RFC 4180 quoting (Commons CSV), CRLF line
 * ends, and every cell that a spreadsheet would read as a formula neutralized (OWASP CSV injection:
 * a leading {@code = + - @}, tab or carriage return gets a leading apostrophe).
 */
public final class SafeCsv {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private SafeCsv() {}

  /** The text a cell holds once neutralized; numbers are left alone so that -3.5 stays a number. */
  public static String neutralize(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number) {
      return value.toString();
    }
    String s = value.toString();
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return risky ? "'" + s : s;
  }

  public static void write(Path file, List<String> header, Iterable<? extends List<?>> rows) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        write(out, header, rows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  public static void write(OutputStream out, List<String> header, Iterable<? extends List<?>> rows)
      throws IOException {
    out.write(BOM);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord(header.stream().map(SafeCsv::neutralize).toList());
      for (List<?> row : rows) {
        p.printRecord(row.stream().map(SafeCsv::neutralize).toList());
      }
    }
  }
}

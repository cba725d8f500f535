package org.modus.notebooks;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A report CSV read back for display: the byte-order mark dropped, and the apostrophe the report
 * put before formula-like text removed again, since a notebook is not a spreadsheet and should show
 * the value the query returned.
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

  public CsvTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  public static CsvTable parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
      List<CSVRecord> records = parser.getRecords();
      if (records.isEmpty()) {
        throw new IllegalArgumentException("CSV has no header row");
      }
      List<String> header = records.get(0).stream().map(CsvTable::restore).toList();
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord r : records.subList(1, records.size())) {
        if (r.size() != header.size()) {
          throw new IllegalArgumentException(
              "CSV row "
                  + r.getRecordNumber()
                  + " has "
                  + r.size()
                  + " cells; the header has "
                  + header.size());
        }
        rows.add(r.stream().map(CsvTable::restore).toList());
      }
      return new CsvTable(header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Undoes the report's formula neutralization (an apostrophe before = + - @ tab or CR). */
  static String restore(String cell) {
    if (cell.length() >= 2 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }

  public int columnIndex(String name) {
    return header.indexOf(name);
  }
}

package org.modus.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.modus.ads.read.CsvRecords;
import org.modus.engine.CsvDelimiter;
import org.modus.engine.ModusException;

/**
 * A corpus's own labels: a CSV (delimiter judged on the header, as for ad corpora) or JSON Lines
 * file with an id column and a label column. Every row is accounted for: read = usable + blank id +
 * label not understood + repeated id. Ids are never printed (they may be identifiers); label values
 * may be.
 */
public final class LabelFile {
  private static final Set<String> TRUE = Set.of("1", "true", "yes", "y", "t", "positive", "pos");
  private static final Set<String> FALSE = Set.of("0", "false", "no", "n", "f", "negative", "neg");

  /** One usable label: its data row in the file (1 = the first), its id and its class. */
  public record Label(long row, String id, boolean positive) {}

  /**
   * The labels and the rows left out, by reason; {@code unreadValues}: the label values not
   * understood, with their counts, so the user can name the positive class with {@code --positive}.
   */
  public record Labels(
      List<Label> labels,
      long rowsRead,
      Map<String, Long> leftOut,
      Map<String, Long> unreadValues) {}

  private LabelFile() {}

  /**
   * Reads {@code file}. {@code positiveValues}: label values that mean positive (any other
   * non-blank value is negative); when empty, 1/true/yes/positive and 0/false/no/negative are
   * understood (case ignored; numbers 1 and 0 in any notation) and anything else is left out,
   * counted.
   */
  public static Labels read(
      Path file, String idColumn, String labelColumn, Set<String> positiveValues) {
    List<Map<String, String>> rows =
        isJsonLines(file) ? jsonLines(file) : csv(file, idColumn, labelColumn);
    Set<String> positives = new java.util.HashSet<>();
    positiveValues.forEach(v -> positives.add(v.strip().toLowerCase(Locale.ROOT)));
    List<Label> labels = new ArrayList<>();
    Map<String, Long> leftOut = new TreeMap<>();
    Map<String, Long> unread = new TreeMap<>();
    Map<String, Boolean> seen = new HashMap<>();
    long row = 0;
    for (Map<String, String> r : rows) {
      row++;
      String id = r.get(idColumn) == null ? "" : r.get(idColumn).strip();
      String value = r.get(labelColumn) == null ? "" : r.get(labelColumn).strip();
      if (id.isEmpty()) {
        leftOut.merge("blank_id", 1L, Long::sum);
        continue;
      }
      Boolean positive = classOf(value, positives);
      if (positive == null) {
        leftOut.merge("label_not_understood", 1L, Long::sum);
        unread.merge(value.isEmpty() ? "(blank)" : value, 1L, Long::sum);
        continue;
      }
      Boolean before = seen.putIfAbsent(id, positive);
      if (before != null) {
        leftOut.merge(
            before.equals(positive) ? "repeated_id" : "repeated_id_conflicting_label",
            1L,
            Long::sum);
        continue;
      }
      labels.add(new Label(row, id, positive));
    }
    return new Labels(labels, rows.size(), leftOut, unread);
  }

  static Boolean classOf(String value, Set<String> positives) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.isEmpty()) {
      return null;
    }
    if (!positives.isEmpty()) {
      return positives.contains(v);
    }
    if (TRUE.contains(v)) {
      return true;
    }
    if (FALSE.contains(v)) {
      return false;
    }
    try {
      double d = Double.parseDouble(v);
      return d == 1 ? Boolean.TRUE : d == 0 ? Boolean.FALSE : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isJsonLines(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
  }

  private static List<Map<String, String>> csv(Path file, String idColumn, String labelColumn) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        throw new ModusException("The label file " + file + " is empty");
      }
      header = header.startsWith("\uFEFF") ? header.substring(1) : header;
      CSVFormat format =
          CSVFormat.RFC4180.builder().setDelimiter(CsvDelimiter.detect(header)).get();
      List<String> names;
      try (CSVParser p = CSVParser.parse(header, format)) {
        names = CsvRecords.headerNames(p.getRecords().get(0).toList());
      }
      for (String c : List.of(idColumn, labelColumn)) {
        if (!names.contains(c)) {
          throw new ModusException(
              "The label file "
                  + file
                  + " has no column '"
                  + c
                  + "'; its columns are "
                  + cut(names));
        }
      }
      List<Map<String, String>> rows = new ArrayList<>();
      try (CSVParser p = CSVParser.parse(in, format)) {
        for (CSVRecord r : p) {
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 0; i < names.size() && i < r.size(); i++) {
            row.put(names.get(i), r.get(i));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ModusException("Cannot read the label file " + file + " as CSV: " + e.getMessage());
    }
  }

  private static List<Map<String, String>> jsonLines(Path file) {
    ObjectMapper json =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(
                com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    List<Map<String, String>> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (IOException e) {
          throw new ModusException("The label file " + file + " line " + n + " is not JSON");
        }
        Map<String, String> row = new LinkedHashMap<>();
        // A numeric id is read as the ad ingest reads it (12345.0 -> 12345), or the labels would
        // not join.
        node.fields()
            .forEachRemaining(
                f ->
                    row.put(
                        f.getKey(),
                        f.getValue().isNumber()
                            ? org.modus.engine.ValueTypes.numberText(
                                f.getValue().decimalValue().toString())
                            : f.getValue().isValueNode() ? f.getValue().asText() : null));
        rows.add(row);
      }
    } catch (IOException e) {
      throw new ModusException("Cannot read the label file " + file + ": " + e.getMessage());
    }
    return rows;
  }

  private static String cut(List<String> names) {
    return names.size() <= 20
        ? names.toString()
        : names.subList(0, 20) + " and " + (names.size() - 20) + " more";
  }
}

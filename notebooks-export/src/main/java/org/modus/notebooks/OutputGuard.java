package org.modus.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.modus.schemas.ModusResources;

/**
 * The exporter's second line of disclosure control over what it stores in a notebook (the report
 * stage's suppression is the first): a count below the threshold, and the shares beside it in the
 * same row, are withheld; so is any cell text that looks like a raw identifier. The rules live in
 * {@code data-schemas/nbformat/output-guard.json}.
 */
public final class OutputGuard {
  private static final Pattern UNSIGNED = Pattern.compile("[0-9]*\\.?[0-9]+");
  private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final Set<String> countColumns;
  private final List<String> countSuffixes;
  private final List<String> derivedPrefixes;
  private final String marker;
  private final Map<String, Pattern> identifiers;
  private final int phoneMinDigits;

  private OutputGuard(JsonNode rules) {
    countColumns =
        strings(rules.path("count_columns")).stream()
            .map(s -> s.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    countSuffixes = strings(rules.path("count_suffixes"));
    derivedPrefixes = strings(rules.path("derived_prefixes"));
    marker = rules.path("withheld_marker").asText("suppressed");
    Map<String, Pattern> p = new LinkedHashMap<>();
    rules
        .path("identifier_patterns")
        .properties()
        .forEach(e -> p.put(e.getKey(), Pattern.compile(e.getValue().asText())));
    identifiers = Map.copyOf(p);
    phoneMinDigits = rules.path("phone_min_digits").asInt(9);
  }

  public static OutputGuard load() {
    try {
      return new OutputGuard(
          new ObjectMapper().readTree(ModusResources.open("nbformat/output-guard.json")));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read nbformat/output-guard.json", e);
    }
  }

  /** A table made safe to store, and how many cells were withheld for which reason. */
  public record Guarded(CsvTable table, int smallCells, int identifierCells) {
    public int withheld() {
      return smallCells + identifierCells;
    }
  }

  public String marker() {
    return marker;
  }

  public Guarded apply(CsvTable table, int threshold) {
    List<Integer> counts = new ArrayList<>();
    List<Integer> derived = new ArrayList<>();
    for (int i = 0; i < table.header().size(); i++) {
      String name = table.header().get(i).toLowerCase(Locale.ROOT);
      if (isCountColumn(name)) {
        counts.add(i);
      } else if (derivedPrefixes.stream().anyMatch(name::startsWith)) {
        derived.add(i);
      }
    }
    int small = 0;
    int ids = 0;
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : table.rows()) {
      List<String> out = new ArrayList<>(row);
      boolean rowHasSmallCell = false;
      for (int i : counts) {
        if (isSmallCount(row.get(i), threshold)) {
          out.set(i, marker);
          small++;
          rowHasSmallCell = true;
        }
      }
      if (rowHasSmallCell) {
        for (int i : derived) {
          if (!row.get(i).isEmpty() && !out.get(i).equals(marker)) {
            out.set(i, marker);
            small++;
          }
        }
      }
      for (int i = 0; i < out.size(); i++) {
        if (!out.get(i).equals(marker) && looksLikeIdentifier(out.get(i))) {
          out.set(i, marker);
          ids++;
        }
      }
      rows.add(out);
    }
    return new Guarded(new CsvTable(table.header(), rows), small, ids);
  }

  boolean isCountColumn(String lowerName) {
    return countColumns.contains(lowerName) || countSuffixes.stream().anyMatch(lowerName::endsWith);
  }

  /** Above zero and below the threshold; estimated counts (count_low = 3.5) are small cells too. */
  static boolean isSmallCount(String cell, int threshold) {
    String s = cell.strip();
    if (!UNSIGNED.matcher(s).matches()) {
      return false;
    }
    double v = Double.parseDouble(s);
    return v > 0 && v < threshold;
  }

  /** True when the text holds something shaped like an e-mail, phone, handle, wallet or URL. */
  public boolean looksLikeIdentifier(String cell) {
    String s = cell.strip();
    if (s.isEmpty()) {
      return false;
    }
    // Plain numbers are measurements, unless written the way phone numbers are (leading + or 0).
    if (NUMBER.matcher(s).matches() && !s.startsWith("+") && !s.startsWith("0")) {
      return false;
    }
    for (Map.Entry<String, Pattern> e : identifiers.entrySet()) {
      Matcher m = e.getValue().matcher(s);
      while (m.find()) {
        if (!e.getKey().equals("phone") || isPhoneLike(m.group())) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isPhoneLike(String match) {
    long digits = match.chars().filter(Character::isDigit).count();
    return digits >= phoneMinDigits && !ISO_DATE.matcher(match).find();
  }

  private static List<String> strings(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}

package org.modus.schemas.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a free-text location that may name a country. Separators are , ; / | and a dash
 * between spaces, so hyphenated names (Guinea-Bissau) stay whole; text in parentheses or brackets
 * forms parts of its own ("Madrid (España)").
 */
record LocationParts(List<String> outside, List<String> bracketed) {
  private static final Pattern BRACKETED = Pattern.compile("[(\\[]([^()\\[\\]]*)[)\\]]");
  private static final Pattern SEPARATOR = Pattern.compile("[,;/|]|\\s[-–—]\\s");

  static LocationParts of(String location) {
    List<String> bracketed = new ArrayList<>();
    Matcher m = BRACKETED.matcher(location);
    while (m.find()) {
      bracketed.addAll(split(m.group(1)));
    }
    return new LocationParts(
        split(BRACKETED.matcher(location).replaceAll(",")), List.copyOf(bracketed));
  }

  /**
   * Most specific first: outside parts right to left, since addresses end with their country
   * ("Lyon, Rhône, France"), then parenthesized parts right to left.
   */
  List<String> mostSpecificFirst() {
    List<String> ordered = new ArrayList<>(rightToLeft(outside));
    ordered.addAll(rightToLeft(bracketed));
    return ordered;
  }

  /**
   * Neighbouring outside parts joined back, right to left, for inverted names like "Korea, Republic
   * of".
   */
  List<String> adjacentPairs() {
    List<String> pairs = new ArrayList<>();
    for (int i = outside.size() - 1; i >= 1; i--) {
      pairs.add(outside.get(i - 1) + ", " + outside.get(i));
    }
    return pairs;
  }

  private static List<String> rightToLeft(List<String> parts) {
    List<String> out = new ArrayList<>();
    for (int i = parts.size() - 1; i >= 0; i--) {
      out.add(parts.get(i));
    }
    return out;
  }

  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String p : SEPARATOR.split(text)) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return List.copyOf(out);
  }
}

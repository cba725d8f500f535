package org.modus.reports.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modus.reports.ReportSettings;

/**
 * How the breakdowns of trend series nest (all > region > country; all > source > site) and which
 * value sits in which (France in Europe, a site in its source). The nesting of breakdowns is data
 * ({@code nesting} in {@code data-schemas/config/report.json}); the nesting of values comes from
 * the run (the ads table has a column per breakdown). A value whose broader value is unknown still
 * sits under 'all', so a site of unknown source is absorbed by an 'all' finding but by no source
 * finding.
 *
 * @param order breakdowns in the order a headline names them (all, region, country, source, site)
 * @param parents broader breakdown of each breakdown ('all' is the root and has none)
 * @param members per breakdown, the broader value of each of its values (country FRA -> Europe)
 */
public record Levels(
    List<String> order, Map<String, String> parents, Map<String, Map<String, String>> members) {
  public static final String ALL = "all";

  public Levels {
    order = List.copyOf(order);
    parents = Map.copyOf(parents);
    Map<String, Map<String, String>> copy = new HashMap<>();
    members.forEach((d, m) -> copy.put(d, Map.copyOf(m)));
    members = Map.copyOf(copy);
    for (String d : parents.keySet()) {
      if (depth(parents, d) < 0) {
        throw new IllegalArgumentException(
            "Breakdown levels must lead to 'all' without a cycle: " + parents);
      }
    }
  }

  /** The declared nesting, with no value known to sit in another (the run supplies that). */
  public static Levels declared() {
    return declared(ReportSettings.shipped());
  }

  /** The nesting of {@code settings}, with no value known to sit in another. */
  public static Levels declared(ReportSettings settings) {
    return parse(String.join(",", settings.nesting()));
  }

  /** Chains such as {@code all>region>country, all>source>site}; each must start at 'all'. */
  public static Levels parse(String nesting) {
    List<String> order = new ArrayList<>(List.of(ALL));
    Map<String, String> parents = new LinkedHashMap<>();
    for (String chain : nesting.split(",")) {
      if (chain.isBlank()) {
        continue;
      }
      List<String> steps = List.of(chain.trim().split("\\s*>\\s*"));
      if (!ALL.equals(steps.get(0))) {
        throw new IllegalArgumentException("A nesting chain starts at 'all': " + chain.trim());
      }
      for (int i = 1; i < steps.size(); i++) {
        String previous = parents.put(steps.get(i), steps.get(i - 1));
        if (previous != null && !previous.equals(steps.get(i - 1))) {
          throw new IllegalArgumentException(
              "Breakdown "
                  + steps.get(i)
                  + " sits in both "
                  + previous
                  + " and "
                  + steps.get(i - 1));
        }
        if (!order.contains(steps.get(i))) {
          order.add(steps.get(i));
        }
      }
    }
    return new Levels(order, parents, Map.of());
  }

  /** Where a breakdown comes in the naming order; an undeclared one comes last. */
  public int position(String dimension) {
    int i = order.indexOf(dimension);
    return i < 0 ? order.size() : i;
  }

  /** The same nesting with the run's values placed in their broader values. */
  public Levels withMembers(Map<String, Map<String, String>> members) {
    return new Levels(order, parents, members);
  }

  /** The breakdown that {@code dimension} sits in; 'all' for an undeclared one, null for 'all'. */
  public String parent(String dimension) {
    if (ALL.equals(dimension)) {
      return null;
    }
    return parents.getOrDefault(dimension, ALL);
  }

  /** Breakdowns whose values sit in {@code dimension}'s values, e.g. country for region. */
  public List<String> children(String dimension) {
    return parents.entrySet().stream()
        .filter(e -> e.getValue().equals(dimension))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** Steps from 'all': 0 for all, 1 for region and source, 2 for country and site. */
  public int depth(String dimension) {
    return ALL.equals(dimension) ? 0 : Math.max(1, depth(parents, dimension));
  }

  private static int depth(Map<String, String> parents, String dimension) {
    int d = 0;
    String at = dimension;
    while (!ALL.equals(at)) {
      at = parents.getOrDefault(at, ALL);
      if (++d > parents.size() + 1) {
        return -1;
      }
    }
    return d;
  }

  /** A series of one breakdown value: ('country', 'FRA'), ('all', 'all'). */
  public record Series(String dimension, String value) {}

  /**
   * The broader series that contain {@code s}, nearest first, ending with ('all', 'all'). The chain
   * stops going up where the broader value is unknown, but 'all' always contains everything.
   */
  public List<Series> ancestors(Series s) {
    List<Series> out = new ArrayList<>();
    String dimension = s.dimension();
    String value = s.value();
    while (!ALL.equals(dimension)) {
      String up = parent(dimension);
      if (ALL.equals(up)) {
        break;
      }
      String upValue = members.getOrDefault(dimension, Map.of()).get(value);
      if (upValue == null) {
        break;
      }
      out.add(new Series(up, upValue));
      dimension = up;
      value = upValue;
    }
    if (!ALL.equals(s.dimension())) {
      out.add(new Series(ALL, ALL));
    }
    return out;
  }

  /** True when {@code narrow} lies inside {@code broad} (and is not the same series). */
  public boolean contains(Series broad, Series narrow) {
    return ancestors(narrow).contains(broad);
  }
}

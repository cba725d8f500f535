package org.modus.reports.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modus.reports.findings.Levels.Series;
import org.modus.reports.model.Finding;

/**
 * Folds the ranked findings into a few headlines, so that one change seen in many breakdowns (all
 * sources, a region, three of its countries, a source, a site) is told once, at its broadest level.
 * Pure: no Spark, no texts.
 *
 * <p>The rule, per category (family and category; at most one headline each):
 *
 * <ol>
 *   <li>The lead is the finding at the broadest level (all, then region or source, then country or
 *       site) that has published figures (disclosure control left at least one share of a trend, or
 *       the ratio of a signal); among equals, the stronger (lower rank). Only when no level has
 *       figures does the broadest finding lead, told without them.
 *   <li>Findings going the lead's way inside the lead's series are its drivers, named after it
 *       ("driven by Europe (France, Spain)"): a driver lists the drivers inside it. A narrow
 *       finding whose figures are withheld is thus told at the broader level that has them.
 *   <li>Findings going the lead's way outside it (a sibling country when the lead is a country, or
 *       a broader series without figures) are named as "also", nested the same way.
 *   <li>Findings going the other way are named as exceptions ("but fell in Belgium"), except the
 *       lead's own series (a trend up and a last-period drop of the same series), which only the
 *       annex tells. A trend and a signal of the same series and way are named once.
 * </ol>
 *
 * Headlines are ranked by strength as the report states it (q below 0.001, below 0.01, the rest),
 * then by breadth (findings covered), then by the best rank among them; at most {@code max} are
 * kept. Every finding remains in the annex; those no kept headline covers are listed in {@link
 * Summary#uncovered()}.
 */
public final class Headlines {
  /** Names given per list in a headline; further ones are counted ("and 2 more"). */
  public static final int MAX_NAMED = 4;

  private Headlines() {}

  /** A driver of a headline with the drivers nested inside it (Europe with France and Spain). */
  public record Branch(Finding top, List<Finding> inside) {
    public Branch {
      inside = List.copyOf(inside);
    }
  }

  /**
   * One headline: the lead finding, its drivers, same-direction findings outside it, opposite ones,
   * and every finding it covers (lead included), in rank order.
   */
  public record Group(
      Finding lead,
      List<Branch> drivers,
      List<Branch> also,
      List<Finding> against,
      List<Finding> covered) {
    public Group {
      drivers = List.copyOf(drivers);
      also = List.copyOf(also);
      against = List.copyOf(against);
      covered = List.copyOf(covered);
    }

    int bestRank() {
      return covered.stream().mapToInt(Finding::rank).min().orElse(Integer.MAX_VALUE);
    }

    double bestQ() {
      return covered.stream().mapToDouble(Finding::qValue).min().orElse(1.0);
    }
  }

  /** The headlines, strongest first, and the findings none of them covers (annex only). */
  public record Summary(List<Group> headlines, List<Finding> uncovered) {
    public Summary {
      headlines = List.copyOf(headlines);
      uncovered = List.copyOf(uncovered);
    }
  }

  public static Summary group(List<Finding> ranked, Levels levels, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("At least one headline, got " + max);
    }
    Map<List<String>, List<Finding>> byCategory = new LinkedHashMap<>();
    for (Finding f : ranked.stream().sorted(Comparator.comparingInt(Finding::rank)).toList()) {
      byCategory.computeIfAbsent(List.of(f.family(), f.category()), k -> new ArrayList<>()).add(f);
    }
    List<Group> groups = new ArrayList<>();
    for (List<Finding> findings : byCategory.values()) {
      Group g = groupCategory(findings, levels);
      if (g != null) {
        groups.add(g);
      }
    }
    groups.sort(
        Comparator.comparingInt((Group g) -> strength(g.bestQ()))
            .thenComparing(Comparator.comparingInt((Group g) -> g.covered().size()).reversed())
            .thenComparingInt(Group::bestRank));
    List<Group> kept = groups.subList(0, Math.min(max, groups.size()));
    Set<Finding> covered = new LinkedHashSet<>();
    kept.forEach(g -> covered.addAll(g.covered()));
    List<Finding> uncovered = ranked.stream().filter(f -> !covered.contains(f)).toList();
    return new Summary(kept, uncovered);
  }

  /** Strength bands as the report prints q: below 0.001, below 0.01, the rest. */
  static int strength(double q) {
    return q < 0.001 ? 0 : q < 0.01 ? 1 : 2;
  }

  static Series series(Finding f) {
    return new Series(f.dimension(), f.dimensionValue());
  }

  /** The headline of one category's findings (given in rank order), or null if none can lead. */
  static Group groupCategory(List<Finding> findings, Levels levels) {
    Comparator<Finding> broadest =
        Comparator.comparingInt((Finding f) -> levels.depth(f.dimension()))
            .thenComparingInt(Finding::rank);
    Finding lead =
        findings.stream()
            .filter(Finding::publishable)
            .min(broadest)
            .orElseGet(() -> findings.stream().min(broadest).orElse(null));
    if (lead == null) {
      return null;
    }
    Series leadSeries = series(lead);
    // one entry per series and way: a trend and a signal on the same series say the same thing
    Map<Series, Finding> same = new LinkedHashMap<>();
    Map<Series, Finding> opposite = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (f == lead || series(f).equals(leadSeries)) {
        continue;
      }
      (f.up() == lead.up() ? same : opposite).putIfAbsent(series(f), f);
    }
    List<Finding> inside =
        same.values().stream().filter(f -> levels.contains(leadSeries, series(f))).toList();
    List<Finding> also =
        same.values().stream().filter(f -> !levels.contains(leadSeries, series(f))).toList();
    List<Finding> against = opposite.values().stream().sorted(broadestFirst(levels)).toList();
    List<Finding> covered =
        findings.stream()
            .filter(
                f ->
                    series(f).equals(leadSeries)
                        ? f.up() == lead.up()
                        : (f.up() == lead.up() ? same : opposite).containsKey(series(f)))
            .toList();
    return new Group(lead, branches(inside, levels), branches(also, levels), against, covered);
  }

  /**
   * Drivers nested under the broadest drivers that contain them: a country inside a driving region
   * is named in that region's brackets; one whose region is no finding is a driver of its own.
   */
  static List<Branch> branches(List<Finding> drivers, Levels levels) {
    List<Finding> tops =
        drivers.stream()
            .filter(
                f ->
                    drivers.stream()
                        .noneMatch(o -> o != f && levels.contains(series(o), series(f))))
            .sorted(broadestFirst(levels))
            .toList();
    List<Branch> out = new ArrayList<>();
    for (Finding top : tops) {
      List<Finding> inside =
          drivers.stream()
              .filter(f -> levels.contains(series(top), series(f)))
              .sorted(broadestFirst(levels))
              .toList();
      out.add(new Branch(top, inside));
    }
    return out;
  }

  /**
   * Broader levels first, then in the declared order of breakdowns (regions before sources), then
   * stronger findings, then by name so that the order is stable.
   */
  static Comparator<Finding> broadestFirst(Levels levels) {
    return Comparator.comparingInt((Finding f) -> levels.depth(f.dimension()))
        .thenComparingInt(f -> levels.position(f.dimension()))
        .thenComparingInt(Finding::rank)
        .thenComparing(Finding::dimensionValue);
  }
}

package org.modus.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Small-cell suppression for published tables, over plain records so any stage can use it.
 *
 * <p>Primary: a cell whose count may be in 1..k-1 (for an interval: low below k and high above 0)
 * is suppressed. Zero cells are published: a zero is what "no records" looks like, and suppressing
 * every zero would hide most of a sparse table. Secondary, within a group that has a published
 * total: while fewer than two cells are suppressed, or the suppressed cells together may still sum
 * to less than k, the smallest remaining cell (ties by id) is suppressed too, so that total minus
 * the published cells neither pins down one hidden cell nor reveals that the hidden ones are all
 * small. A group whose total is itself below k is suppressed whole. Deterministic: the same cells
 * give the same decisions.
 *
 * <pre>{@code
 * DisclosureControl dc = new DisclosureControl(11);
 * Map<String, Suppression> d = dc.apply(new Group(120, 120, List.of(
 *     Cell.exact("forced_labour", 7), Cell.exact("sexual_exploitation", 90), Cell.exact("other", 23))));
 * // forced_labour PRIMARY, other SECONDARY, sexual_exploitation NONE
 * }</pre>
 */
public final class DisclosureControl {
  private final int threshold;

  /**
   * One cell: an id unique within its group and its count as an interval (low == high when exact).
   */
  public record Cell(String id, double low, Double high) {
    public Cell {
      Objects.requireNonNull(id, "cell id");
    }

    public static Cell exact(String id, double count) {
      return new Cell(id, count, count);
    }
  }

  /**
   * The cells of one published breakdown, with its total when the total is published too (null when
   * not: then only primary suppression applies).
   */
  public record Group(Double totalLow, Double totalHigh, List<Cell> cells) {
    public Group {
      cells = List.copyOf(cells);
    }

    public static Group withoutTotal(List<Cell> cells) {
      return new Group(null, null, cells);
    }

    boolean hasTotal() {
      return totalLow != null;
    }
  }

  public DisclosureControl(int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException(
          "disclosure threshold must be at least 1, got " + threshold);
    }
    this.threshold = threshold;
  }

  public int threshold() {
    return threshold;
  }

  /** True when a count in [low, high] might be a small non-zero count. */
  public boolean isSmall(double low, Double high) {
    return low < threshold && (high == null || high > 0);
  }

  /** Whether the group's published total must itself be hidden. */
  public boolean totalSuppressed(Group g) {
    return g.hasTotal() && isSmall(g.totalLow(), g.totalHigh());
  }

  /** Decisions for every cell of the group, keyed by cell id, in the group's cell order. */
  public Map<String, Suppression> apply(Group g) {
    Map<String, Suppression> out = new LinkedHashMap<>();
    if (totalSuppressed(g)) {
      g.cells().forEach(c -> out.put(c.id(), Suppression.TOTAL));
      return out;
    }
    List<Cell> hidden = new ArrayList<>();
    for (Cell c : g.cells()) {
      boolean small = isSmall(c.low(), c.high());
      out.put(c.id(), small ? Suppression.PRIMARY : Suppression.NONE);
      if (small) {
        hidden.add(c);
      }
    }
    if (!g.hasTotal() || hidden.isEmpty()) {
      return out;
    }
    List<Cell> candidates =
        new ArrayList<>(
            g.cells().stream()
                .filter(c -> out.get(c.id()) == Suppression.NONE)
                .sorted(Comparator.comparingDouble(Cell::low).thenComparing(Cell::id))
                .toList());
    while (!candidates.isEmpty() && (hidden.size() < 2 || hiddenMaySumBelowK(hidden))) {
      Cell next = candidates.remove(0);
      out.put(next.id(), Suppression.SECONDARY);
      hidden.add(next);
    }
    return out;
  }

  private boolean hiddenMaySumBelowK(List<Cell> hidden) {
    double low = hidden.stream().mapToDouble(Cell::low).sum();
    return low < threshold;
  }
}

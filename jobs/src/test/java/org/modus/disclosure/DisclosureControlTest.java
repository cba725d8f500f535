package org.modus.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.modus.disclosure.DisclosureControl.Cell;
import org.modus.disclosure.DisclosureControl.Group;

class DisclosureControlTest {
  private final DisclosureControl k11 = new DisclosureControl(11);

  @Test
  void cellsBelowTheThresholdAreSuppressedZeroAndKAreNot() {
    Map<String, Suppression> d =
        k11.apply(
            Group.withoutTotal(
                List.of(
                    Cell.exact("a", 0),
                    Cell.exact("b", 1),
                    Cell.exact("c", 10),
                    Cell.exact("d", 11))));
    assertEquals(
        Map.of(
            "a",
            Suppression.NONE,
            "b",
            Suppression.PRIMARY,
            "c",
            Suppression.PRIMARY,
            "d",
            Suppression.NONE),
        d);
  }

  @Test
  void aCensoredCellThatMayBeSmallIsSuppressed() {
    Map<String, Suppression> d =
        k11.apply(
            Group.withoutTotal(
                List.of(
                    new Cell("lt5", 0, 4.0),
                    new Cell("wide", 8, 40.0),
                    new Cell("big", 20, 25.0))));
    assertEquals(Suppression.PRIMARY, d.get("lt5"));
    assertEquals(Suppression.PRIMARY, d.get("wide"));
    assertEquals(Suppression.NONE, d.get("big"));
  }

  @Test
  void aLonePrimaryCellGetsTheSmallestOtherCellAsComplement() {
    // total 120 = 7 + 90 + 23: publishing 90, 23 and 120 would give 7 back by subtraction.
    Map<String, Suppression> d =
        k11.apply(
            new Group(
                120.0,
                120.0,
                List.of(
                    Cell.exact("forced_labour", 7),
                    Cell.exact("sexual_exploitation", 90),
                    Cell.exact("other", 23))));
    assertEquals(Suppression.PRIMARY, d.get("forced_labour"));
    assertEquals(Suppression.SECONDARY, d.get("other"));
    assertEquals(Suppression.NONE, d.get("sexual_exploitation"));
  }

  @Test
  void twoSmallCellsThatSumBelowKNeedAThird() {
    // 3 + 4 = 7 < 11: hiding just the two would still tell that both are tiny.
    Map<String, Suppression> d =
        k11.apply(
            new Group(
                100.0,
                100.0,
                List.of(
                    Cell.exact("a", 3),
                    Cell.exact("b", 4),
                    Cell.exact("c", 40),
                    Cell.exact("d", 53))));
    assertEquals(
        List.of(Suppression.PRIMARY, Suppression.PRIMARY, Suppression.SECONDARY, Suppression.NONE),
        List.copyOf(d.values()));
  }

  @Test
  void tiesForTheComplementAreBrokenByIdSoTheChoiceIsStable() {
    Group g =
        new Group(
            60.0,
            60.0,
            List.of(
                Cell.exact("z", 20), Cell.exact("a", 5), Cell.exact("m", 20), Cell.exact("q", 15)));
    Map<String, Suppression> d = k11.apply(g);
    assertEquals(Suppression.SECONDARY, d.get("q"));
    assertEquals(d, k11.apply(g));
  }

  @Test
  void aSmallTotalHidesTheWholeGroup() {
    Group g = new Group(9.0, 9.0, List.of(Cell.exact("a", 9)));
    assertTrue(k11.totalSuppressed(g));
    assertEquals(Map.of("a", Suppression.TOTAL), k11.apply(g));
  }

  @Test
  void withoutAPublishedTotalOnlyPrimarySuppressionApplies() {
    Map<String, Suppression> d =
        k11.apply(Group.withoutTotal(List.of(Cell.exact("a", 5), Cell.exact("b", 50))));
    assertEquals(Suppression.NONE, d.get("b"));
  }

  /**
   * The attacker's view: the total and every published cell. For partitions (cells sum to the
   * total), a hidden cell's feasible range is [0, total - published]. No hidden cell may be pinned
   * to one value, and the hidden cells together must not be provably below k.
   */
  @Test
  void noRandomTableCanBeUndoneBySubtraction() {
    Random rnd = new Random(42);
    for (int trial = 0; trial < 2000; trial++) {
      int n = 2 + rnd.nextInt(6);
      List<Cell> cells = new ArrayList<>();
      double total = 0;
      for (int i = 0; i < n; i++) {
        int v = rnd.nextInt(4) == 0 ? rnd.nextInt(11) : rnd.nextInt(80);
        cells.add(Cell.exact("c" + i, v));
        total += v;
      }
      Group g = new Group(total, total, cells);
      Map<String, Suppression> d = k11.apply(g);
      if (k11.totalSuppressed(g)) {
        continue;
      }
      double published = 0;
      int hidden = 0;
      boolean anyPrimary = false;
      for (Cell c : cells) {
        if (d.get(c.id()) == Suppression.NONE) {
          published += c.low();
          assertTrue(c.low() == 0 || c.low() >= 11, "a small cell was published: " + cells);
        } else {
          hidden++;
          anyPrimary |= d.get(c.id()) == Suppression.PRIMARY;
        }
      }
      if (!anyPrimary) {
        continue;
      }
      double remainder = total - published;
      boolean allOthersSuppressible = hidden == n;
      assertTrue(
          hidden >= 2 || allOthersSuppressible,
          "a lone hidden cell equals total - published: " + cells + d);
      assertTrue(remainder >= 11 || hidden == n, "hidden cells provably sum below k: " + cells + d);
    }
  }
}

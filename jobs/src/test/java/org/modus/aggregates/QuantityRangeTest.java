package org.modus.aggregates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuantityRangeTest {

  @Test
  void aTotalOverCensoredCellsIsAnInterval() {
    // 12 + <5 + 30 = [42, 46]
    QuantityRange total =
        QuantityRange.exact(12).plus(new QuantityRange(0, 4.0)).plus(QuantityRange.exact(30));
    assertEquals(new QuantityRange(42, 46.0), total);
    assertEquals(44.0, total.mid());
  }

  @Test
  void anUnboundedCellMakesTheTotalUnbounded() {
    assertNull(QuantityRange.exact(3).plus(new QuantityRange(0, null)).high());
  }

  @Test
  void shareBoundsTakeTheWidestRatio() {
    // count [0,4] of total [42,46]: 0/46 .. 4/42
    double[] b = QuantityRange.shareBounds(new QuantityRange(0, 4.0), new QuantityRange(42, 46.0));
    assertArrayEquals(new double[] {0.0, 4.0 / 42}, b, 1e-12);
  }

  @Test
  void whatATotalMinusPublishedCellsLeaves() {
    // total 100 exact, published cells sum to 93: the hidden remainder is exactly 7
    assertEquals(
        QuantityRange.exact(7), QuantityRange.exact(93).remainderOf(QuantityRange.exact(100)));
  }

  @Test
  void negativeOrEmptyIntervalsCannotBeBuilt() {
    assertThrows(IllegalArgumentException.class, () -> new QuantityRange(-1, 2.0));
    assertThrows(IllegalArgumentException.class, () -> new QuantityRange(5, 4.0));
  }
}

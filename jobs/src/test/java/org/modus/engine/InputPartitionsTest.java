package org.modus.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InputPartitionsTest {
  private static final long MB = 1024 * 1024;

  @Test
  void smallInputsStillUseEveryCore() {
    assertEquals(2, InputPartitions.of(3 * MB, 8 * MB, 2));
    assertEquals(2, InputPartitions.of(0, 8 * MB, 2));
  }

  @Test
  void largeInputsGetOnePartitionPerSplitSize() {
    // 830 MB of CSV (a million benchmark ads) in 8 MB units
    assertEquals(104, InputPartitions.of(830 * MB, 8 * MB, 2));
    assertEquals(3, InputPartitions.of(16 * MB + 1, 8 * MB, 2));
  }

  @Test
  void aBadSplitSizeIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> InputPartitions.of(MB, 0, 2));
  }
}

package org.modus.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.modus.testing.SparkTestSession;

class InputPartitionsIT {
  private static final String KEY = InputPartitions.SHUFFLE_PARTITIONS;

  @Test
  void aLargeInputRaisesShufflePartitionsOnlyWhileItsStageRuns() {
    SparkSession spark = SparkTestSession.get();
    String before = spark.conf().get(KEY);
    int raised = Integer.parseInt(before) + 100;
    try (InputPartitions.Scope scope = InputPartitions.shuffleAtLeast(spark, raised)) {
      assertEquals(String.valueOf(raised), spark.conf().get(KEY));
    }
    assertEquals(before, spark.conf().get(KEY));
  }

  @Test
  void aSmallInputNeverLowersWhatIsSet() {
    SparkSession spark = SparkTestSession.get();
    String before = spark.conf().get(KEY);
    try (InputPartitions.Scope scope = InputPartitions.shuffleAtLeast(spark, 1)) {
      assertEquals(before, spark.conf().get(KEY));
    }
    assertEquals(before, spark.conf().get(KEY));
  }
}

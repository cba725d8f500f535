package org.modus.engine;

import org.apache.spark.sql.SparkSession;

/**
 * How many partitions the per-record work of an input gets: one per {@code spark.sql.files.maxPartitionBytes}
 * of input (the unit Spark's own file reader splits by), and never fewer than the cores. A fixed count
 * per core would make each cached block and sort buffer grow with the corpus: two partitions of a
 * million ads are blocks of ~800 MB that a 4 GB heap cannot hold, and sorts that ask for 128 MB pages.
 */
public final class InputPartitions {
  private InputPartitions() {}

  /** Partition count for {@code inputBytes} of input on this session. */
  public static int of(SparkSession spark, long inputBytes) {
    long unit = spark.sessionState().conf().filesMaxPartitionBytes();
    return of(inputBytes, unit, spark.sparkContext().defaultParallelism());
  }

  static int of(long inputBytes, long maxPartitionBytes, int parallelism) {
    if (maxPartitionBytes <= 0) {
      throw new IllegalArgumentException("maxPartitionBytes must be positive, got " + maxPartitionBytes);
    }
    long bySize = (Math.max(0, inputBytes) + maxPartitionBytes - 1) / maxPartitionBytes;
    return (int) Math.min(Integer.MAX_VALUE, Math.max(Math.max(1, parallelism), bySize));
  }
}

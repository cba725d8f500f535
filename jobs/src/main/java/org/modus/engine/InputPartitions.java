package org.modus.engine;

import org.apache.spark.sql.SparkSession;

/**
 * How many partitions the work on an input gets: one per {@code spark.sql.files.maxPartitionBytes}
 * of input (the unit Spark's own file reader splits by), never fewer than the cores. A count fixed
 * per core makes every cached block and sort buffer grow with the corpus: with two to four
 * partitions, a million ads are cached blocks of ~800 MB and sorts asking for 128 MB pages, which a
 * 4 GB heap cannot give. A count fixed high instead (64 shuffle partitions) made the 6,000-ad demo
 * about 44 s slower.
 */
public final class InputPartitions {
  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  private InputPartitions() {}

  /** Partition count for {@code inputBytes} of input on this session. */
  public static int of(SparkSession spark, long inputBytes) {
    long unit = spark.sessionState().conf().filesMaxPartitionBytes();
    return of(inputBytes, unit, spark.sparkContext().defaultParallelism());
  }

  static int of(long inputBytes, long maxPartitionBytes, int parallelism) {
    if (maxPartitionBytes <= 0) {
      throw new IllegalArgumentException(
          "maxPartitionBytes must be positive, got " + maxPartitionBytes);
    }
    long bySize = (Math.max(0, inputBytes) + maxPartitionBytes - 1) / maxPartitionBytes;
    return (int) Math.min(Integer.MAX_VALUE, Math.max(Math.max(1, parallelism), bySize));
  }

  /**
   * Raises {@code spark.sql.shuffle.partitions} to at least {@code partitions} until closed, then
   * puts the previous value back. Never lowers it, so a value the user set higher still wins.
   */
  public static Scope shuffleAtLeast(SparkSession spark, int partitions) {
    String previous = spark.conf().get(SHUFFLE_PARTITIONS);
    if (Integer.parseInt(previous.trim()) < partitions) {
      spark.conf().set(SHUFFLE_PARTITIONS, String.valueOf(partitions));
    }
    return () -> spark.conf().set(SHUFFLE_PARTITIONS, previous);
  }

  /** A raised setting; closing restores it. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}

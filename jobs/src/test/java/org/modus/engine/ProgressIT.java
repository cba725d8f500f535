package org.modus.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;
import org.modus.testing.SparkTestSession;

class ProgressIT {
  @Test
  void countsEachRecordOnceThoughTheDataIsReadAgainByLaterJobs() {
    SparkSession spark = SparkTestSession.get();
    try (Progress progress = new Progress(spark.sparkContext(), "test", System.err)) {
      LongAccumulator counter = Progress.counter(spark.sparkContext());
      Dataset<Long> processed =
          spark
              .range(0, 1000, 1, 4)
              .as(Encoders.LONG())
              .map(
                  (MapFunction<Long, Long>)
                      x -> {
                        counter.add(1);
                        return x * 2;
                      },
                  Encoders.LONG())
              .cache();
      processed.count();
      // Later jobs re-read the cached result: not new records.
      processed.filter("value > 10").count();
      processed.groupBy("value").count().count();
      waitForListenerBus(spark);
      assertEquals(1000, progress.recordsSoFar());
      processed.unpersist();
    }
  }

  @Test
  void theLineSaysRecordsAndRate() {
    assertEquals(
        "  extract: 12,000 records processed (2,400/s, 5 s)",
        Progress.line("extract", 12_000, 5.0));
  }

  private static void waitForListenerBus(SparkSession spark) {
    // Task-end events reach listeners asynchronously.
    try {
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("Spark's listener bus did not drain", e);
    }
  }
}

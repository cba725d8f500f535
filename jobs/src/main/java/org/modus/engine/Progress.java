package org.modus.engine;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;

/**
 * A progress line on long stages: records processed so far and the rate, printed to stderr every
 * few seconds while a stage runs (never more often, so logs stay readable). Stages count their
 * records with a {@link #counter} bumped once per input record; Spark's own input metrics would
 * count every re-read of a cached or written table and overstate the work done.
 */
public final class Progress implements AutoCloseable {
  static final long INTERVAL_SECONDS = 5;

  /** The name of the accumulators that count a stage's records. */
  static final String COUNTER = "modus.records";

  private final SparkContext sc;
  private final Listener listener = new Listener();
  private final ScheduledExecutorService timer;
  private final long startNanos = System.nanoTime();

  private static final class Listener extends SparkListener {
    final AtomicLong records = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      scala.collection.Iterator<org.apache.spark.scheduler.AccumulableInfo> it =
          end.taskInfo().accumulables().iterator();
      while (it.hasNext()) {
        org.apache.spark.scheduler.AccumulableInfo a = it.next();
        if (a.name().isDefined() && COUNTER.equals(a.name().get()) && a.update().isDefined()) {
          records.addAndGet(((Number) a.update().get()).longValue());
        }
      }
    }
  }

  /** A counter of processed records for the stage's per-record functions to add to. */
  public static LongAccumulator counter(SparkContext sc) {
    return sc.longAccumulator(COUNTER);
  }

  Progress(SparkContext sc, String stage, PrintStream out) {
    this.sc = sc;
    sc.addSparkListener(listener);
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "modus-progress");
              t.setDaemon(true);
              return t;
            });
    AtomicLong lastShown = new AtomicLong();
    timer.scheduleAtFixedRate(
        () -> {
          long n = listener.records.get();
          // Only when something moved: a stage busy writing or planning prints nothing new.
          if (n > 0 && lastShown.getAndSet(n) != n) {
            out.println(line(stage, n, (System.nanoTime() - startNanos) / 1e9));
          }
        },
        INTERVAL_SECONDS,
        INTERVAL_SECONDS,
        TimeUnit.SECONDS);
  }

  /** Records counted so far by finished tasks. */
  long recordsSoFar() {
    return listener.records.get();
  }

  public static Progress start(SparkContext sc, String stage) {
    return new Progress(sc, stage, System.err);
  }

  static String line(String stage, long records, double seconds) {
    double rate = seconds > 0 ? records / seconds : 0;
    return String.format(
        Locale.ROOT,
        "  %s: %,d records processed (%,.0f/s, %.0f s)",
        stage,
        records,
        rate,
        seconds);
  }

  @Override
  public void close() {
    timer.shutdownNow();
    sc.removeSparkListener(listener);
  }
}

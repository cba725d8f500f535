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

/**
 * A progress line on long stages: records read by finished Spark tasks and the rate, printed to stderr
 * every few seconds while a stage runs (never more often, so logs stay readable).
 */
public final class Progress implements AutoCloseable {
  static final long INTERVAL_SECONDS = 5;

  private final SparkContext sc;
  private final Listener listener = new Listener();
  private final ScheduledExecutorService timer;
  private final long startNanos = System.nanoTime();

  private static final class Listener extends SparkListener {
    final AtomicLong records = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskMetrics() != null) {
        records.addAndGet(end.taskMetrics().inputMetrics().recordsRead());
      }
    }
  }

  private Progress(SparkContext sc, String stage, PrintStream out) {
    this.sc = sc;
    sc.addSparkListener(listener);
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "modus-progress");
      t.setDaemon(true);
      return t;
    });
    AtomicLong lastShown = new AtomicLong();
    timer.scheduleAtFixedRate(() -> {
      long n = listener.records.get();
      // Only when something moved: a stage busy writing or planning prints nothing new.
      if (n > 0 && lastShown.getAndSet(n) != n) {
        out.println(line(stage, n, (System.nanoTime() - startNanos) / 1e9));
      }
    }, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
  }

  public static Progress start(SparkContext sc, String stage) {
    return new Progress(sc, stage, System.err);
  }

  static String line(String stage, long records, double seconds) {
    double rate = seconds > 0 ? records / seconds : 0;
    return String.format(Locale.ROOT, "  %s: %,d records read (%,.0f/s, %.0f s)", stage, records, rate, seconds);
  }

  @Override
  public void close() {
    timer.shutdownNow();
    sc.removeSparkListener(listener);
  }
}

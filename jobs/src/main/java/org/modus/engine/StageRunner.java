package org.modus.engine;

import java.util.Locale;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * Runs one stage the same way for every command: labels it for the Spark UI, shows progress,
 * records start, outcome, counts and duration in the manifest, publishes all its outputs together
 * ({@link StageCommit}), and prints a one-line summary.
 */
public final class StageRunner {
  private StageRunner() {}

  public static StageReport run(
      SparkSession spark, RunContext ctx, Stage stage, Supplier<StageReport> body) {
    return run(spark, ctx, stage, java.util.List.of(), false, body);
  }

  /**
   * Runs {@code body} as {@code stage}, which reads the outputs of the stages {@code reads}. When
   * one of them is stale (its own inputs changed after it ran), the stage is refused ({@code
   * refuseStale}) or runs with a warning on standard error. The report {@code body} returns is
   * recorded, and returned, as {@code stage}'s.
   */
  public static StageReport run(
      SparkSession spark,
      RunContext ctx,
      Stage stage,
      java.util.List<Stage> reads,
      boolean refuseStale,
      Supplier<StageReport> body) {
    String id = stage.id();
    java.util.List<String> stale = new java.util.ArrayList<>();
    for (Stage read : reads) {
      String u = read.id();
      java.util.List<String> why = ctx.manifest().staleness(u);
      if (!why.isEmpty()) {
        stale.add(u + " (" + String.join("; ", why) + ")");
      }
    }
    if (!stale.isEmpty()) {
      String message =
          id + " would read stale outputs of " + String.join(", ", stale) + ": re-run them first";
      if (refuseStale) {
        throw new ModusException(message + ", or pass --allow-stale");
      }
      System.err.println("modus: warning: " + message);
    }
    spark.sparkContext().setJobGroup("modus-" + id, "Modus stage: " + id, false);
    ctx.manifest().stageStarted(id, reads.stream().map(Stage::id).toList());
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
    StageCommit commit = ctx.runDir().begin(id, ctx.manifest().attempt(id));
    long start = System.nanoTime();
    try (Progress ignored = Progress.start(spark.sparkContext(), id)) {
      StageReport report = body.get().withStage(stage);
      long ms = (System.nanoTime() - start) / 1_000_000;
      ctx.manifest().stageCommitting(report, ms, commit.folder(), commit.outputs());
      StageCommit.finish(ctx.runDir(), id, commit.folder(), commit.outputs(), conf);
      ctx.manifest().stageCommitted(id);
      commit.dropDiagnosis(conf);
      System.out.println(summary(report, ms));
      return report;
    } catch (RuntimeException e) {
      if (!"committing".equals(ctx.manifest().get("stages").path(id).path("status").asText())) {
        try {
          commit.keepForDiagnosis(conf);
          ctx.manifest().stageFailed(id, String.valueOf(e.getMessage()));
        } catch (RuntimeException cleanup) { // the stage's own error is the one its user must see
          e.addSuppressed(cleanup);
        }
      } // else committed: the next command finishes the moves
      throw e;
    } finally {
      ctx.runDir().end();
      spark.sparkContext().clearJobGroup();
    }
  }

  /**
   * Repairs what a killed command left, before anything is read: finishes the moves of a stage that
   * had committed, marks a stage left running as interrupted (its outputs were never published),
   * and removes staging debris. Called by a command that holds the run's lock. Returns a line per
   * repair.
   */
  public static java.util.List<String> recover(
      Manifest manifest, RunDir run, org.apache.hadoop.conf.Configuration conf) {
    java.util.List<String> said = new java.util.ArrayList<>();
    for (Manifest.PendingCommit p : manifest.pendingCommits()) {
      StageCommit.finish(run, p.stage(), p.folder(), p.outputs(), conf);
      manifest.stageCommitted(p.stage());
      said.add(
          "stage "
              + p.stage()
              + " had committed when its command ended; its outputs are now in place");
    }
    for (String stage : manifest.markInterrupted()) {
      said.add(
          "stage "
              + stage
              + " was interrupted (its command ended before it finished); its outputs were "
              + "not published, the previous ones stay: re-run it");
    }
    org.apache.hadoop.fs.Path staging = new org.apache.hadoop.fs.Path(run.root(), "_staging");
    try {
      org.apache.hadoop.fs.FileSystem fs = staging.getFileSystem(conf);
      if (fs.exists(staging)) {
        fs.delete(staging, true);
        said.add("removed " + staging + ", left by an interrupted command");
      }
    } catch (java.io.IOException e) {
      throw new ModusException("Cannot remove " + staging + ": " + e.getMessage());
    }
    return said;
  }

  static String summary(StageReport r, long ms) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-18s", r.stage()));
    if (r.quarantined() > 0 || r.rowsRead() != r.accepted()) {
      s.append(
          String.format(
              Locale.ROOT,
              "%,d read, %,d accepted, %,d quarantined; ",
              r.rowsRead(),
              r.accepted(),
              r.quarantined()));
    }
    s.append(
        String.join(
            ", ",
            r.outputs().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %,d rows", e.getKey(), e.getValue()))
                .toList()));
    s.append(String.format(Locale.ROOT, " (%.1f s)", ms / 1000.0));
    for (String w : r.warnings()) {
      s.append(System.lineSeparator()).append("  warning: ").append(w);
    }
    return s.toString();
  }
}

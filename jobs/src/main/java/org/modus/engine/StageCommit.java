package org.modus.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The outputs of one stage attempt, published together or not at all.
 *
 * <p>While the stage runs, each output (a table, a quarantine folder, the report folder, a
 * notebook) is written under {@code _staging/<stage>-<attempt>/} at the path it will have in the
 * run; this command reads its own staged copies, every other reader sees the last committed ones.
 * The commit is a redo log: the manifest, saved by one atomic rename, records the stage as {@code
 * committing} with the list of its outputs (the commit point); the staged outputs are then moved
 * into place one by one, and the manifest records the stage {@code complete}. A command killed
 * after the commit point leaves the moves to the next command, which finishes them ({@link
 * #finish}) before it reads anything; one killed before it leaves only {@code _staging} debris,
 * which the next command removes. Only one command works on a run at a time ({@link RunLock}), so
 * no reader can see a half-moved stage.
 */
public final class StageCommit {
  private final RunDir run;
  private final String stage;
  private final String folder;

  /** Output path relative to the run root → its staged location, in the order written. */
  private final Map<String, String> staged = new LinkedHashMap<>();

  StageCommit(RunDir run, String stage, String attempt) {
    this.run = run;
    this.stage = stage;
    this.folder = "_staging/" + stage + "-" + attempt;
  }

  public String stage() {
    return stage;
  }

  /**
   * Where this attempt writes the output that will be published at {@code target} (a path in the
   * run).
   */
  public String stagedPath(String target) {
    String relative = run.relative(target);
    return staged.computeIfAbsent(relative, r -> run.root() + "/" + folder + "/" + r);
  }

  /** The staged copy of {@code target} when this attempt wrote one. */
  Optional<String> staged(String target) {
    return Optional.ofNullable(staged.get(run.relative(target)));
  }

  /** Run-relative folder holding this attempt's staged outputs. */
  String folder() {
    return folder;
  }

  /** Run-relative paths of the outputs written so far. */
  List<String> outputs() {
    return List.copyOf(staged.keySet());
  }

  /**
   * Moves the staged {@code outputs} of {@code folder} into place, replacing what was there, then
   * removes the folder. Safe to repeat after a crash part-way: an output whose staged copy is gone
   * was moved.
   */
  static void finish(
      RunDir run, String stage, String folder, List<String> outputs, Configuration conf) {
    Path stagingRoot = new Path(run.root(), folder);
    try {
      FileSystem fs = stagingRoot.getFileSystem(conf);
      int moved = 0;
      for (String relative : outputs) {
        Path from = new Path(stagingRoot, relative);
        Path to = new Path(run.root(), relative);
        if (!fs.exists(from)) {
          continue;
        }
        FaultPoint.reach("publish:" + stage, moved);
        if (fs.exists(to)) {
          // Set aside inside the attempt folder (a rename, fast even for a large table); it goes
          // with it.
          Path retired = new Path(new Path(stagingRoot, "_retired"), relative);
          fs.mkdirs(retired.getParent());
          if (!fs.rename(to, retired)) {
            throw new IOException("cannot move aside " + to);
          }
        }
        fs.mkdirs(to.getParent());
        if (!fs.rename(from, to)) {
          throw new IOException("cannot publish " + from + " as " + to);
        }
        moved++;
      }
      FaultPoint.reach("publish:" + stage, moved);
      fs.delete(stagingRoot, true);
      removeIfEmpty(fs, stagingRoot.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Publishing the outputs of stage " + stage + " in " + run.root() + " failed", e);
    }
  }

  /**
   * A failed attempt publishes nothing, but what it quarantined is what its user needs to see why
   * it failed: that is kept under {@code failed/<stage>/} (replacing an earlier failure's); the
   * rest of the attempt is removed.
   */
  void keepForDiagnosis(Configuration conf) {
    Path attempt = new Path(run.root(), folder);
    Path kept = new Path(run.failed(stage));
    try {
      FileSystem fs = attempt.getFileSystem(conf);
      if (fs.exists(kept)) {
        fs.delete(kept, true);
      }
      for (String relative : staged.keySet()) {
        Path from = new Path(attempt, relative);
        if (relative.startsWith("quarantine/") && fs.exists(from)) {
          Path to = new Path(kept, relative);
          fs.mkdirs(to.getParent());
          if (!fs.rename(from, to)) {
            throw new IOException("cannot move " + from + " to " + to);
          }
        }
      }
      if (fs.exists(attempt)) {
        fs.delete(attempt, true);
      }
      removeIfEmpty(fs, attempt.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Keeping the quarantine of failed stage " + stage + " failed", e);
    }
  }

  /** A committed stage supersedes the diagnosis of its last failure. */
  void dropDiagnosis(Configuration conf) {
    Path failed = new Path(run.failed(stage));
    try {
      FileSystem fs = failed.getFileSystem(conf);
      if (fs.exists(failed)) {
        fs.delete(failed, true);
        removeIfEmpty(fs, failed.getParent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove " + failed, e);
    }
  }

  private static void removeIfEmpty(FileSystem fs, Path dir) throws IOException {
    if (fs.exists(dir) && fs.listStatus(dir).length == 0) {
      fs.delete(dir, false);
    }
  }

  /** For tests and messages: the staged outputs of this attempt. */
  @Override
  public String toString() {
    return stage + " " + new ArrayList<>(staged.keySet());
  }
}

package org.modus.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The run directory contract: {@code manifest.json}, {@code tables/<name>/} (Parquet), {@code
 * quarantine/<source>/}, {@code report/}, {@code notebooks/}, {@code failed/<stage>/} (what a
 * failed stage quarantined) and, while a stage runs, {@code _staging/} ({@link StageCommit}). The
 * root is a Hadoop path, so a local folder, {@code hdfs://} or {@code s3a://} URI works the same
 * way.
 */
public final class RunDir {
  private final String root;

  /** Mutable on purpose: one RunDir per command, and a command runs one stage at a time. */
  private StageCommit open;

  public RunDir(String root) {
    Objects.requireNonNull(root, "run directory");
    this.root =
        root.endsWith("/") && root.length() > 1 ? root.substring(0, root.length() - 1) : root;
  }

  public String root() {
    return root;
  }

  public String table(String name) {
    return root + "/tables/" + name;
  }

  public String quarantine(String source) {
    return root + "/quarantine/" + source;
  }

  public String report() {
    return root + "/report";
  }

  public String notebooks() {
    return root + "/notebooks";
  }

  public String manifest() {
    return root + "/manifest.json";
  }

  /** Where a stage writes before publishing; never read by anyone else. */
  public String staging(String what) {
    return root + "/_staging/" + what;
  }

  /** Where a failed attempt of {@code stage} leaves its outputs (its quarantine) for diagnosis. */
  public String failed(String stage) {
    return root + "/failed/" + stage;
  }

  /**
   * Where the rows quarantined at {@code target} can be read when the running stage fails: they are
   * not published then, but kept under {@link #failed}. Outside a stage, {@code target} itself.
   */
  public String ifStageFails(String target) {
    return open == null ? target : failed(open.stage()) + "/" + relative(target);
  }

  /** {@code path}, which lies in this run, relative to its root. */
  public String relative(String path) {
    if (!path.startsWith(root + "/")) {
      throw new IllegalArgumentException(path + " is not inside run directory " + root);
    }
    return path.substring(root.length() + 1);
  }

  /**
   * The attempt whose outputs this command is writing, if a stage is running: writes go to its
   * staging folder and reads of what it wrote see the staged copies ({@link #visible}).
   */
  public Optional<StageCommit> openStage() {
    return Optional.ofNullable(open);
  }

  /** Where this command reads {@code target}: the running stage's staged copy if it wrote one. */
  public String visible(String target) {
    return open == null ? target : open.staged(target).orElse(target);
  }

  StageCommit begin(String stage, String attempt) {
    if (open != null) {
      throw new IllegalStateException("stage " + stage + " started inside stage " + open.stage());
    }
    open = new StageCommit(this, stage, attempt);
    return open;
  }

  void end() {
    open = null;
  }

  public FileSystem fileSystem(Configuration hadoopConf) {
    try {
      return new Path(root).getFileSystem(hadoopConf);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the file system of " + root, e);
    }
  }

  @Override
  public String toString() {
    return root;
  }
}

package org.modus.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The run directory contract: {@code manifest.json}, {@code tables/<name>/} (Parquet),
 * {@code quarantine/<source>/}, {@code report/}, {@code notebooks/}. The root is a Hadoop path, so a
 * local folder, {@code hdfs://} or {@code s3a://} URI works the same way.
 */
public final class RunDir {
  private final String root;

  public RunDir(String root) {
    Objects.requireNonNull(root, "run directory");
    this.root = root.endsWith("/") && root.length() > 1 ? root.substring(0, root.length() - 1) : root;
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

package org.modus.notebook;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.modus.engine.RunDir;
import org.modus.notebooks.RunFiles;

/** A run directory on whatever file system its root names (local, hdfs://, s3a://). */
final class HadoopRunFiles implements RunFiles {
  private final RunDir run;
  private final FileSystem fs;

  HadoopRunFiles(RunDir run, Configuration conf) {
    this.run = run;
    this.fs = run.fileSystem(conf);
  }

  @Override
  public Optional<byte[]> read(String relativePath) {
    if (relativePath.startsWith("/") || java.util.List.of(relativePath.split("/")).contains("..")) {
      throw new IllegalArgumentException("Path leaves the run directory: " + relativePath);
    }
    Path p = new Path(run.root() + "/" + relativePath);
    try (InputStream in = fs.open(p)) {
      return Optional.of(in.readAllBytes());
    } catch (FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + p, e);
    }
  }
}

package org.modus.notebooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Read access to a run directory by relative path ({@code report/figures.json}), so the exporter
 * works the same on a local folder and on whatever file system the Spark job hands it.
 */
@FunctionalInterface
public interface RunFiles {
  /** The file's bytes, or empty when it does not exist. */
  Optional<byte[]> read(String relativePath);

  /** A run directory on the local file system. */
  static RunFiles local(Path runDir) {
    return rel -> {
      Path p = runDir.resolve(rel).normalize();
      if (!p.startsWith(runDir.normalize())) {
        throw new IllegalArgumentException("Path leaves the run directory: " + rel);
      }
      if (!Files.isRegularFile(p)) {
        return Optional.empty();
      }
      try {
        return Optional.of(Files.readAllBytes(p));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + p, e);
      }
    };
  }
}

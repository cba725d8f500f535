package org.modus.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the data files packaged from {@code data-schemas/} (classpath prefix {@code modus/}). */
public final class ModusResources {
  private ModusResources() {}

  /**
   * Opens {@code modus/<path>}; fails with the missing path named, since a missing file is a build
   * bug.
   */
  public static InputStream open(String path) {
    InputStream in = ModusResources.class.getClassLoader().getResourceAsStream("modus/" + path);
    if (in == null) {
      throw new IllegalStateException(
          "Missing data file on the classpath: modus/"
              + path
              + " (is the modus-data-schemas jar on the classpath?)");
    }
    return in;
  }

  public static String readString(String path) {
    try (InputStream in = open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read modus/" + path, e);
    }
  }

  public static boolean exists(String path) {
    return ModusResources.class.getClassLoader().getResource("modus/" + path) != null;
  }
}

package org.modus.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

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

  /**
   * The records of a packaged CSV file in the format every reference and lexicon file shares: a
   * header, '#' comment lines, blank lines skipped, cells trimmed.
   */
  public static List<CSVRecord> csv(String path) {
    try (Reader in = new InputStreamReader(open(path), StandardCharsets.UTF_8)) {
      return new ArrayList<>(
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setCommentMarker('#')
              .setIgnoreEmptyLines(true)
              .setTrim(true)
              .get()
              .parse(in)
              .getRecords());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read modus/" + path, e);
    }
  }

  public static boolean exists(String path) {
    return ModusResources.class.getClassLoader().getResource("modus/" + path) != null;
  }
}

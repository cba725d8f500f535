package org.modus.trends;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.modus.schemas.ModusResources;

/**
 * How well the shares corrected for extraction error ({@link MisclassificationCorrection}) did on a
 * corpus whose truth is known: the demo's, measured by {@code DemoTruthCoverageIT}, which fails
 * when the committed file ({@link #RESOURCE}) no longer matches what it measures. The report's
 * method section quotes it, so a reader sees the interval's coverage as measured, not as claimed.
 *
 * @param date ISO date of the measurement
 * @param command the command that measures it (and rewrites the file)
 * @param corpus which synthetic corpus (generator, seed, size)
 * @param dimensions trends dimensions whose published cells were scored
 * @param confidence nominal level of the intervals
 * @param target what the interval is compared with: the cell's expected true share, the mean over
 *     its ads of the probability with which the generator gave each ad the category ({@code
 *     truth/ad_expected.csv})
 * @param cells published (not suppressed) corrected cells of the categories whose truth is tracked
 * @param covered cells whose interval holds the target
 * @param changed cells whose corrected share differs from the raw share
 * @param closer cells among {@code changed} whose corrected share is nearer than the raw share to
 *     the realized true share of the cell's own ads ({@code truth/ad_categories.csv}): the point
 *     estimate is judged on the very ads it describes
 */
public record CorrectionCoverage(
    String date,
    String command,
    String corpus,
    List<String> dimensions,
    double confidence,
    String target,
    int cells,
    int covered,
    int changed,
    int closer) {
  /** The committed measurement, as a classpath resource (data-schemas/config/). */
  public static final String RESOURCE = "config/correction-coverage.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public CorrectionCoverage {
    dimensions = List.copyOf(dimensions);
    if (covered < 0 || covered > cells || closer < 0 || closer > changed || changed > cells) {
      throw new IllegalArgumentException(
          "inconsistent counts: "
              + covered
              + " covered, "
              + closer
              + " closer, "
              + changed
              + " changed of "
              + cells
              + " cells");
    }
  }

  /** Share of the cells whose interval covers the target. */
  public double coverage() {
    return cells == 0 ? Double.NaN : covered / (double) cells;
  }

  /**
   * Share of the changed cells where the corrected share is nearer the realized truth than the raw
   * one.
   */
  public double closerShare() {
    return changed == 0 ? Double.NaN : closer / (double) changed;
  }

  /**
   * The same measurement dated {@code other}: to compare two measurements whatever day they were
   * made.
   */
  public CorrectionCoverage dated(String other) {
    return new CorrectionCoverage(
        other, command, corpus, dimensions, confidence, target, cells, covered, changed, closer);
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static CorrectionCoverage read(InputStream in, String name) {
    try {
      return JSON.readValue(in, CorrectionCoverage.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }

  /** The committed measurement ({@link #RESOURCE}). */
  public static CorrectionCoverage load() {
    try (InputStream in = ModusResources.open(RESOURCE)) {
      return read(in, "modus/" + RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read modus/" + RESOURCE, e);
    }
  }
}

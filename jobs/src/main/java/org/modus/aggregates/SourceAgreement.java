package org.modus.aggregates;

import java.io.Serializable;
import java.util.Set;
import org.modus.engine.RunConfig;
import org.modus.engine.StageSettings;
import org.modus.schemas.Settings;

/**
 * Whether two published values of the same cell agree, with the tolerances of {@code
 * data-schemas/config/source-discrepancies.json} (overridden by the run config's {@code settings:
 * {source-discrepancies: ...}}). Values are intervals (a censored {@code <5} is [0, 4]; a null
 * upper bound is unbounded), so the gap between two values is the distance between their intervals,
 * 0 when they overlap.
 *
 * @param relative tolerance as a fraction of the larger lower bound (0.05: five per cent)
 * @param absolute tolerance in the values' unit, for small counts
 */
public record SourceAgreement(double relative, double absolute) implements Serializable {

  public static final String NAME = "source-discrepancies";
  public static final Set<String> KEYS = Set.of("tolerance.relative", "tolerance.absolute");

  /** The shipped tolerances. */
  public static SourceAgreement load() {
    return load(RunConfig.defaults());
  }

  public static SourceAgreement load(RunConfig config) {
    Settings s = StageSettings.load(NAME, KEYS, config);
    return new SourceAgreement(s.number("tolerance.relative"), s.number("tolerance.absolute"));
  }

  /** The distance between [lowA, highA] and [lowB, highB]; a null high is unbounded above. */
  public static double gap(double lowA, Double highA, double lowB, Double highB) {
    double aboveA = highA == null ? 0 : lowB - highA; // b lies above a
    double aboveB = highB == null ? 0 : lowA - highB; // a lies above b
    return Math.max(0, Math.max(aboveA, aboveB));
  }

  /**
   * How far apart two values may be and still agree: the larger of the absolute and relative
   * tolerance.
   */
  public double tolerance(double lowA, double lowB) {
    return Math.max(absolute, relative * Math.max(Math.abs(lowA), Math.abs(lowB)));
  }

  public boolean agree(double lowA, Double highA, double lowB, Double highB) {
    return gap(lowA, highA, lowB, highB) <= tolerance(lowA, lowB);
  }
}

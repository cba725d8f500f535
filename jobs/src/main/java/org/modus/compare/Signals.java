package org.modus.compare;

import java.util.List;
import java.util.Objects;

/** Pure rules that turn shares and Likert means into directions, and directions into agreement. */
public final class Signals {
  public static final String UP = "up";
  public static final String DOWN = "down";
  public static final String FLAT = "flat";

  private Signals() {}

  /**
   * Direction of a share from the previous period to this one: up or down when it moved by more
   * than {@code minRelativeChange} of its previous value; a series starting from zero is up when it
   * is now above zero. Null when either share is unknown (missing or suppressed).
   */
  public static String direction(Double previous, Double current, double minRelativeChange) {
    if (previous == null || current == null) {
      return null;
    }
    if (previous == 0) {
      return current > 0 ? UP : FLAT;
    }
    double rel = (current - previous) / previous;
    return rel > minRelativeChange ? UP : rel < -minRelativeChange ? DOWN : FLAT;
  }

  /**
   * Direction reported by a Likert mean on a scale from {@code min} to {@code max}, rescaled to
   * 1-5.
   */
  public static String likertDirection(
      Double mean, double min, double max, double up, double down) {
    if (mean == null || max <= min) {
      return null;
    }
    double on5 = 1 + 4 * (mean - min) / (max - min);
    return on5 >= up ? UP : on5 <= down ? DOWN : FLAT;
  }

  /**
   * agree when at least two sources give a direction and all are equal; single_source below two.
   */
  public static String agreement(List<String> directions) {
    List<String> known = directions.stream().filter(Objects::nonNull).toList();
    if (known.size() < 2) {
      return "single_source";
    }
    return known.stream().distinct().count() == 1 ? "agree" : "disagree";
  }
}

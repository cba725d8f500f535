package org.modus.cases;

import java.time.Year;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modus.ingest.Mappings;
import org.modus.schemas.AccentFolding;
import org.modus.schemas.geo.Countries;
import org.modus.schemas.geo.Country;

/**
 * Normalizes the scalar fields case layouts share. Each method either returns a value, returns
 * empty for "not recorded" (blank, -99), or throws {@link Rejected} with a quarantine reason code.
 */
final class CaseFields {
  /**
   * A plausibility bound, not a setting: a year before it is a typing or layout error (a day or an
   * age in the year column), never a case the data could hold.
   */
  static final int MIN_YEAR = 1900;

  private static final Pattern BAND =
      Pattern.compile("^\\s*(\\d+)\\s*(?:-+|to|–)\\s*(\\d+)?.*$|^\\s*(\\d+)\\s*\\+.*$");

  private CaseFields() {}

  /** A record that cannot be accepted, with its reason code and the column at fault. */
  static final class Rejected extends Exception {
    final String reason;

    Rejected(String reason, String message) {
      super(message);
      this.reason = reason;
    }
  }

  /** CTDC writes -99 for missing; some exports use blank, NA or "unknown". */
  static boolean missing(String v) {
    if (v == null) {
      return true;
    }
    String s = v.strip();
    return s.isEmpty()
        || s.equals("-99")
        || s.equalsIgnoreCase("na")
        || s.equalsIgnoreCase("null")
        || s.equals("-99.0");
  }

  static Integer year(String column, String v) throws Rejected {
    if (missing(v)) {
      return null;
    }
    int y;
    try {
      y = (int) Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw new Rejected("bad_year", column + " is not a year: '" + v.strip() + "'");
    }
    int max = Year.now().getValue() + 1;
    if (y < MIN_YEAR || y > max) {
      throw new Rejected("bad_year", column + " " + y + " is outside " + MIN_YEAR + ".." + max);
    }
    return y;
  }

  static Optional<Country> country(String column, String v) throws Rejected {
    if (missing(v) || v.strip().equals("00") || AccentFolding.labelKey(v).equals("unknown")) {
      return Optional.empty();
    }
    Optional<Country> c = Countries.get().resolve(v);
    if (c.isEmpty()) {
      throw new Rejected(
          "unknown_country", column + " '" + v.strip() + "' is not a known country code or name");
    }
    return c;
  }

  static Optional<Country> location(String column, String v) throws Rejected {
    if (missing(v)) {
      return Optional.empty();
    }
    Optional<Country> c = Countries.get().resolveLocation(v);
    if (c.isEmpty()) {
      throw new Rejected("unknown_country", column + ": no known country in '" + v.strip() + "'");
    }
    return c;
  }

  /**
   * Normalized gender; unrecognized text is "unknown" (reported as an unmapped value by the
   * caller).
   */
  static Optional<String> gender(String v) {
    if (missing(v)) {
      return Optional.of("unknown");
    }
    return Mappings.get().code("gender", v);
  }

  /** Flag cells: 1/true/yes present, 0/false/no/-99/blank absent; anything else is rejected. */
  static boolean flag(String column, String v) throws Rejected {
    if (missing(v)) {
      return false;
    }
    String s = AccentFolding.labelKey(v);
    return switch (s) {
      case "1", "1 0", "true", "yes", "y" -> true;
      case "0", "0 0", "false", "no", "n" -> false;
      default ->
          throw new Rejected("bad_value", column + " is not a 0/1 flag: '" + v.strip() + "'");
    };
  }

  static Double age(String column, String v) throws Rejected {
    if (missing(v)) {
      return null;
    }
    double a;
    try {
      a = Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw new Rejected("bad_value", column + " is not an age: '" + v.strip() + "'");
    }
    if (a < 0 || a > 120) {
      throw new Rejected("impossible_value", column + " " + v.strip() + " is not a possible age");
    }
    return a;
  }

  /**
   * Whether an age band such as "9--17", "18--20" or "48+" lies below 18; null when it straddles or
   * is unreadable.
   */
  static Boolean minorFromBand(String band) {
    if (missing(band)) {
      return null;
    }
    Matcher m = BAND.matcher(band);
    if (!m.matches()) {
      return null;
    }
    if (m.group(3) != null) {
      return Integer.parseInt(m.group(3)) >= 18 ? false : null;
    }
    int lo = Integer.parseInt(m.group(1));
    Integer hi = m.group(2) == null ? null : Integer.parseInt(m.group(2));
    if (hi != null && hi < 18) {
      return true;
    }
    return lo >= 18 ? false : null;
  }

  /**
   * Months in the situation: a number, or a CTDC band such as "0--12 (0-1 yr)" read as its midpoint
   * and "24+ (2+ yrs)" as its lower bound.
   */
  static Double months(String column, String v) throws Rejected {
    if (missing(v)) {
      return null;
    }
    try {
      double m = Double.parseDouble(v.strip());
      if (m < 0) {
        throw new Rejected("impossible_value", column + " " + v.strip() + " is negative");
      }
      return m;
    } catch (NumberFormatException e) {
      Matcher b = BAND.matcher(v);
      if (!b.matches()) {
        throw new Rejected("bad_value", column + " is not a duration: '" + v.strip() + "'");
      }
      if (b.group(3) != null) {
        return Double.parseDouble(b.group(3));
      }
      double lo = Double.parseDouble(b.group(1));
      return b.group(2) == null ? lo : (lo + Double.parseDouble(b.group(2))) / 2.0;
    }
  }
}

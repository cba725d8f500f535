package org.modus.aggregates;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published value as text: {@code 12}, {@code 1,234}, {@code <5}, {@code ≤3}, {@code >1000},
 * Eurostat {@code 12 p}, {@code :} (missing), {@code : c} or {@code c} (confidential). Counts are
 * integers, so {@code <5} is the interval [0, 4]: never read as 0 or as 5.
 *
 * @param value the interval, null when the value is missing (not published at all)
 * @param censored true when the published value is an interval rather than an exact number
 * @param flags publisher flags as printed (e.g. "p", "c", "e"), null when none
 */
public record CensoredValue(QuantityRange value, boolean censored, String flags) {

  private static final Pattern NUMBER =
      Pattern.compile(
          "\\d+(?:[.,]\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\d{1,3}(?:\\.\\d{3})+,\\d+|\\d+,\\d+");
  private static final Pattern NOT_FINITE = Pattern.compile("[+-]?(nan|inf|infinity|∞)");
  private static final Pattern GROUPED_COMMA = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
  private static final Pattern GROUPED_DOT = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
  private static final Pattern SHAPE =
      Pattern.compile("^(<=|≤|<|>=|≥|>)?\\s*(\\d[\\d,. ]*?)?\\s*([a-z]+)?$");

  /** Why text could not be read as a value; reason is a quarantine reason code. */
  public static final class Invalid extends Exception {
    private final String reason;

    public Invalid(String reason, String message) {
      super(message);
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  public static CensoredValue parse(String text) throws Invalid {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    String flags = null;
    if (t.startsWith(":")) {
      String f = t.substring(1).strip();
      flags = f.isEmpty() ? ":" : f;
      return confidentialOrMissing(flags);
    }
    if (t.isEmpty() || t.equals("..") || t.equals("-") || t.equals("na") || t.equals("n/a")) {
      return new CensoredValue(null, false, t.isEmpty() ? null : t);
    }
    if (NOT_FINITE.matcher(t).matches()) {
      // A spreadsheet's NaN or Infinity is no count and no "missing": the cell was computed wrong.
      throw new Invalid("not_finite", "not a finite number: '" + text.strip() + "'");
    }
    if (t.startsWith("-") && t.length() > 1 && Character.isDigit(t.charAt(1))) {
      throw new Invalid("impossible_value", "negative count '" + text.strip() + "'");
    }
    Matcher m = SHAPE.matcher(t);
    if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
      throw new Invalid("bad_value", "not a count: '" + text.strip() + "'");
    }
    String op = m.group(1);
    flags = m.group(3);
    if (m.group(2) == null) {
      if (op != null) {
        throw new Invalid("bad_value", "comparison without a number: '" + text.strip() + "'");
      }
      return confidentialOrMissing(flags);
    }
    double n = number(m.group(2).replace(" ", ""), text);
    if (op == null) {
      return new CensoredValue(QuantityRange.exact(n), false, flags);
    }
    boolean integral = n == Math.rint(n);
    return switch (op) {
      case "<" -> {
        if (n <= 0) {
          throw new Invalid(
              "impossible_value", "a count below " + n + " is impossible: '" + text.strip() + "'");
        }
        yield new CensoredValue(new QuantityRange(0, integral ? n - 1 : n), true, flags);
      }
      case "<=", "≤" -> new CensoredValue(new QuantityRange(0, n), true, flags);
      case ">" -> new CensoredValue(new QuantityRange(integral ? n + 1 : n, null), true, flags);
      default -> new CensoredValue(new QuantityRange(n, null), true, flags);
    };
  }

  private static CensoredValue confidentialOrMissing(String flags) {
    // "c" is a value withheld by the publisher: it exists, so it is an unbounded interval, not
    // missing.
    if (flags != null && flags.contains("c")) {
      return new CensoredValue(new QuantityRange(0, null), true, flags);
    }
    return new CensoredValue(null, false, flags);
  }

  private static double number(String s, String original) throws Invalid {
    Matcher m = NUMBER.matcher(s);
    if (!m.matches()) {
      throw new Invalid("bad_value", "not a count: '" + original.strip() + "'");
    }
    // Thousands separators: "1,234", "1.234", "1,234.5" (English) and "1.234,5" (European) are
    // grouped; "12.5" and "12,5" are decimals.
    String cleaned;
    if (GROUPED_COMMA.matcher(s).matches()) {
      cleaned = s.replace(",", "");
    } else if (GROUPED_DOT.matcher(s).matches()) {
      cleaned = s.replace(".", "").replace(",", ".");
    } else {
      cleaned = s.replace(",", ".");
    }
    try {
      return Double.parseDouble(cleaned);
    } catch (NumberFormatException e) {
      throw new Invalid("bad_value", "not a count: '" + original.strip() + "'");
    }
  }
}

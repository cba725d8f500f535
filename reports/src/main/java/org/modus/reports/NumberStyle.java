package org.modus.reports;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the report writes numbers in its language: "4.5%" / "4,5 %", slopes in signed percentage
 * points, q-values as "q < 0.001" or "q = 0.012". French grouping uses a plain space, because the
 * narrow no-break space that the JDK's locale data proposes is missing from common PDF fonts.
 */
public final class NumberStyle {
  private final String lang;
  private final DecimalFormatSymbols symbols;

  public NumberStyle(String lang) {
    this.lang = lang;
    this.symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag(lang));
    if ("fr".equals(lang)) {
      symbols.setGroupingSeparator(' ');
      symbols.setDecimalSeparator(',');
    }
    symbols.setMinusSign('-');
  }

  private DecimalFormat format(String pattern) {
    DecimalFormat f = new DecimalFormat(pattern, symbols);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }

  /** A share (0..1) as a percentage with at most one decimal. */
  public String percent(double share) {
    String n = format("#,##0.#").format(share * 100);
    return "fr".equals(lang) ? n + " %" : n + "%";
  }

  /** A change of share per period (0..1 scale) in signed percentage points, e.g. "+0.5". */
  public String percentagePoints(double shareChange) {
    return format("+#,##0.0#;-#,##0.0#").format(shareChange * 100);
  }

  public String q(double q) {
    return q < 0.001 ? "q < " + fixed(0.001, 3) : "q = " + fixed(q, 3);
  }

  /** A p-value or q-value in a table cell. */
  public String pValue(double p) {
    return p < 0.001 ? "< " + fixed(0.001, 3) : fixed(p, 3);
  }

  public String ratio(double r) {
    return format("#,##0.0#").format(r);
  }

  public String integer(long n) {
    return format("#,##0").format(n);
  }

  /** At most {@code maxDecimals} decimals, trailing zeros dropped. */
  public String decimal(double d, int maxDecimals) {
    return format("#,##0." + "#".repeat(Math.max(1, maxDecimals))).format(d);
  }

  private String fixed(double d, int decimals) {
    return format("0." + "0".repeat(decimals)).format(d);
  }
}

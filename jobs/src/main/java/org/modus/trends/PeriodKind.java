package org.modus.trends;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.year;

import java.util.Locale;
import org.apache.spark.sql.Column;
import org.modus.engine.ModusException;

/**
 * The period trends are counted by (run config {@code period}): labels, first days and ordinals.
 */
public enum PeriodKind {
  MONTH("MM"),
  QUARTER("QUARTER"),
  YEAR("YEAR");

  private final String truncUnit;

  PeriodKind(String truncUnit) {
    this.truncUnit = truncUnit;
  }

  public static PeriodKind of(String configured) {
    try {
      return valueOf(configured.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ModusException("period must be month, quarter or year, got '" + configured + "'");
    }
  }

  /** First day of the period containing {@code date}. */
  public Column start(Column date) {
    return to_date(date_trunc(truncUnit, date));
  }

  /** Label of the period starting on {@code start}: 2024-03, 2024-Q1 or 2024. */
  public Column label(Column start) {
    return switch (this) {
      case MONTH -> date_format(start, "yyyy-MM");
      case QUARTER -> concat(year(start).cast("string"), lit("-Q"), quarter(start).cast("string"));
      case YEAR -> year(start).cast("string");
    };
  }

  /**
   * Periods since year 0, so that consecutive periods differ by one (Sen's slope is per period).
   */
  public Column index(Column start) {
    return switch (this) {
      case MONTH -> year(start).multiply(12).plus(month(start)).minus(1);
      case QUARTER -> year(start).multiply(4).plus(quarter(start)).minus(1);
      case YEAR -> year(start);
    };
  }
}

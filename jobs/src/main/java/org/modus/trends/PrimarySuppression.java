package org.modus.trends;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Primary small-cell suppression of the trends stage, in one place so that the shared {@code
 * org.modus.disclosure.DisclosureControl} (with secondary suppression) can replace it: a published
 * count from 1 to threshold - 1 is hidden. Zero is shown, since "none seen" identifies nobody.
 */
public final class PrimarySuppression {
  private static final UserDefinedFunction HIDES =
      udf(
          (UDF2<Long, Integer, Boolean>)
              (count, threshold) -> count != null && hides(count, threshold),
          DataTypes.BooleanType);

  private PrimarySuppression() {}

  /** The rule. */
  public static boolean hides(long count, int threshold) {
    return count > 0 && count < threshold;
  }

  /** The same rule as a Spark column, for published cells computed in Spark. */
  public static Column hides(Column count, int threshold) {
    return HIDES.apply(count, lit(threshold));
  }
}

package org.modus.extract;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import org.apache.spark.sql.Column;

/** What every reader of {@code ad_features} must agree on about its rows. */
public final class FeatureRows {
  private FeatureRows() {}

  /**
   * A row that counts its category as present: neither negated nor overruled by the classifier (as
   * {@link ExtractedFeature#present()}); runs extracted before {@code overruled} existed read it as
   * null, which is false.
   */
  public static Column present() {
    return not(col("negated")).and(not(coalesce(col("overruled"), lit(false))));
  }
}

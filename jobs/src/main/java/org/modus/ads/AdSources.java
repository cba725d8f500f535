package org.modus.ads;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The lineage table {@code ad_sources}: one row per input record, saying which ad of {@code ads}
 * stands for it and why, so a corpus's own labels (by its record ids) can be joined to the ads,
 * their features and their scores. Statuses: {@code kept} (the record is the ad), {@code
 * exact_duplicate_of} (collapsed into the ad named in {@code duplicate_of}), {@code
 * near_duplicate_of} (kept as its own ad, which belongs to the near-duplicate group whose first ad
 * is {@code duplicate_of}), {@code quarantined} (no ad; {@code reason} gives the quarantine's
 * reason code).
 */
final class AdSources {
  static final String TABLE = "ad_sources";
  static final String KEPT = "kept";
  static final String EXACT = "exact_duplicate_of";
  static final String NEAR = "near_duplicate_of";
  static final String QUARANTINED = "quarantined";

  private AdSources() {}

  /**
   * Narrow rows of every record read, accepted or not: what lineage needs once the texts are gone.
   */
  static Dataset<Row> records(Dataset<Row> accepted, Dataset<Row> rejected) {
    Column noReason = lit(null).cast("string");
    return accepted
        .select(
            col("source"),
            col("file"),
            col("ordinal"),
            col("location"),
            col("record_id"),
            col("ad_id").as("record_ad_id"),
            col("content_key"),
            noReason.as("reason"))
        .unionByName(
            rejected.select(
                col("source"),
                col("file"),
                col("ordinal"),
                col("location"),
                col("record_id"),
                lit(null).cast("string").as("record_ad_id"),
                lit(null).cast("string").as("content_key"),
                col("reason")));
  }

  /**
   * Lineage from the narrow records, the collapsed ads (content_key to the ad that represents it)
   * and the written ads table (near-duplicate groups). Within a group of exact duplicates the
   * record kept is the one with the smallest ad id, first in file order: the ad that {@link
   * IngestAdsJob#collapseDuplicates} keeps.
   */
  static Dataset<Row> lineage(Dataset<Row> records, Dataset<Row> collapsed, Dataset<Row> written) {
    Dataset<Row> kept = collapsed.select(col("content_key"), col("ad_id").as("kept_ad_id"));
    Dataset<Row> groups = written.select(col("ad_id").as("kept_ad_id"), col("near_dup_cluster"));
    Dataset<Row> firstOfGroup =
        written
            .filter(col("near_dup_cluster").isNotNull())
            .groupBy("near_dup_cluster")
            .agg(min("ad_id").as("group_first"));
    Dataset<Row> accepted =
        records
            .filter(col("reason").isNull())
            .join(kept, "content_key")
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("content_key")
                            .orderBy(col("record_ad_id"), col("file"), col("ordinal"))))
            .join(groups, new String[] {"kept_ad_id"}, "left")
            .join(firstOfGroup, new String[] {"near_dup_cluster"}, "left");
    Column near =
        col("group_first").isNotNull().and(col("group_first").notEqual(col("kept_ad_id")));
    Column status = when(col("rank").gt(1), lit(EXACT)).when(near, lit(NEAR)).otherwise(lit(KEPT));
    Column duplicateOf = when(col("rank").gt(1), col("kept_ad_id")).when(near, col("group_first"));
    Dataset<Row> traced =
        accepted.select(
            col("source"),
            col("file"),
            col("ordinal"),
            col("location"),
            col("record_id"),
            col("kept_ad_id").as("ad_id"),
            status.as("status"),
            duplicateOf.as("duplicate_of"),
            col("reason"));
    Dataset<Row> quarantined =
        records
            .filter(col("reason").isNotNull())
            .select(
                col("source"),
                col("file"),
                col("ordinal"),
                col("location"),
                col("record_id"),
                lit(null).cast("string").as("ad_id"),
                lit(QUARANTINED).as("status"),
                lit(null).cast("string").as("duplicate_of"),
                col("reason"));
    return traced
        .unionByName(quarantined)
        .orderBy("source", "file", "ordinal")
        .drop("file", "ordinal");
  }
}

package org.modus.ads.group;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Linked-ad groups: connected components of the graph joining ads to the contact pseudonyms they
 * share, with per group the number of ads, distinct cities, countries and sites (nulls not counted)
 * and the posting span. Only contacts seen in two or more ads can link, so the graph stays small.
 */
public final class LinkedAds {
  private LinkedAds() {}

  /**
   * @param ads rows with ad_id, city, country, site, posted_at (date)
   * @param allContacts rows with ad_id, contact_type, pseudonym and optionally checksum_valid
   */
  public static Dataset<Row> groups(Dataset<Row> ads, Dataset<Row> allContacts, int maxIterations) {
    // A wallet whose checksum fails is redacted but links nothing: the same typo'd string in two
    // ads
    // says less about a shared owner than a valid address does, and may be two different mistakes.
    Dataset<Row> contacts =
        java.util.Arrays.asList(allContacts.columns()).contains("checksum_valid")
            ? allContacts.filter(col("checksum_valid")).select("ad_id", "contact_type", "pseudonym")
            : allContacts;
    Dataset<Row> shared =
        contacts
            .groupBy("contact_type", "pseudonym")
            .agg(countDistinct("ad_id").as("n"))
            .filter(col("n").geq(2))
            .drop("n");
    // Node ids: "a:" sorts before "c:", so a component's min label is always one of its ads.
    Dataset<Row> edges =
        contacts
            .join(shared, new String[] {"contact_type", "pseudonym"}, "left_semi")
            .select(
                concat(lit("a:"), col("ad_id")).as("src"),
                concat(lit("c:"), col("contact_type"), lit(":"), col("pseudonym")).as("dst"));
    Dataset<Row> labels = ConnectedComponents.of(edges, maxIterations);
    Dataset<Row> adLabels =
        labels
            .filter(col("node").startsWith("a:"))
            .select(col("node").substr(3, Integer.MAX_VALUE).as("ad_id"), col("label"));
    return adLabels
        .join(ads, "ad_id")
        .groupBy("label")
        .agg(
            count(lit(1)).as("ads"),
            countDistinct("city").as("cities"),
            countDistinct("country").as("countries"),
            countDistinct("site").as("sites"),
            min("posted_at").as("first_posted"),
            max("posted_at").as("last_posted"))
        .filter(col("ads").geq(2))
        .select(
            concat(lit("lg-"), substring(sha2(col("label"), 256), 1, 16)).as("link_group"),
            col("ads"),
            col("cities"),
            col("countries"),
            col("sites"),
            col("first_posted"),
            col("last_posted"),
            datediff(col("last_posted"), col("first_posted")).as("span_days"));
  }
}

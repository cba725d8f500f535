package org.modus.ads.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.testing.SparkTestSession;

/**
 * Near-duplicate grouping on a seeded corpus: variants of one template (a word or two changed)
 * share a cluster, unrelated ads and variants too far from their template have none, and the groups
 * do not depend on how candidates are verified (shared shingles or joins) or on how big buckets are
 * paired.
 */
class NearDuplicatesIT {
  private static final int TEMPLATES = 8;
  private static final int VARIANTS = 6;
  private static final int UNRELATED = 60;
  private static final AdsIngestSettings.NearDup CFG = AdsIngestSettings.defaults().nearDup();
  private final SparkSession spark = SparkTestSession.get();

  @Test
  void variantsOfATemplateShareAClusterAndUnrelatedAdsHaveNone() {
    Map<String, String> clusters = clusters(CFG);
    for (int t = 0; t < TEMPLATES; t++) {
      String first = clusters.get(id(t, 0));
      assertTrue(first != null, "template " + t + " has a cluster");
      for (int v = 1; v < VARIANTS; v++) {
        assertEquals(first, clusters.get(id(t, v)), "variant " + v + " of template " + t);
      }
      for (int other = 0; other < t; other++) {
        assertFalse(
            first.equals(clusters.get(id(other, 0))),
            "templates " + other + " and " + t + " apart");
      }
    }
    for (int u = 0; u < UNRELATED; u++) {
      assertFalse(clusters.containsKey("u" + u), "unrelated ad u" + u);
    }
    for (int t = 0; t < TEMPLATES; t++) {
      assertFalse(clusters.containsKey(farId(t)), "a variant below the threshold, template " + t);
    }
    assertEquals(TEMPLATES * VARIANTS, clusters.size());
  }

  @Test
  void verifyingByJoinsGivesTheSameGroupsAsSharedShingles() {
    assertEquals(
        clusters(CFG.withDriverVerifyMaxBytes(Long.MAX_VALUE)),
        clusters(CFG.withDriverVerifyMaxBytes(0)));
  }

  @Test
  void pairingBigBucketsByAStarKeepsTheGroups() {
    assertEquals(clusters(CFG), clusters(CFG.withMaxBucketAllPairs(2)));
  }

  @Test
  void everyBucketYieldsItsPairsOnceWithTheSmallerIdFirst() {
    NearDuplicates.BucketPairs pairs = new NearDuplicates.BucketPairs(3);
    List<Row> sorted =
        List.of(
            RowFactory.create(1L, "a"),
            RowFactory.create(1L, "b"),
            RowFactory.create(1L, "c"),
            RowFactory.create(2L, "d"),
            RowFactory.create(3L, "a"),
            RowFactory.create(3L, "a"),
            RowFactory.create(4L, "e"),
            RowFactory.create(4L, "f"),
            RowFactory.create(4L, "g"),
            RowFactory.create(4L, "h"));
    List<String> out = new ArrayList<>();
    pairs
        .call(sorted.iterator())
        .forEachRemaining(r -> out.add(r.getString(0) + "-" + r.getString(1)));
    // bucket 1: all pairs; 2 and 3 (one ad twice): none; 4, above 3 members: a star around "e"
    assertEquals(List.of("a-b", "a-c", "b-c", "e-f", "e-g", "e-h"), out);
  }

  private Map<String, String> clusters(AdsIngestSettings.NearDup cfg) {
    Map<String, String> out = new HashMap<>();
    NearDuplicates.clusters(corpus(), cfg)
        .collectAsList()
        .forEach(r -> out.put(r.getString(0), r.getString(1)));
    return out;
  }

  private static String farId(int template) {
    return "t" + template + "far";
  }

  private static String id(int template, int variant) {
    return "t" + template + "v" + variant;
  }

  private Dataset<Row> corpus() {
    Random random = new Random(20241124);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      vocabulary.add("word" + Integer.toString(i, 36) + (char) ('a' + i % 26));
    }
    List<Row> rows = new ArrayList<>();
    for (int t = 0; t < TEMPLATES; t++) {
      List<String> template = words(random, vocabulary, 45);
      for (int v = 0; v < VARIANTS; v++) {
        List<String> variant = new ArrayList<>(template);
        variant.set(5 + 7 * v, "changed" + v);
        rows.add(RowFactory.create(id(t, v), "Template " + t, String.join(" ", variant)));
      }
      // Every tenth word changed: Jaccard about 0.54, below the threshold, yet often an LSH
      // candidate.
      List<String> far = new ArrayList<>(template);
      for (int i = 0; i < far.size(); i += 10) {
        far.set(i, "other" + i);
      }
      rows.add(RowFactory.create(farId(t), "Template " + t, String.join(" ", far)));
    }
    Set<String> seen = new HashSet<>();
    for (int u = 0; u < UNRELATED; u++) {
      String text = String.join(" ", words(random, vocabulary, 45));
      assertTrue(seen.add(text));
      rows.add(RowFactory.create("u" + u, null, text));
    }
    StructType schema =
        new StructType()
            .add("ad_id", DataTypes.StringType, false)
            .add("title", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, false);
    return spark.createDataFrame(rows, schema).repartition(3);
  }

  private static List<String> words(Random random, List<String> vocabulary, int n) {
    List<String> w = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      w.add(vocabulary.get(random.nextInt(vocabulary.size())));
    }
    return w;
  }
}

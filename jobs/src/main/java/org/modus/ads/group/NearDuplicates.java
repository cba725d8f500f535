package org.modus.ads.group;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.modus.ads.AdsIngestSettings;

/**
 * Near-duplicate groups (same template, small edits) with MinHash-LSH: word shingles, seeded MinHash
 * signatures, band keys, candidate pairs per band bucket, exact Jaccard verification against the
 * threshold, then connected components. Deterministic: seeded hashes and min-id labels.
 */
public final class NearDuplicates {
  private static final StructType BANDED = new StructType()
      .add("ad_id", DataTypes.StringType, false)
      .add("bands", DataTypes.createArrayType(DataTypes.LongType, false), false);
  private static final StructType SHINGLED = new StructType()
      .add("ad_id", DataTypes.StringType, false)
      .add("shingles", DataTypes.BinaryType, false);
  private static final StructType PAIR = new StructType()
      .add("src", DataTypes.StringType, false).add("dst", DataTypes.StringType, false);

  /** Up to this many ads in candidate pairs, their ids are broadcast to pick their texts. */
  static final long BROADCAST_IDS = 1_000_000;

  private NearDuplicates() {}

  /**
   * Rows (ad_id, near_dup_cluster) for ads that have at least one near duplicate.
   *
   * <p>Only band keys are kept for every ad; shingles (about 1 KB an ad) are computed again for the ads
   * that are in a candidate pair, usually a small share. Keeping them for all ads cached a gigabyte per
   * million ads and shuffled it twice into the verification joins.
   */
  public static Dataset<Row> clusters(Dataset<Row> ads, AdsIngestSettings.NearDup cfg) {
    Dataset<Row> texts = ads.select(col("ad_id"), col("title"), col("text"));
    Dataset<Row> banded = texts.map(new Band(cfg), Encoders.row(BANDED));
    Dataset<Row> buckets = banded.select(col("ad_id"), explode(col("bands")).as("band_key"))
        .groupBy("band_key").agg(collect_list("ad_id").as("members"))
        .filter(size(col("members")).gt(1));
    Dataset<Row> candidates = buckets.select("members")
        .flatMap(new Pairs(cfg.maxBucketAllPairs()), Encoders.row(PAIR))
        .distinct()
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> involved = candidates.select(col("src").as("ad_id"))
        .union(candidates.select(col("dst").as("ad_id")))
        .distinct()
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    // Broadcast the ids when they are few enough to ship (tens of MB at most), so that the ad texts are
    // filtered where they lie instead of being shuffled to meet them.
    boolean fewIds = involved.count() <= BROADCAST_IDS;
    Dataset<Row> shingled = texts.join(fewIds ? broadcast(involved) : involved, new String[] {"ad_id"}, "left_semi")
        .map(new Shingle(cfg), Encoders.row(SHINGLED));
    Dataset<Row> a = shingled.select(col("ad_id").as("src"), col("shingles").as("sa"));
    Dataset<Row> b = shingled.select(col("ad_id").as("dst"), col("shingles").as("sb"));
    Dataset<Row> verified = candidates.join(a, "src").join(b, "dst")
        .filter((org.apache.spark.api.java.function.FilterFunction<Row>) r ->
            MinHash.jaccard(MinHash.unpack(r.getAs("sa")), MinHash.unpack(r.getAs("sb")))
                >= cfg.threshold())
        .select("src", "dst");
    Dataset<Row> labels = ConnectedComponents.of(verified, cfg.maxIterations());
    involved.unpersist();
    candidates.unpersist();
    return labels.select(col("node").as("ad_id"),
        concat(lit("nd-"), substring(sha2(col("label"), 256), 1, 16)).as("near_dup_cluster"));
  }

  /**
   * A map over (ad_id, title, text) rows with this JVM's MinHash of the settings, built on first use
   * where the task runs (only the settings are serialized).
   */
  abstract static class MinHashMap implements MapFunction<Row, Row> {
    private final AdsIngestSettings.NearDup cfg;
    private transient MinHash minHash;

    MinHashMap(AdsIngestSettings.NearDup cfg) {
      this.cfg = cfg;
    }

    @Override
    public final Row call(Row r) {
      if (minHash == null) {
        minHash = MinHash.of(cfg);
      }
      String title = r.getString(1);
      // What MinHash reads: title and text together.
      long[] shingles = minHash.shingles((title == null ? "" : title + " \n ") + r.getString(2));
      return RowFactory.create(r.getString(0), result(minHash, shingles));
    }

    abstract Object result(MinHash minHash, long[] shingles);
  }

  /** Band keys of one ad. */
  static final class Band extends MinHashMap {
    Band(AdsIngestSettings.NearDup cfg) {
      super(cfg);
    }

    @Override
    Object result(MinHash minHash, long[] shingles) {
      long[] bands = shingles.length == 0 ? new long[0] : minHash.bandKeys(minHash.signature(shingles));
      List<Object> l = new ArrayList<>(bands.length);
      for (long v : bands) {
        l.add(v);
      }
      return scala.jdk.javaapi.CollectionConverters.asScala(l).toList();
    }
  }

  /** Shingles of one ad, packed, for the exact Jaccard check. */
  static final class Shingle extends MinHashMap {
    Shingle(AdsIngestSettings.NearDup cfg) {
      super(cfg);
    }

    @Override
    Object result(MinHash minHash, long[] shingles) {
      return MinHash.pack(shingles);
    }
  }

  /**
   * Candidate pairs of one bucket: every pair in small buckets; in big ones (a template posted a
   * thousand times) each member with the bucket's smallest id, which keeps the component while
   * avoiding a quadratic blow-up.
   */
  static final class Pairs implements FlatMapFunction<Row, Row> {
    private final int maxAllPairs;

    Pairs(int maxAllPairs) {
      this.maxAllPairs = maxAllPairs;
    }

    @Override
    public Iterator<Row> call(Row r) {
      List<String> m = new ArrayList<>(r.<String>getList(0));
      Collections.sort(m);
      List<Row> out = new ArrayList<>();
      if (m.size() <= maxAllPairs) {
        for (int i = 0; i < m.size(); i++) {
          for (int j = i + 1; j < m.size(); j++) {
            out.add(RowFactory.create(m.get(i), m.get(j)));
          }
        }
      } else {
        for (int j = 1; j < m.size(); j++) {
          out.add(RowFactory.create(m.get(0), m.get(j)));
        }
      }
      return out.iterator();
    }
  }
}

package org.modus.ads.group;

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
  private static final StructType SIGNED = new StructType()
      .add("ad_id", DataTypes.StringType, false)
      .add("shingles", DataTypes.BinaryType, false)
      .add("bands", DataTypes.createArrayType(DataTypes.LongType, false), false);
  private static final StructType PAIR = new StructType()
      .add("src", DataTypes.StringType, false).add("dst", DataTypes.StringType, false);

  private NearDuplicates() {}

  /** Rows (ad_id, near_dup_cluster) for ads that have at least one near duplicate. */
  public static Dataset<Row> clusters(Dataset<Row> ads, AdsIngestSettings.NearDup cfg) {
    Dataset<Row> signed = ads.select(col("ad_id"), col("title"), col("text"))
        .map(new Sign(cfg), Encoders.row(SIGNED))
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> buckets = signed.select(col("ad_id"), explode(col("bands")).as("band_key"))
        .groupBy("band_key").agg(collect_list("ad_id").as("members"))
        .filter(size(col("members")).gt(1));
    Dataset<Row> candidates = buckets.select("members")
        .flatMap(new Pairs(cfg.maxBucketAllPairs()), Encoders.row(PAIR))
        .distinct();
    Dataset<Row> a = signed.select(col("ad_id").as("src"), col("shingles").as("sa"));
    Dataset<Row> b = signed.select(col("ad_id").as("dst"), col("shingles").as("sb"));
    Dataset<Row> verified = candidates.join(a, "src").join(b, "dst")
        .filter((org.apache.spark.api.java.function.FilterFunction<Row>) r ->
            MinHash.jaccard(MinHash.unpack(r.getAs("sa")), MinHash.unpack(r.getAs("sb")))
                >= cfg.threshold())
        .select("src", "dst");
    Dataset<Row> labels = ConnectedComponents.of(verified, cfg.maxIterations());
    signed.unpersist();
    return labels.select(col("node").as("ad_id"),
        concat(lit("nd-"), substring(sha2(col("label"), 256), 1, 16)).as("near_dup_cluster"));
  }

  /** Shingles and band keys of one ad (title and text together). */
  static final class Sign implements MapFunction<Row, Row> {
    private final AdsIngestSettings.NearDup cfg;
    private transient MinHash minHash;

    Sign(AdsIngestSettings.NearDup cfg) {
      this.cfg = cfg;
    }

    @Override
    public Row call(Row r) {
      if (minHash == null) {
        minHash = new MinHash(cfg.shingleWords(), cfg.bands(), cfg.rowsPerBand(), cfg.seed());
      }
      String title = r.getString(1);
      long[] sh = minHash.shingles((title == null ? "" : title + " \n ") + r.getString(2));
      long[] bands = sh.length == 0 ? new long[0] : minHash.bandKeys(minHash.signature(sh));
      return RowFactory.create(r.getString(0), MinHash.pack(sh), box(bands));
    }

    private static scala.collection.immutable.Seq<Object> box(long[] a) {
      List<Object> l = new ArrayList<>(a.length);
      for (long v : a) {
        l.add(v);
      }
      return scala.jdk.javaapi.CollectionConverters.asScala(l).toList();
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

package org.modus.ads.group;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.modus.ads.settings.AdsIngestSettings;

/**
 * Near-duplicate groups (same template, small edits) with MinHash-LSH: word shingles, seeded
 * MinHash signatures, band keys, candidate pairs per band bucket, exact Jaccard verification
 * against the threshold, then connected components. Deterministic: seeded hashes and min-id labels.
 */
public final class NearDuplicates {
  private static final StructType SIGNED =
      new StructType()
          .add("ad_id", DataTypes.StringType, false)
          .add("shingles", DataTypes.BinaryType, false)
          .add("bands", DataTypes.createArrayType(DataTypes.LongType, false), false);
  private static final StructType PAIR =
      new StructType()
          .add("src", DataTypes.StringType, false)
          .add("dst", DataTypes.StringType, false);

  private NearDuplicates() {}

  /** Rows (ad_id, near_dup_cluster) for ads that have at least one near duplicate. */
  public static Dataset<Row> clusters(Dataset<Row> ads, AdsIngestSettings.NearDup cfg) {
    Dataset<Row> signed =
        ads.select(col("ad_id"), col("title"), col("text"))
            .map(new Sign(cfg), Encoders.row(SIGNED))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> candidates =
        candidatePairs(signed, cfg.maxBucketAllPairs()).persist(StorageLevel.MEMORY_AND_DISK());
    // Only ads in some candidate pair are verified: their shingles, not the whole corpus's, move.
    Dataset<Row> ids =
        candidates
            .select(col("src").as("ad_id"))
            .union(candidates.select(col("dst").as("ad_id")))
            .distinct();
    // The ids are a few bytes each, the shingles a kilobyte: ship the ids, not the corpus (at 1M
    // benchmark ads, 655,356 ids against 909 MB of shingles).
    Dataset<Row> members =
        signed
            .select("ad_id", "shingles")
            .join(broadcast(ids), "ad_id", "left_semi")
            .persist(StorageLevel.MEMORY_AND_DISK());
    long shingleBytes =
        members.agg(coalesce(sum(octet_length(col("shingles"))), lit(0L))).first().getLong(0);
    signed.unpersist();
    Broadcast<Map<String, long[]>> shared = null;
    Dataset<Row> verified;
    if (shingleBytes <= cfg.driverVerifyMaxBytes()) {
      shared =
          JavaSparkContext.fromSparkContext(ads.sparkSession().sparkContext())
              .broadcast(shingles(members));
      verified = candidates.filter(new SimilarEnough(shared, cfg.threshold()));
    } else {
      verified = verifiedByJoins(candidates, members, cfg.threshold());
    }
    Dataset<Row> labels = ConnectedComponents.of(verified, cfg.maxIterations());
    if (shared != null) {
      shared.destroy();
    }
    members.unpersist();
    candidates.unpersist();
    return labels.select(
        col("node").as("ad_id"),
        concat(lit("nd-"), substring(sha2(col("label"), 256), 1, 16)).as("near_dup_cluster"));
  }

  /**
   * Distinct candidate pairs (src < dst) of ads sharing a band key. Band keys are partitioned and
   * sorted, and each run of equal keys (a bucket) read once: most of the tens of millions of keys
   * are alone in their bucket, and grouping them into lists would cost far more than this scan.
   */
  static Dataset<Row> candidatePairs(Dataset<Row> signed, int maxAllPairs) {
    SparkSession spark = signed.sparkSession();
    // A fixed count: left to adaptive execution, the partitions are coalesced into a few large
    // sorts that spill.
    int partitions =
        Math.max(
            spark.sessionState().conf().numShufflePartitions(),
            spark.sparkContext().defaultParallelism());
    return signed
        .select(explode(col("bands")).as("band_key"), col("ad_id"))
        .repartition(partitions, col("band_key"))
        .sortWithinPartitions("band_key", "ad_id")
        .mapPartitions(new BucketPairs(maxAllPairs), Encoders.row(PAIR))
        .distinct();
  }

  private static Map<String, long[]> shingles(Dataset<Row> members) {
    Map<String, long[]> out = new HashMap<>();
    for (Iterator<Row> it = members.toLocalIterator(); it.hasNext(); ) {
      Row r = it.next();
      out.put(r.getString(0), MinHash.unpack(r.getAs(1)));
    }
    return out;
  }

  /** Verification when the candidates' shingles are too many to share with every task. */
  static Dataset<Row> verifiedByJoins(
      Dataset<Row> candidates, Dataset<Row> members, double threshold) {
    Dataset<Row> a = members.select(col("ad_id").as("src"), col("shingles").as("sa"));
    Dataset<Row> b = members.select(col("ad_id").as("dst"), col("shingles").as("sb"));
    return candidates
        .join(a, "src")
        .join(b, "dst")
        .filter(
            (FilterFunction<Row>)
                r ->
                    MinHash.jaccard(MinHash.unpack(r.getAs("sa")), MinHash.unpack(r.getAs("sb")))
                        >= threshold)
        .select("src", "dst");
  }

  /** Keeps a candidate pair whose shingle sets (shared with every task) are similar enough. */
  static final class SimilarEnough implements FilterFunction<Row> {
    private final Broadcast<Map<String, long[]>> shingles;
    private final double threshold;

    SimilarEnough(Broadcast<Map<String, long[]>> shingles, double threshold) {
      this.shingles = shingles;
      this.threshold = threshold;
    }

    @Override
    public boolean call(Row r) {
      Map<String, long[]> s = shingles.value();
      return MinHash.jaccard(s.get(r.getString(0)), s.get(r.getString(1))) >= threshold;
    }
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
   * Candidate pairs of the buckets of a partition sorted by (band_key, ad_id): every pair in small
   * buckets; in big ones (a template posted a thousand times) each member with the bucket's
   * smallest id, which keeps the component while avoiding a quadratic blow-up.
   */
  static final class BucketPairs implements MapPartitionsFunction<Row, Row> {
    private final int maxAllPairs;

    BucketPairs(int maxAllPairs) {
      this.maxAllPairs = maxAllPairs;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> sorted) {
      return new Iterator<>() {
        private Row pending = sorted.hasNext() ? sorted.next() : null;
        private Iterator<Row> current = List.<Row>of().iterator();

        @Override
        public boolean hasNext() {
          while (!current.hasNext() && pending != null) {
            current = pairs(nextBucket()).iterator();
          }
          return current.hasNext();
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return current.next();
        }

        private List<String> nextBucket() {
          long key = pending.getLong(0);
          List<String> members = new ArrayList<>();
          while (pending != null && pending.getLong(0) == key) {
            String id = pending.getString(1);
            if (members.isEmpty() || !members.get(members.size() - 1).equals(id)) {
              members.add(id);
            }
            pending = sorted.hasNext() ? sorted.next() : null;
          }
          return members;
        }
      };
    }

    List<Row> pairs(List<String> m) {
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
      return out;
    }
  }
}

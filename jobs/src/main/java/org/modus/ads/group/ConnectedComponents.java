package org.modus.ads.group;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.modus.engine.ModusException;

/**
 * Connected components of an undirected graph given as edges (src, dst) of string node ids, by
 * min-label propagation: every node ends labelled with the smallest node id of its component, which
 * depends only on the graph, never on partitioning. Each round is checkpointed locally to keep the
 * plan small.
 */
public final class ConnectedComponents {
  private ConnectedComponents() {}

  /** Rows (node, label) for every node that appears in an edge. */
  public static Dataset<Row> of(Dataset<Row> edges, int maxIterations) {
    Dataset<Row> both = edges.select(col("src"), col("dst"))
        .union(edges.select(col("dst").as("src"), col("src").as("dst")))
        .filter(col("src").notEqual(col("dst")))
        .distinct()
        .localCheckpoint();
    Dataset<Row> labels = both.select(col("src").as("node")).distinct()
        .withColumn("label", col("node")).localCheckpoint();
    for (int i = 0; i < maxIterations; i++) {
      Dataset<Row> offered = both.join(labels.withColumnRenamed("node", "dst"), "dst")
          .groupBy(col("src").as("node")).agg(min("label").as("offer"));
      Dataset<Row> next = labels.join(offered, "node")
          .select(col("node"), least(col("label"), col("offer")).as("label"), col("label").as("old"))
          .localCheckpoint();
      long changed = next.filter(col("label").notEqual(col("old"))).count();
      labels = next.drop("old");
      if (changed == 0) {
        return labels;
      }
    }
    throw new ModusException("Grouping did not converge in " + maxIterations
        + " rounds; raise near_dup.max_iterations in data-schemas/config/ads-ingest.json");
  }
}

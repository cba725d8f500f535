package org.modus.ads.group;

import static org.apache.spark.sql.functions.approx_count_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.modus.engine.ModusException;

/**
 * Connected components of an undirected graph given as edges (src, dst) of string node ids, by
 * union-find for graphs whose nodes fit the driver, else by min-label propagation: every node ends
 * labelled with the smallest node id of its component, which depends only on the graph, never on
 * partitioning. Each round is checkpointed locally to keep the plan small.
 */
public final class ConnectedComponents {
  private ConnectedComponents() {}

  /**
   * Up to about this many nodes the components are computed with union-find on the driver: edges
   * stream past one partition at a time and only the nodes are held (~150 bytes each), one pass
   * instead of a dozen distributed rounds. Beyond, by label propagation on the cluster.
   */
  static final long LOCAL_NODE_LIMIT = 2_000_000;

  /** Rows (node, label) for every node that appears in an edge. */
  public static Dataset<Row> of(Dataset<Row> edges, int maxIterations) {
    Dataset<Row> pairs = edges.select(col("src"), col("dst")).localCheckpoint();
    // An estimate (a few percent off) is enough to choose where to compute.
    Row nodes = pairs.agg(approx_count_distinct("src"), approx_count_distinct("dst")).first();
    if (nodes.getLong(0) + nodes.getLong(1) <= LOCAL_NODE_LIMIT) {
      return local(pairs);
    }
    return distributed(pairs, maxIterations);
  }

  static Dataset<Row> local(Dataset<Row> edges) {
    Map<String, String> parent = new HashMap<>();
    for (Iterator<Row> it = edges.toLocalIterator(); it.hasNext(); ) {
      Row r = it.next();
      String a = find(parent, r.getString(0));
      String b = find(parent, r.getString(1));
      if (!a.equals(b)) {
        // the smaller id becomes the root, so the root is the component's minimum id
        if (a.compareTo(b) < 0) {
          parent.put(b, a);
        } else {
          parent.put(a, b);
        }
      }
    }
    List<Row> rows = new ArrayList<>(parent.size());
    for (String node : parent.keySet()) {
      rows.add(RowFactory.create(node, find(parent, node)));
    }
    StructType schema =
        new StructType()
            .add("node", DataTypes.StringType, false)
            .add("label", DataTypes.StringType, false);
    return edges.sparkSession().createDataFrame(rows, schema);
  }

  private static String find(Map<String, String> parent, String x) {
    String root = x;
    String p;
    while ((p = parent.get(root)) != null && !p.equals(root)) {
      root = p;
    }
    parent.putIfAbsent(x, x);
    String cur = x;
    while (!cur.equals(root)) {
      String next = parent.get(cur);
      parent.put(cur, root);
      cur = next;
    }
    if (!parent.containsKey(root)) {
      parent.put(root, root);
    }
    return root;
  }

  static Dataset<Row> distributed(Dataset<Row> edges, int maxIterations) {
    Dataset<Row> both =
        edges
            .select(col("src"), col("dst"))
            .union(edges.select(col("dst").as("src"), col("src").as("dst")))
            // self-loops stay: they keep a node whose only edge is one (harmless to the minimum)
            .distinct()
            .localCheckpoint();
    Dataset<Row> labels =
        both.select(col("src").as("node"))
            .distinct()
            .withColumn("label", col("node"))
            .localCheckpoint();
    for (int i = 0; i < maxIterations; i++) {
      Dataset<Row> offered =
          both.join(labels.withColumnRenamed("node", "dst"), "dst")
              .groupBy(col("src").as("node"))
              .agg(min("label").as("offer"));
      Dataset<Row> next =
          labels
              .join(offered, "node")
              .select(
                  col("node"),
                  least(col("label"), col("offer")).as("label"),
                  col("label").as("old"))
              .localCheckpoint();
      long changed = next.filter(col("label").notEqual(col("old"))).count();
      labels = next.drop("old");
      if (changed == 0) {
        return labels;
      }
    }
    throw new ModusException(
        "Grouping did not converge in "
            + maxIterations
            + " rounds; raise near_dup.max_iterations in data-schemas/config/ads-ingest.json");
  }
}

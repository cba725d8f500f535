package org.modus.ads.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.modus.testing.SparkTestSession;

/** Both ways of computing components label every node with the smallest id of its component. */
class ConnectedComponentsIT {
  private final SparkSession spark = SparkTestSession.get();

  @Test
  void aChainIsOneComponentLabelledByItsSmallestNode() {
    List<Row> chain = new ArrayList<>();
    for (int i = 30; i > 10; i--) {
      chain.add(RowFactory.create("n" + i, "n" + (i - 1)));
    }
    chain.add(RowFactory.create("x1", "x2"));
    Map<String, String> local = labels(ConnectedComponents.local(edges(chain)));
    assertEquals(23, local.size());
    for (int i = 10; i <= 30; i++) {
      assertEquals("n10", local.get("n" + i));
    }
    assertEquals("x1", local.get("x2"));
    assertEquals(local, labels(ConnectedComponents.distributed(edges(chain), 40)));
  }

  @Test
  void unionFindAndLabelPropagationAgreeOnARandomGraph() {
    Random random = new Random(7);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      rows.add(RowFactory.create("v" + random.nextInt(500), "v" + random.nextInt(500)));
    }
    rows.add(RowFactory.create("v900", "v900"));
    Dataset<Row> edges = edges(rows);
    Map<String, String> local = labels(ConnectedComponents.local(edges));
    assertEquals(
        "v900", local.get("v900"), "a node whose only edge is a loop is its own component");
    assertEquals(local, labels(ConnectedComponents.distributed(edges, 40)));
    assertEquals(local, labels(ConnectedComponents.of(edges, 40)));
  }

  private Dataset<Row> edges(List<Row> rows) {
    StructType schema =
        new StructType()
            .add("src", DataTypes.StringType, false)
            .add("dst", DataTypes.StringType, false);
    return spark.createDataFrame(rows, schema).repartition(3);
  }

  private static Map<String, String> labels(Dataset<Row> labels) {
    Map<String, String> out = new TreeMap<>();
    labels.collectAsList().forEach(r -> out.put(r.getString(0), r.getString(1)));
    return out;
  }
}

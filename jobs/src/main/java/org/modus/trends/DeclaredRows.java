package org.modus.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.modus.engine.DeclaredSchemas;

/** Turns rows given as column-name maps into a DataFrame with a declared table's schema. */
final class DeclaredRows {
  private DeclaredRows() {}

  static Dataset<Row> of(SparkSession spark, String table, List<Map<String, Object>> rows) {
    StructType schema = DeclaredSchemas.of(table);
    List<Row> out = new ArrayList<>(rows.size());
    for (Map<String, Object> r : rows) {
      if (r.size() != schema.size() || !r.keySet().containsAll(List.of(schema.fieldNames()))) {
        throw new IllegalStateException(
            "Row for "
                + table
                + " has columns "
                + r.keySet()
                + " but data-schemas/tables/"
                + table
                + ".json declares "
                + List.of(schema.fieldNames()));
      }
      Object[] values = new Object[schema.size()];
      int i = 0;
      for (StructField f : schema.fields()) {
        values[i++] = r.get(f.name());
      }
      out.add(RowFactory.create(values));
    }
    return spark.createDataFrame(out, schema);
  }
}

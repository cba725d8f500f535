package org.modus.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.modus.reports.model.TableData;

/** Collects a (small, aggregated) query result to the driver as plain Java values for rendering. */
final class ResultTables {
  private ResultTables() {}

  static TableData collect(Dataset<Row> result) {
    List<String> columns = List.of(result.columns());
    List<List<Object>> rows = new ArrayList<>();
    for (Row r : result.collectAsList()) {
      List<Object> row = new ArrayList<>(columns.size());
      for (int i = 0; i < columns.size(); i++) {
        row.add(plain(r.get(i)));
      }
      rows.add(row);
    }
    return new TableData(columns, rows);
  }

  /** Dates become ISO text, decimals doubles; strings, numbers and booleans pass as they are. */
  static Object plain(Object v) {
    if (v instanceof java.sql.Date
        || v instanceof java.time.LocalDate
        || v instanceof java.sql.Timestamp
        || v instanceof java.time.Instant) {
      return v.toString();
    }
    if (v instanceof BigDecimal d) {
      return d.doubleValue();
    }
    return v;
  }
}

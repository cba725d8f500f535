package org.modus.reports.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A query result as the report shows it and writes it to CSV: named columns and rows of plain Java
 * values (String, Long, Integer, Double, Boolean, null).
 */
public record TableData(List<String> columns, List<List<Object>> rows) {
  public TableData {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "Row has " + row.size() + " cells, expected " + columns.size());
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = List.copyOf(copy);
  }

  public static TableData empty(List<String> columns) {
    return new TableData(columns, List.of());
  }

  public int indexOf(String column) {
    return columns.indexOf(column);
  }

  public boolean hasColumn(String column) {
    return columns.contains(column);
  }

  public Object value(List<Object> row, String column) {
    int i = indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("No column '" + column + "' in " + columns);
    }
    return row.get(i);
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}

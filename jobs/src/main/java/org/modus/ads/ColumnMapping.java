package org.modus.ads;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modus.engine.ModusException;

/**
 * Canonical ad field to source column. A canonical field not mapped is read from a column of the same
 * name when there is one; every other column is kept as an attribute.
 */
public record ColumnMapping(Map<String, String> fieldToColumn) implements Serializable {
  public static final List<String> FIELDS =
      List.of("ad_id", "text", "title", "posted_at", "country", "city", "site", "category");

  public ColumnMapping {
    for (String f : fieldToColumn.keySet()) {
      if (!FIELDS.contains(f)) {
        throw new ModusException("Unknown field '" + f + "' in the ad column mapping; canonical fields are "
            + FIELDS + " (write --map FIELD=COLUMN, e.g. --map text=description)");
      }
    }
    fieldToColumn = Map.copyOf(fieldToColumn);
  }

  /** The column holding {@code field} among {@code columns}, or null. */
  public String columnOf(String field, Set<String> columns) {
    String mapped = fieldToColumn.get(field);
    if (mapped != null) {
      return columns.contains(mapped) ? mapped : null;
    }
    return columns.contains(field) ? field : null;
  }

  /** The canonical values of a record (absent fields omitted). */
  public Map<String, String> canonical(Map<String, String> record) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String f : FIELDS) {
      String c = columnOf(f, record.keySet());
      if (c != null && record.get(c) != null) {
        out.put(f, record.get(c));
      }
    }
    return out;
  }

  /** The record's columns that no canonical field uses. */
  public Map<String, String> attributes(Map<String, String> record) {
    Set<String> used = new java.util.HashSet<>();
    for (String f : FIELDS) {
      String c = columnOf(f, record.keySet());
      if (c != null) {
        used.add(c);
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    record.forEach((k, v) -> {
      if (!used.contains(k) && v != null && !v.isBlank()) {
        out.put(k, v);
      }
    });
    return out;
  }

  /** Columns the mapping names that a header lacks: a configuration error worth stopping for. */
  public List<String> missingFrom(List<String> header) {
    return fieldToColumn.values().stream().filter(c -> !header.contains(c)).distinct().toList();
  }
}

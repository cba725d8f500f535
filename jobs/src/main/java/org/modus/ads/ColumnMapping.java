package org.modus.ads;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modus.engine.ModusException;

/**
 * Canonical ad field to source column. A canonical field not mapped is read from a column of the
 * same name when there is one; every other column is kept as an attribute.
 *
 * <p>The ad text may come from several columns, written {@code
 * text=title+company_profile+description}: published job-ad corpora spread an ad's words over
 * several fields and leave many of them empty. The columns' values are joined in the order given,
 * with a paragraph break, blanks skipped; a record lacks text only when all of them are blank. A
 * column whose own name contains {@code +} is still found: the whole mapped name is tried as one
 * column first.
 */
public record ColumnMapping(Map<String, String> fieldToColumn) implements Serializable {
  /**
   * Structured fields that job boards publish beside the text; optional, kept in {@code
   * ads.metadata} and usable as signals by the scores (data-schemas/config/metadata-signals.csv).
   */
  public static final List<String> METADATA_FIELDS =
      List.of("salary", "remote", "company_logo", "required_experience", "employment_type");

  /** Of the metadata fields, those holding a yes/no flag, stored as "true" or "false". */
  public static final List<String> FLAG_FIELDS = List.of("remote", "company_logo");

  public static final List<String> FIELDS =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(
                  "ad_id", "text", "title", "posted_at", "country", "city", "site", "category"),
              METADATA_FIELDS.stream())
          .toList();

  /** The only field that may be mapped to several columns. */
  public static final String TEXT = "text";

  /**
   * What stands between two text columns' values: a paragraph break, so sentences do not run
   * together.
   */
  public static final String PART_BREAK = "\n\n";

  public ColumnMapping {
    for (Map.Entry<String, String> e : fieldToColumn.entrySet()) {
      if (!FIELDS.contains(e.getKey())) {
        throw new ModusException(
            "Unknown field '"
                + e.getKey()
                + "' in the ad column mapping; canonical fields are "
                + FIELDS
                + " (write --map FIELD=COLUMN, e.g. --map text=description, or "
                + "--map text=title+description for text spread over several columns)");
      }
      if (e.getValue() == null || e.getValue().isBlank()) {
        throw new ModusException("The ad column mapping gives no column for '" + e.getKey() + "'");
      }
    }
    fieldToColumn = Map.copyOf(fieldToColumn);
  }

  private static List<String> parts(String mapped) {
    List<String> out = new ArrayList<>();
    for (String p : mapped.split("\\+", -1)) {
      out.add(p.strip());
    }
    return out;
  }

  /** The columns {@code field} is read from, as mapped (several for a multi-column text). */
  private List<String> mappedColumns(String field, Set<String> columns) {
    String mapped = fieldToColumn.get(field);
    if (mapped == null) {
      return List.of(field);
    }
    if (!field.equals(TEXT) || columns.contains(mapped)) {
      return List.of(mapped);
    }
    return parts(mapped);
  }

  /** The columns holding {@code field} among {@code columns}, in mapping order; empty when none. */
  public List<String> columnsOf(String field, Set<String> columns) {
    return mappedColumns(field, columns).stream().filter(columns::contains).toList();
  }

  /** The column holding a single-column {@code field} among {@code columns}, or null. */
  public String columnOf(String field, Set<String> columns) {
    List<String> found = columnsOf(field, columns);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The non-blank values of {@code field}'s columns in {@code record}, in mapping order. */
  public List<String> values(String field, Map<String, String> record) {
    List<String> out = new ArrayList<>();
    for (String c : columnsOf(field, record.keySet())) {
      String v = record.get(c);
      if (v != null && !v.isBlank()) {
        out.add(v);
      }
    }
    return out;
  }

  /** The canonical values of a record (absent fields omitted); a multi-column text is joined. */
  public Map<String, String> canonical(Map<String, String> record) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String f : FIELDS) {
      List<String> v = values(f, record);
      if (!v.isEmpty()) {
        out.put(f, String.join(PART_BREAK, v));
      }
    }
    return out;
  }

  /** The record's columns that no canonical field uses. */
  public Map<String, String> attributes(Map<String, String> record) {
    Set<String> used = new HashSet<>();
    for (String f : FIELDS) {
      used.addAll(columnsOf(f, record.keySet()));
    }
    Map<String, String> out = new LinkedHashMap<>();
    record.forEach(
        (k, v) -> {
          if (!used.contains(k) && v != null && !v.isBlank()) {
            out.put(k, v);
          }
        });
    return out;
  }

  /** Columns the mapping names that a header lacks: a configuration error worth stopping for. */
  public List<String> missingFrom(List<String> header) {
    Set<String> columns = Set.copyOf(header);
    List<String> missing = new ArrayList<>();
    for (String f : fieldToColumn.keySet()) {
      for (String c : mappedColumns(f, columns)) {
        String shown = c.isEmpty() ? "(an empty name between two '+')" : c;
        if (!columns.contains(c) && !missing.contains(shown)) {
          missing.add(shown);
        }
      }
    }
    return missing;
  }

  /** How the text field reads in messages: "description" or "title+description". */
  public String describeText() {
    return fieldToColumn.getOrDefault(TEXT, TEXT);
  }
}

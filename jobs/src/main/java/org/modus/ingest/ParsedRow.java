package org.modus.ingest;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.modus.disclosure.TextRedactor;

/**
 * One row an ingest parser emits for a declared table (by column name), a quarantine row, or a note
 * (table {@link #NOTE}) that the stage aggregates into warnings.
 */
public record ParsedRow(String table, Map<String, Object> values) implements Serializable {
  public static final String NOTE = "_note";
  public static final String QUARANTINE = "quarantine";

  public static ParsedRow quarantine(
      String source, String reason, String location, String detail, String record) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("source", source);
    v.put("reason", reason);
    v.put("location", location);
    v.put("detail", detail);
    v.put("record", record == null ? null : TextRedactor.mask(truncate(record)));
    return new ParsedRow(QUARANTINE, v);
  }

  /** A note: {@code code} counted per value, e.g. unmapped_value / "MethodsOfControl=Other". */
  public static ParsedRow note(String code, String detail) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("code", code);
    v.put("detail", detail);
    return new ParsedRow(NOTE, v);
  }

  private static String truncate(String s) {
    return s.length() <= 500 ? s : s.substring(0, 500) + "…";
  }
}

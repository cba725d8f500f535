package org.modus.ads.read;

import java.util.Map;
import org.modus.engine.ValueTypes;

/**
 * One record as read from an input file, before any interpretation: its columns, where it came
 * from, and, when it could not even be split into columns, the reason and the raw text (for
 * quarantine). {@code types} names the {@link ValueTypes type} of each column that a typed format
 * (JSON Lines, Parquet) gave as something other than text; CSV records have none.
 */
public record RawRecord(
    long ordinal,
    String location,
    Map<String, String> fields,
    String error,
    String detail,
    String raw,
    Map<String, String> types) {

  public RawRecord {
    types = types == null ? Map.of() : types;
  }

  public static RawRecord ok(
      long ordinal, String location, Map<String, String> fields, String raw) {
    return ok(ordinal, location, fields, Map.of(), raw);
  }

  public static RawRecord ok(
      long ordinal,
      String location,
      Map<String, String> fields,
      Map<String, String> types,
      String raw) {
    return new RawRecord(ordinal, location, fields, null, null, raw, types);
  }

  public static RawRecord bad(
      long ordinal, String location, String error, String detail, String raw) {
    return new RawRecord(ordinal, location, Map.of(), error, detail, raw, Map.of());
  }
}

package org.modus.ads.read;

import java.util.Map;

/**
 * One record as read from an input file, before any interpretation: its columns, where it came from,
 * and, when it could not even be split into columns, the reason and the raw text (for quarantine).
 */
public record RawRecord(
    long ordinal, String location, Map<String, String> fields, String error, String detail, String raw) {

  public static RawRecord ok(long ordinal, String location, Map<String, String> fields, String raw) {
    return new RawRecord(ordinal, location, fields, null, null, raw);
  }

  public static RawRecord bad(long ordinal, String location, String error, String detail, String raw) {
    return new RawRecord(ordinal, location, Map.of(), error, detail, raw);
  }
}

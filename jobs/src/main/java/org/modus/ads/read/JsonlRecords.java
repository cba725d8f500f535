package org.modus.ads.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads JSON Lines: one JSON object per line. A line that is not a JSON object is a malformed record
 * with its line number; blank lines are not records. Scalars become their text, nested values their
 * JSON, nulls are absent.
 */
public final class JsonlRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonlRecords() {}

  public static void read(BufferedReader in, String file, int maxChars, Consumer<RawRecord> sink) {
    long line = 0;
    long ordinal = 0;
    try {
      String s;
      while ((s = in.readLine()) != null) {
        line++;
        if (line == 1 && s.startsWith("\uFEFF")) {
          s = s.substring(1);
        }
        if (s.isBlank()) {
          continue;
        }
        String location = file + ":line " + line;
        long n = ordinal++;
        if (s.length() > maxChars) {
          sink.accept(RawRecord.bad(n, location, CsvRecords.OVERSIZED,
              "record longer than " + maxChars + " characters", s.substring(0, maxChars)));
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(s);
        } catch (JsonProcessingException e) {
          sink.accept(RawRecord.bad(n, location, CsvRecords.MALFORMED,
              "not valid JSON (column " + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + ")", s));
          continue;
        }
        if (node == null || !node.isObject()) {
          sink.accept(RawRecord.bad(n, location, CsvRecords.MALFORMED, "line is not a JSON object", s));
          continue;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          JsonNode v = e.getValue();
          if (v.isNull() || v.isMissingNode()) {
            continue;
          }
          fields.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
        }
        sink.accept(RawRecord.ok(n, location, fields, s));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

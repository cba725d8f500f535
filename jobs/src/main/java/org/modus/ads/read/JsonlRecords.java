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
import org.modus.engine.ValueTypes;

/**
 * Reads JSON Lines: one JSON object per line. A line that is not a JSON object is a malformed
 * record with its line number; blank lines are not records. Every value is carried as text (a
 * number as {@link ValueTypes#numberText its decimal}, a boolean as true/false, an object or array
 * as its JSON) and the record's {@code types} say which values were not JSON strings, so that the
 * processor can refuse an object where one value belongs instead of reading its JSON as text. Nulls
 * are absent.
 */
public final class JsonlRecords {
  // Two values for one key would keep the last and drop the first without a trace: refused instead.
  private static final ObjectMapper JSON =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          // A double cannot hold every id: 1234567890123456789.0 would come back as ...800.
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          // ... and a nested 100.0 kept in attributes must not come back as 1E+2.
          .disable(
              com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private JsonlRecords() {}

  public static void read(BufferedReader in, String file, int maxChars, Consumer<RawRecord> sink) {
    new Records(in, file, maxChars).forEachRemaining(sink);
  }

  /** A value as text: a number as its decimal, a string as itself, anything else as its JSON. */
  static String text(JsonNode v) {
    if (v.isNumber()) {
      return ValueTypes.numberText(v.decimalValue().toString());
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  /** The records of a JSON Lines stream, pulled one at a time. */
  public static final class Records extends LookaheadRecords {
    private final BufferedReader in;
    private final String file;
    private final int maxChars;
    private long line;
    private long ordinal;

    public Records(BufferedReader in, String file, int maxChars) {
      this.in = in;
      this.file = file;
      this.maxChars = maxChars;
    }

    @Override
    protected RawRecord advance() {
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
          return parse(ordinal++, file + ":line " + line, s);
        }
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private RawRecord parse(long n, String location, String s) {
      if (s.length() > maxChars) {
        return RawRecord.bad(
            n,
            location,
            CsvRecords.OVERSIZED,
            "record longer than " + maxChars + " characters",
            s.substring(0, maxChars));
      }
      JsonNode node;
      try {
        node = JSON.readTree(s);
      } catch (JsonProcessingException e) {
        String problem =
            e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                ? "two values for one key (" + e.getOriginalMessage() + ")"
                : "not valid JSON";
        return RawRecord.bad(
            n,
            location,
            CsvRecords.MALFORMED,
            problem
                + " (column "
                + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr())
                + ")",
            s);
      }
      if (node == null || !node.isObject()) {
        return RawRecord.bad(n, location, CsvRecords.MALFORMED, "line is not a JSON object", s);
      }
      Map<String, String> fields = new LinkedHashMap<>();
      Map<String, String> types = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode v = e.getValue();
        if (v.isNull() || v.isMissingNode()) {
          continue;
        }
        fields.put(e.getKey(), text(v));
        String type = ValueTypes.of(v);
        if (type != null) {
          types.put(e.getKey(), type);
        }
      }
      return RawRecord.ok(n, location, fields, types, s);
    }
  }
}

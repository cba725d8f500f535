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
  // Two values for one key would keep the last and drop the first without a trace: refused instead.
  private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private JsonlRecords() {}

  public static void read(BufferedReader in, String file, int maxChars, Consumer<RawRecord> sink) {
    new Records(in, file, maxChars).forEachRemaining(sink);
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
        return RawRecord.bad(n, location, CsvRecords.OVERSIZED,
            "record longer than " + maxChars + " characters", s.substring(0, maxChars));
      }
      JsonNode node;
      try {
        node = JSON.readTree(s);
      } catch (JsonProcessingException e) {
        String problem = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
            ? "two values for one key (" + e.getOriginalMessage() + ")" : "not valid JSON";
        return RawRecord.bad(n, location, CsvRecords.MALFORMED,
            problem + " (column " + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + ")", s);
      }
      if (node == null || !node.isObject()) {
        return RawRecord.bad(n, location, CsvRecords.MALFORMED, "line is not a JSON object", s);
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
      return RawRecord.ok(n, location, fields, s);
    }
  }
}

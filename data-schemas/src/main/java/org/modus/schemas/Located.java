package org.modus.schemas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON (or YAML) object with the line each key was written on, so that an error about a key names
 * the file and the line. Jackson's tree model forgets token locations, so the object is read here
 * token by token. Keys are addressed by dotted paths ({@code near_dup.threshold}).
 *
 * @param source what the object was read from, as error messages name it ({@code
 *     modus/config/trends.json})
 * @param root the object
 * @param lines line (1-based) of each key, by dotted path, and of the object's start under "";
 *     empty when the object was not read from text
 */
public record Located(String source, ObjectNode root, Map<String, Integer> lines) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public Located {
    root = root == null ? JsonNodeFactory.instance.objectNode() : root;
    lines = Map.copyOf(lines);
  }

  /** An object with no line information (e.g. recorded in a manifest). */
  public static Located unlocated(String source, ObjectNode root) {
    return new Located(source, root, Map.of());
  }

  /** The object as JSON: what a manifest records. */
  @JsonValue
  public ObjectNode json() {
    return root;
  }

  /** An object read back from JSON (a manifest), without lines. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Located fromJson(ObjectNode root) {
    return unlocated("the run config", root);
  }

  /** Whether the object has no key. */
  public boolean isEmpty() {
    return root.isEmpty();
  }

  /** Reads the object the parser is at (or about to start); the parser may be JSON or YAML. */
  public static Located read(String source, JsonParser p) throws IOException {
    JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw new SettingsException(
          source
              + (t == null
                  ? " is empty"
                  : " line " + line(p) + ": expected an object of keys and values"));
    }
    Map<String, Integer> lines = new HashMap<>();
    lines.put("", line(p));
    ObjectNode root = readObject(p, "", lines);
    return new Located(source, root, lines);
  }

  private static ObjectNode readObject(JsonParser p, String prefix, Map<String, Integer> lines)
      throws IOException {
    ObjectNode obj = JsonNodeFactory.instance.objectNode();
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String key = p.currentName();
      lines.putIfAbsent(prefix + key, line(p));
      JsonToken value = p.nextToken();
      obj.set(
          key,
          value == JsonToken.START_OBJECT
              ? readObject(p, prefix + key + ".", lines)
              : MAPPER.readTree(p));
    }
    return obj;
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  /** "source line N" for the key at {@code path}, or just the source when its line is unknown. */
  public String where(String path) {
    Integer n = lines.get(path);
    return n == null || n < 1 ? source : source + " line " + n;
  }

  /**
   * The object under {@code path} (an empty one when absent), its keys' lines relative to it. Its
   * source names the path ({@code config.yaml, settings.trends}) so that messages about its keys
   * say where they are.
   */
  public Located sub(String path) {
    JsonNode n = root;
    for (String k : path.split("\\.")) {
      n = n.path(k);
    }
    Map<String, Integer> inner = new HashMap<>();
    if (lines.containsKey(path)) {
      inner.put("", lines.get(path));
    }
    lines.forEach(
        (k, v) -> {
          if (k.startsWith(path + ".")) {
            inner.put(k.substring(path.length() + 1), v);
          }
        });
    return new Located(source, n.isObject() ? (ObjectNode) n : null, inner);
  }
}

package org.modus.schemas;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one loader of the settings files of {@code data-schemas/config/} ({@code <name>.json}, one
 * per stage), and of their overrides from a run config ({@code settings: {<name>: {key: value}}}).
 *
 * <p>The rules, the same for every file:
 *
 * <ul>
 *   <li>Keys starting with {@code _} are comments. Any other key must be one the stage reads, and
 *       every key it reads must be there: the file is the one place its default is written. An
 *       unknown or a missing key is an error naming the file and the line.
 *   <li>A key may sit in a group ({@code near_dup: {threshold: 0.6}}), addressed as {@code
 *       near_dup.threshold}.
 *   <li>The run config overrides any key, in a group or not, under {@code settings.<name>}; an
 *       unknown key there is an error naming the config file and line. A value must have the kind
 *       of the default: a number (written with or without quotes; a whole number where the default
 *       is one), text, true or false, a list (also as one comma-separated text), or an object,
 *       which replaces the default whole.
 * </ul>
 *
 * A stage declares the keys it reads as dotted paths ({@link #keysOf} derives them from a record).
 */
public final class Settings {
  public static final String DIR = "config/";

  /** Every settings file, by the name a run config's {@code settings:} block uses for it. */
  public static final List<String> NAMES =
      List.of(
          "ads-ingest", "compare", "evaluate-scores", "report", "source-discrepancies", "trends");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper BINDER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final String name;
  private final Set<String> keys;
  private final ObjectNode values;

  /** Settings files merged into another; a run config still naming one is told where it went. */
  private static final Map<String, String> MOVED = Map.of("misclassification", "trends.correction");

  /** Where each key of the shipped file is written ("modus/config/trends.json line 5"), by path. */
  private final Map<String, String> shippedAt;

  /** Where each overridden key was set, by path. */
  private final Map<String, String> overriddenAt;

  private Settings(
      String name,
      Set<String> keys,
      ObjectNode values,
      Map<String, String> shippedAt,
      Map<String, String> overriddenAt) {
    this.name = name;
    this.keys = Set.copyOf(keys);
    this.values = values;
    this.shippedAt = Map.copyOf(shippedAt);
    this.overriddenAt = Map.copyOf(overriddenAt);
  }

  /** The classpath resource of settings file {@code name}: {@code config/<name>.json}. */
  public static String resource(String name) {
    return DIR + name + ".json";
  }

  /** The shipped file {@code config/<name>.json}, checked against {@code keys}. */
  public static Settings load(String name, Set<String> keys) {
    String source = "modus/" + resource(name);
    try (InputStream in = ModusResources.open(resource(name));
        JsonParser p = JSON.createParser(in)) {
      return of(name, keys, Located.read(source, p));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /** Settings read from JSON text (tests show a file's errors with it). */
  public static Settings parse(String name, Set<String> keys, String source, String json) {
    try (JsonParser p = JSON.createParser(json)) {
      return of(name, keys, Located.read(source, p));
    } catch (IOException e) {
      throw new SettingsException(source + " is not valid JSON: " + e.getMessage());
    }
  }

  /** Checks {@code file} against {@code keys}: no unknown key, no missing one. */
  public static Settings of(String name, Set<String> keys, Located file) {
    checkObject(file, file.root(), "", keys);
    for (String key : new TreeSet<>(keys)) {
      if (at(file.root(), key).isMissingNode()) {
        String parent = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : "";
        throw new SettingsException(
            (parent.isEmpty() ? file.where("") : file.where(parent))
                + ": missing key '"
                + key
                + "'"
                + (parent.isEmpty() ? "" : " in " + parent)
                + "; every key the stage reads is written in its settings file");
      }
    }
    Map<String, String> shippedAt = new HashMap<>();
    keys.forEach(k -> shippedAt.put(k, file.where(k)));
    return new Settings(name, keys, file.root().deepCopy(), shippedAt, Map.of());
  }

  private static void checkObject(Located file, JsonNode obj, String prefix, Set<String> keys) {
    for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = prefix + e.getKey();
      if (keys.contains(path)) {
        continue;
      }
      if (isGroup(keys, path)) {
        if (!e.getValue().isObject()) {
          throw new SettingsException(
              file.where(path)
                  + ": '"
                  + path
                  + "' must be an object with the keys "
                  + children(keys, path + "."));
        }
        checkObject(file, e.getValue(), path + ".", keys);
      } else if (!e.getKey().startsWith("_")) {
        throw unknown(file.where(path), "", path, keys, prefix);
      }
    }
  }

  private static SettingsException unknown(
      String where, String label, String path, Set<String> keys, String prefix) {
    return new SettingsException(
        where
            + ": unknown key '"
            + label
            + path
            + "'; known keys"
            + (prefix.isEmpty() ? "" : " in " + label + prefix.substring(0, prefix.length() - 1))
            + ": "
            + children(keys, prefix)
            + " (keys starting with _ are comments)");
  }

  private static boolean isGroup(Set<String> keys, String path) {
    return keys.stream().anyMatch(k -> k.startsWith(path + "."));
  }

  private static Set<String> children(Set<String> keys, String prefix) {
    Set<String> out = new TreeSet<>();
    for (String k : keys) {
      if (k.startsWith(prefix)) {
        out.add(k.substring(prefix.length()).split("\\.")[0]);
      }
    }
    return out;
  }

  private static JsonNode at(JsonNode root, String path) {
    JsonNode n = root;
    for (String k : path.split("\\.")) {
      n = n.path(k);
    }
    return n;
  }

  /**
   * These settings with the run config's {@code settings.<name>} block applied; {@code config} is
   * the whole {@code settings:} object. Fails on an unknown key or a value of the wrong kind,
   * naming the config and the line.
   */
  public Settings withOverrides(Located config) {
    JsonNode block = config.root().path(name);
    if (block.isMissingNode()) {
      return this;
    }
    String label = "settings." + name + ".";
    if (!block.isObject()) {
      throw new SettingsException(
          config.where(name)
              + ": 'settings."
              + name
              + "' must be an object of keys "
              + children(keys, ""));
    }
    ObjectNode merged = values.deepCopy();
    Map<String, String> at = new HashMap<>(overriddenAt);
    merge(config.sub(name), merged, config.sub(name).root(), "", label, at);
    return new Settings(name, keys, merged, shippedAt, at);
  }

  private void merge(
      Located config,
      ObjectNode target,
      JsonNode over,
      String prefix,
      String label,
      Map<String, String> at) {
    for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = prefix + e.getKey();
      String where = config.where(path);
      if (keys.contains(path)) {
        target.set(e.getKey(), coerce(target.get(e.getKey()), e.getValue(), where, label + path));
        at.put(path, where);
      } else if (isGroup(keys, path)) {
        if (!e.getValue().isObject()) {
          throw new SettingsException(
              where
                  + ": '"
                  + label
                  + path
                  + "' must be an object with the keys "
                  + children(keys, path + "."));
        }
        merge(config, (ObjectNode) target.get(e.getKey()), e.getValue(), path + ".", label, at);
      } else if (!e.getKey().startsWith("_")) {
        throw unknown(where, label, path, keys, prefix);
      }
    }
  }

  /** The override {@code v} as a value of the default's kind. */
  static JsonNode coerce(JsonNode shipped, JsonNode v, String where, String key) {
    String got = v.isValueNode() ? "'" + v.asText() + "'" : v.isArray() ? "a list" : "an object";
    if (shipped.isNumber()) {
      JsonNode n = v.isNumber() ? v : v.isTextual() ? parseNumber(v.asText().strip()) : null;
      if (n == null) {
        throw new SettingsException(where + ": " + key + " must be a number, got " + got);
      }
      if (shipped.isIntegralNumber() && !n.canConvertToExactIntegral()) {
        throw new SettingsException(where + ": " + key + " must be a whole number, got " + got);
      }
      return shipped.isIntegralNumber() ? LongNode.valueOf(n.decimalValue().longValueExact()) : n;
    }
    if (shipped.isBoolean()) {
      String t = v.asText().strip();
      if (v.isBoolean() || (v.isTextual() && (t.equals("true") || t.equals("false")))) {
        return BooleanNode.valueOf(Boolean.parseBoolean(t));
      }
      throw new SettingsException(where + ": " + key + " must be true or false, got " + got);
    }
    if (shipped.isTextual()) {
      if (v.isValueNode() && !v.isNull()) {
        return TextNode.valueOf(v.asText());
      }
      throw new SettingsException(where + ": " + key + " must be text, got " + got);
    }
    if (shipped.isArray()) {
      if (v.isArray()) {
        return v;
      }
      if (v.isTextual()) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        Arrays.stream(v.asText().split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .forEach(list::add);
        return list;
      }
      throw new SettingsException(
          where + ": " + key + " must be a list (or comma-separated text), got " + got);
    }
    if (shipped.isObject() && v.isObject()) {
      return v;
    }
    throw new SettingsException(
        where
            + ": "
            + key
            + " must be "
            + (shipped.isObject() ? "an object" : "like " + shipped)
            + ", got "
            + got);
  }

  private static JsonNode parseNumber(String text) {
    try {
      BigDecimal d = new BigDecimal(text);
      return d.stripTrailingZeros().scale() <= 0
          ? DecimalNode.valueOf(d)
          : DoubleNode.valueOf(d.doubleValue());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The keys a record reads: its components in snake_case; a component that is a record is a group.
   */
  public static Set<String> keysOf(Class<? extends Record> type) {
    Set<String> out = new LinkedHashSet<>();
    for (RecordComponent c : type.getRecordComponents()) {
      String key = PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(c.getName());
      if (c.getType().isRecord()) {
        @SuppressWarnings("unchecked")
        Class<? extends Record> inner = (Class<? extends Record>) c.getType();
        keysOf(inner).forEach(k -> out.add(key + "." + k));
      } else {
        out.add(key);
      }
    }
    return out;
  }

  /**
   * The settings bound to a record whose components are the keys in camelCase ({@link #keysOf}).
   */
  public <T> T as(Class<T> type) {
    try {
      return BINDER.treeToValue(values, type);
    } catch (IOException e) {
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof SettingOutOfRange r) {
          throw outOfRange(r);
        }
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new SettingsException("modus/" + resource(name) + ": " + e.getMessage());
    }
  }

  /** A value out of its range, named where it was written: the run config's line or the file's. */
  private SettingsException outOfRange(SettingOutOfRange r) {
    String path = pathOf(r.key());
    String label = overridden(path) ? "settings." + name + "." : "";
    return new SettingsException(
        whereSet(path)
            + ": "
            + label
            + r.getMessage()
                .replaceFirst(
                    "^" + java.util.regex.Pattern.quote(r.key()),
                    java.util.regex.Matcher.quoteReplacement(path)));
  }

  /** A declared key from its name alone: the key itself, or the one key of a group that ends so. */
  private String pathOf(String key) {
    if (keys.contains(key)) {
      return key;
    }
    List<String> inGroups = keys.stream().filter(k -> k.endsWith("." + key)).toList();
    return inGroups.size() == 1 ? inGroups.get(0) : key;
  }

  public String name() {
    return name;
  }

  /** The value at {@code path}; fails when the stage did not declare the key. */
  public JsonNode node(String path) {
    if (!keys.contains(path)) {
      throw new IllegalArgumentException(
          name + ": '" + path + "' is not a declared key of " + resource(name));
    }
    return at(values, path);
  }

  public double number(String path) {
    return node(path).asDouble();
  }

  public int integer(String path) {
    return node(path).asInt();
  }

  public long longInteger(String path) {
    return node(path).asLong();
  }

  public String text(String path) {
    return node(path).asText();
  }

  public List<String> texts(String path) {
    List<String> out = new ArrayList<>();
    node(path).forEach(n -> out.add(n.asText()));
    return List.copyOf(out);
  }

  /** Whether the run config set {@code path}. */
  public boolean overridden(String path) {
    return overriddenAt.containsKey(path);
  }

  /**
   * Where the value of {@code path} was written: the run config's line when it overrides the key
   * ("config.yaml line 12"), else the shipped file's line; for messages about its value.
   */
  public String whereSet(String path) {
    return overriddenAt.getOrDefault(path, shippedAt.getOrDefault(path, "modus/" + resource(name)));
  }

  /** Checks the names of a run config's {@code settings:} block: each must be a settings file. */
  public static void checkNames(Located config) {
    for (Iterator<String> it = config.root().fieldNames(); it.hasNext(); ) {
      String n = it.next();
      if (MOVED.containsKey(n)) {
        throw new SettingsException(
            config.where(n)
                + ": 'settings."
                + n
                + "' is now 'settings."
                + MOVED.get(n)
                + "' (the same keys, in the stage's one settings file)");
      }
      if (!NAMES.contains(n) && !n.startsWith("_")) {
        throw new SettingsException(
            config.where(n)
                + ": unknown settings 'settings."
                + n
                + "'; known: "
                + NAMES
                + " (one per file of data-schemas/config/)");
      }
    }
  }
}

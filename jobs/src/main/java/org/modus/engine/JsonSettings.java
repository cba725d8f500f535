package org.modus.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.modus.schemas.ModusResources;

/**
 * Reads a JSON settings file of {@code data-schemas/config/}: keys starting with {@code _} are comments,
 * any other key must be known (a misspelt key silently ignored would leave the default in force), and
 * every known key must be present (the file is the one place its values are written).
 */
public final class JsonSettings {
  private JsonSettings() {}

  public static JsonNode read(String resource, Set<String> keys) {
    try (InputStream in = ModusResources.open(resource)) {
      return check(new ObjectMapper().readTree(in), "modus/" + resource, keys);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read modus/" + resource, e);
    }
  }

  static JsonNode check(JsonNode root, String name, Set<String> keys) {
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String k = names.next();
      if (!k.startsWith("_") && !keys.contains(k)) {
        throw new IllegalStateException(name + ": unknown key '" + k + "'; known keys are " + new TreeSet<>(keys));
      }
    }
    List<String> missing = keys.stream().filter(k -> !root.has(k)).sorted().toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(name + ": missing keys " + missing);
    }
    return root;
  }
}

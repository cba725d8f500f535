package org.modus.schemas;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The declared tables of a run directory, loaded once from {@code data-schemas/tables/}. */
public final class TableCatalog {
  private static final Map<String, TableSpec> TABLES = load();

  private TableCatalog() {}

  public static TableSpec table(String name) {
    TableSpec spec = TABLES.get(name);
    if (spec == null) {
      throw new IllegalArgumentException(
          "Unknown table '" + name + "'; declared tables: " + String.join(", ", TABLES.keySet()));
    }
    return spec;
  }

  public static List<String> names() {
    return List.copyOf(TABLES.keySet());
  }

  private static Map<String, TableSpec> load() {
    ObjectMapper json =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    Map<String, TableSpec> tables = new LinkedHashMap<>();
    List<String> names =
        Arrays.stream(ModusResources.readString("tables/index.txt").split("\n"))
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
    for (String name : names) {
      try {
        TableSpec spec =
            json.readValue(ModusResources.open("tables/" + name + ".json"), TableSpec.class);
        if (!spec.table().equals(name)) {
          throw new IllegalStateException(
              "tables/" + name + ".json declares table " + spec.table());
        }
        tables.put(name, spec);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot parse tables/" + name + ".json", e);
      }
    }
    return tables;
  }
}

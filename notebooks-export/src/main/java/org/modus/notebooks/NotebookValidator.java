package org.modus.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modus.schemas.ModusResources;

/**
 * Checks a notebook against the official nbformat v4.5 JSON Schema (a draft-04 schema, kept in
 * {@code data-schemas/nbformat/}), plus the one rule the schema cannot state: cell ids are unique.
 */
public final class NotebookValidator {
  public static final String SCHEMA = "nbformat/nbformat.v4.5.schema.json";
  private static final JsonSchema NBFORMAT_4_5 = load();

  private NotebookValidator() {}

  /** The problems found; empty when the notebook is valid. */
  public static List<String> problems(JsonNode notebook) {
    List<String> out = new ArrayList<>();
    for (ValidationMessage m : NBFORMAT_4_5.validate(notebook)) {
      out.add(m.getMessage());
    }
    Set<String> ids = new HashSet<>();
    for (JsonNode cell : notebook.path("cells")) {
      String id = cell.path("id").asText();
      if (!ids.add(id)) {
        out.add("cell id '" + id + "' is used twice");
      }
    }
    return out;
  }

  public static void requireValid(String name, JsonNode notebook) {
    List<String> problems = problems(notebook);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Notebook " + name + " is not valid nbformat 4.5: " + problems);
    }
  }

  private static JsonSchema load() {
    try {
      JsonNode schema = new ObjectMapper().readTree(ModusResources.open(SCHEMA));
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + SCHEMA, e);
    }
  }
}

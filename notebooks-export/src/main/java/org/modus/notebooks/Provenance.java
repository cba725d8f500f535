package org.modus.notebooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The provenance cell: what the run read, with which code and settings, from {@code manifest.json}.
 */
final class Provenance {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Provenance() {}

  static String markdown(JsonNode manifest, int threshold) {
    StringBuilder s = new StringBuilder("## Provenance\n\n");
    s.append("From the run's `manifest.json`");
    if (manifest.hasNonNull("created")) {
      s.append(" (run created ")
          .append(Markdown.text(manifest.get("created").asText()))
          .append(")");
    }
    s.append(".\n\n");
    s.append("**Disclosure threshold:** ")
        .append(threshold)
        .append(". Counts below it are suppressed in")
        .append(" the report, and the outputs stored in this notebook withhold them too.\n\n");

    s.append("### Inputs\n\n");
    JsonNode inputs = manifest.path("inputs");
    if (inputs.isEmpty()) {
      s.append("The manifest records no input files.\n\n");
    } else {
      s.append("| Kind | Source | File | Bytes | SHA-256 |\n|---|---|---|---:|---|\n");
      for (JsonNode in : inputs) {
        s.append("| ")
            .append(Markdown.cell(in.path("kind").asText()))
            .append(" | ")
            .append(Markdown.cell(in.path("source").asText()))
            .append(" | ")
            .append(Markdown.cell(in.path("path").asText()))
            .append(" | ")
            .append(in.path("bytes").asLong())
            .append(" | `")
            .append(Markdown.cell(in.path("sha256").asText()))
            .append("` |\n");
      }
      s.append('\n');
    }

    s.append("### Versions\n\n");
    JsonNode build = manifest.path("build");
    if (build.isEmpty()) {
      s.append("The manifest records no build information.\n\n");
    } else {
      build
          .properties()
          .forEach(
              e ->
                  s.append("- ")
                      .append(Markdown.text(e.getKey()))
                      .append(": ")
                      .append(Markdown.code(e.getValue().asText()))
                      .append('\n'));
      s.append('\n');
    }

    s.append("### Configuration\n\n```json\n");
    s.append(pretty(manifest.path("config"))).append("\n```");
    return s.toString();
  }

  private static String pretty(JsonNode config) {
    try {
      return config.isMissingNode() ? "{}" : JSON.writeValueAsString(config).replace("```", "'''");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

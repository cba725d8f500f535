package org.modus.notebooks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The nbformat 4.5 building blocks: cells, outputs and the notebook file, written the way Jupyter
 * writes them (keys sorted, one-space indent, sources as line lists) so exports diff cleanly.
 */
public final class Nbformat {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  private Nbformat() {}

  public static ObjectNode markdown(String id, String text) {
    return cell(id, "markdown", text);
  }

  /** A markdown cell carrying images it shows as {@code attachment:<name>} (name to base64 PNG). */
  public static ObjectNode markdown(String id, String text, Map<String, String> pngAttachments) {
    ObjectNode cell = cell(id, "markdown", text);
    if (!pngAttachments.isEmpty()) {
      ObjectNode att = cell.putObject("attachments");
      pngAttachments.forEach((name, b64) -> att.putObject(name).put("image/png", b64));
    }
    return cell;
  }

  public static ObjectNode code(
      String id, String source, List<ObjectNode> outputs, List<String> tags) {
    ObjectNode cell = cell(id, "code", source);
    cell.putNull("execution_count");
    ArrayNode out = cell.putArray("outputs");
    outputs.forEach(out::add);
    if (!tags.isEmpty()) {
      ArrayNode t = ((ObjectNode) cell.get("metadata")).putArray("tags");
      tags.forEach(t::add);
    }
    return cell;
  }

  /** A {@code display_data} output holding one representation per MIME type. */
  public static ObjectNode displayData(Map<String, String> byMimeType) {
    ObjectNode out = NODES.objectNode();
    out.put("output_type", "display_data");
    ObjectNode data = out.putObject("data");
    byMimeType.forEach(
        (mime, value) -> {
          if (mime.startsWith("text/")) {
            data.set(mime, lines(value));
          } else {
            data.put(mime, value);
          }
        });
    out.putObject("metadata");
    return out;
  }

  public static ObjectNode notebook(ObjectNode metadata, List<ObjectNode> cells) {
    ObjectNode nb = NODES.objectNode();
    nb.put("nbformat", 4);
    nb.put("nbformat_minor", 5);
    nb.set("metadata", metadata);
    ArrayNode c = nb.putArray("cells");
    cells.forEach(c::add);
    return nb;
  }

  /** The file's bytes: UTF-8, keys sorted, one-space indent, final newline (as Jupyter saves). */
  public static byte[] toBytes(JsonNode notebook) {
    try {
      String text = JSON.writer(new JupyterPrinter()).writeValueAsString(sorted(notebook));
      return (text + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Jupyter's layout: {@code "key": value}, one-space indent, and {@code {}} / {@code []} when
   * empty.
   */
  private static final class JupyterPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    JupyterPrinter() {
      super(
          Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      indentObjectsWith(new DefaultIndenter(" ", "\n"));
      indentArraysWith(new DefaultIndenter(" ", "\n"));
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new JupyterPrinter();
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      if (entries == 0) {
        _nesting--; // what the superclass would do, minus the space it prints inside {}
        g.writeRaw('}');
      } else {
        super.writeEndObject(g, entries);
      }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      if (values == 0) {
        _nesting--;
        g.writeRaw(']');
      } else {
        super.writeEndArray(g, values);
      }
    }
  }

  /** Joins a multiline-string field (a string or a list of lines) back into one string. */
  public static String text(JsonNode multiline) {
    if (multiline.isArray()) {
      StringBuilder s = new StringBuilder();
      multiline.forEach(l -> s.append(l.asText()));
      return s.toString();
    }
    return multiline.asText();
  }

  private static ObjectNode cell(String id, String type, String source) {
    ObjectNode cell = NODES.objectNode();
    cell.put("id", id);
    cell.put("cell_type", type);
    cell.putObject("metadata");
    cell.set("source", lines(source));
    return cell;
  }

  /** Jupyter's line list: every line keeps its newline except the last. */
  static ArrayNode lines(String text) {
    ArrayNode arr = NODES.arrayNode();
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        parts.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      parts.add(text.substring(start));
    }
    parts.forEach(arr::add);
    return arr;
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = NODES.objectNode();
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      names.sort(null);
      for (String n : names) {
        out.set(n, sorted(node.get(n)));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      node.forEach(e -> out.add(sorted(e)));
      return out;
    }
    return node;
  }
}

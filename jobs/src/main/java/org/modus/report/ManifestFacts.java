package org.modus.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.modus.reports.NumberStyle;
import org.modus.reports.ReportTexts;
import org.modus.reports.model.Figure;
import org.modus.reports.model.TableData;

/**
 * The "data and method" section from the run's manifest: inputs with checksums, records read,
 * accepted and quarantined per stage, versions (code, taxonomy, lexicon) and the disclosure
 * threshold. These tables come from manifest.json, not from a query, so their figures carry no SQL.
 */
final class ManifestFacts {
  static final String SECTION = "data_method";

  private final JsonNode manifest;
  private final ReportTexts texts;
  private final NumberStyle numbers;

  ManifestFacts(JsonNode manifest, ReportTexts texts) {
    this.manifest = manifest;
    this.texts = texts;
    this.numbers = new NumberStyle(texts.lang());
  }

  private static Object textOrNull(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? null : n.asText();
  }

  /**
   * The last segment of a path: where a file sat on someone's disk is not the reader's business.
   */
  static String fileName(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.substring(p.lastIndexOf('/') + 1);
  }

  TableData inputs() {
    List<List<Object>> rows = new ArrayList<>();
    for (JsonNode in : manifest.path("inputs")) {
      String sha = in.path("sha256").asText("");
      rows.add(
          new ArrayList<>(
              java.util.Arrays.asList(
                  textOrNull(in.path("kind")),
                  textOrNull(in.path("source")),
                  fileName(in.path("path").asText("")),
                  in.path("bytes").isNumber() ? in.path("bytes").asLong() : null,
                  sha.length() > 12 ? sha.substring(0, 12) : sha)));
    }
    return new TableData(List.of("kind", "source", "file", "bytes", "sha256"), rows);
  }

  TableData stages() {
    List<List<Object>> rows = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = manifest.path("stages").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode s = e.getValue();
      if (!s.has("rows_read")) {
        continue; // running or failed: no counts to show
      }
      rows.add(
          new ArrayList<>(
              List.of(
                  e.getKey(),
                  s.path("rows_read").asLong(),
                  s.path("accepted").asLong(),
                  s.path("quarantined").asLong())));
    }
    return new TableData(List.of("stage", "rows_read", "accepted", "quarantined"), rows);
  }

  /**
   * Records quarantined per stage and reason code, from each ingest stage's {@code
   * details.quarantine_reasons} in the manifest; most frequent first within a stage.
   */
  TableData quarantineReasons() {
    List<List<Object>> rows = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = manifest.path("stages").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      List<Map.Entry<String, JsonNode>> reasons = new ArrayList<>();
      e.getValue()
          .path("details")
          .path("quarantine_reasons")
          .fields()
          .forEachRemaining(reasons::add);
      reasons.sort(
          java.util.Comparator.comparing((Map.Entry<String, JsonNode> r) -> -r.getValue().asLong())
              .thenComparing(Map.Entry::getKey));
      for (Map.Entry<String, JsonNode> r : reasons) {
        rows.add(new ArrayList<>(List.of(e.getKey(), r.getKey(), r.getValue().asLong())));
      }
    }
    return new TableData(List.of("stage", "reason", "records"), rows);
  }

  String lexiconVersion() {
    JsonNode v = manifest.path("build").path("lexicon_version");
    return v.isMissingNode() || v.isNull() ? texts.text("method.lexicon_unknown") : v.asText();
  }

  String taxonomyVersion() {
    return manifest.path("build").path("taxonomy_version").asText("v1");
  }

  TableData build() {
    List<List<Object>> rows = new ArrayList<>();
    JsonNode build = manifest.path("build");
    for (String key :
        List.of(
            "modus_version",
            "git_revision",
            "spark_version",
            "corenlp_version",
            "taxonomy_version",
            "lexicon_version",
            "java_version")) {
      if (build.has(key)) {
        rows.add(new ArrayList<>(List.of(key, build.path(key).asText())));
      }
    }
    rows.add(
        new ArrayList<>(
            List.of(
                "disclosure_threshold", manifest.path("disclosure").path("threshold").asText())));
    JsonNode config = manifest.path("config");
    for (String key : List.of("period", "report_lang")) {
      if (config.has(key)) {
        rows.add(new ArrayList<>(List.of(key, config.path(key).asText())));
      }
    }
    return new TableData(List.of("setting", "value"), rows);
  }

  /** How many input files the run read. */
  String inputsParagraph() {
    return texts.fill("method.sources", Map.of("count", manifest.path("inputs").size()));
  }

  /** Records quarantined of those read, over the ingest stages. */
  String quarantineParagraph() {
    long read = 0;
    long quarantined = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = manifest.path("stages").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().startsWith("ingest")) {
        read += e.getValue().path("rows_read").asLong();
        quarantined += e.getValue().path("quarantined").asLong();
      }
    }
    return texts.fill(
        "method.quarantine",
        Map.of("quarantined", numbers.integer(quarantined), "read", numbers.integer(read)));
  }

  String versionsParagraph() {
    return texts.fill(
        "method.lexicon", Map.of("lexicon", lexiconVersion(), "taxonomy", taxonomyVersion()));
  }

  List<Figure> figures() {
    return List.of(
        table("run_inputs", "figure.inputs.title", inputs()),
        table("run_stages", "figure.stages.title", stages()),
        table("run_settings", "figure.build.title", build()));
  }

  private Figure table(String id, String titleKey, TableData data) {
    return Figure.table(id, SECTION, texts.text(titleKey), data);
  }
}

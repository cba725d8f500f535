package org.modus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.modus.engine.ModusException;
import org.modus.schemas.Taxonomy;

/**
 * Scores the extractor against a labelled gold set: per document, the predicted set of present
 * family/category labels against the gold labels; precision, recall and F1 pooled (micro) over all
 * labels, per family and per category, for each split.
 */
public final class ExtractionEvaluation {
  private ExtractionEvaluation() {}

  /** Counts for one group of labels. */
  public record Counts(int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  /** The result for one split: micro counts, per family and per category, and the errors seen. */
  public record SplitResult(String split, int documents, Counts micro, Map<String, Counts> byFamily,
      Map<String, Counts> byCategory, List<String> errors) {}

  public static List<GoldDocument> readGold(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ModusException("Gold file not found: " + file);
    }
    ObjectMapper json = new ObjectMapper();
    List<GoldDocument> docs = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int line = 0;
    try {
      for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        line++;
        if (l.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(l);
        GoldDocument d = new GoldDocument(text(n, "id", file, line), text(n, "lang", file, line),
            text(n, "split", file, line), text(n, "text", file, line), labels(n, "labels", file, line),
            labels(n, "negated_labels", file, line));
        if (!d.split().equals("dev") && !d.split().equals("test")) {
          throw new ModusException(file + " line " + line + ": split must be dev or test, got " + d.split());
        }
        if (!ids.add(d.id())) {
          throw new ModusException(file + " line " + line + ": duplicate id " + d.id());
        }
        docs.add(d);
      }
    } catch (IOException e) {
      throw new ModusException("Cannot read gold file " + file + " (line " + line + "): " + e.getMessage());
    }
    return docs;
  }

  private static String text(JsonNode n, String field, Path file, int line) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new ModusException(file + " line " + line + ": missing text field '" + field + "'");
    }
    return v.asText();
  }

  private static List<String> labels(JsonNode n, String field, Path file, int line) {
    List<String> out = new ArrayList<>();
    JsonNode v = n.get(field);
    if (v == null) {
      return out;
    }
    for (JsonNode x : v) {
      String label = x.asText();
      String[] parts = label.split("/", 2);
      if (parts.length != 2 || !Taxonomy.v1().isKnown(parts[0], parts[1])) {
        throw new ModusException(file + " line " + line + ": label '" + label
            + "' is not a taxonomy-v1 family/category");
      }
      out.add(label);
    }
    return out;
  }

  public static Map<String, SplitResult> evaluate(List<GoldDocument> gold, DocumentExtractor extractor) {
    Map<String, SplitResult> out = new TreeMap<>();
    for (String split : List.of("dev", "test")) {
      List<GoldDocument> docs = gold.stream().filter(d -> d.split().equals(split)).toList();
      if (!docs.isEmpty()) {
        out.put(split, evaluateSplit(split, docs, extractor));
      }
    }
    return out;
  }

  static SplitResult evaluateSplit(String split, List<GoldDocument> docs, DocumentExtractor extractor) {
    Map<String, Counts> byCategory = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    for (GoldDocument d : docs) {
      Set<String> predicted = extractor.extract(d.lang(), d.text()).features().stream()
          .filter(f -> !f.negated()).map(ExtractedFeature::label).collect(Collectors.toSet());
      Set<String> expected = new HashSet<>(d.labels());
      Set<String> all = new HashSet<>(predicted);
      all.addAll(expected);
      for (String label : all) {
        boolean p = predicted.contains(label);
        boolean e = expected.contains(label);
        Counts c = new Counts(p && e ? 1 : 0, p && !e ? 1 : 0, !p && e ? 1 : 0);
        byCategory.merge(label, c, Counts::plus);
        if (p != e) {
          errors.add(d.id() + " " + (p ? "FP " : "FN ") + label);
        }
      }
    }
    Map<String, Counts> byFamily = new TreeMap<>();
    Counts micro = new Counts(0, 0, 0);
    for (Map.Entry<String, Counts> e : byCategory.entrySet()) {
      byFamily.merge(e.getKey().substring(0, e.getKey().indexOf('/')), e.getValue(), Counts::plus);
      micro = micro.plus(e.getValue());
    }
    return new SplitResult(split, docs.size(), micro, byFamily, byCategory, errors);
  }

  /** The printed report: one block per split, micro first, then families, then categories. */
  public static String format(Map<String, SplitResult> results, boolean showErrors) {
    StringBuilder b = new StringBuilder();
    for (SplitResult r : results.values()) {
      b.append(String.format(Locale.ROOT, "== split %s: %d documents%n", r.split(), r.documents()));
      b.append(row("micro", r.micro()));
      b.append("-- per family\n");
      r.byFamily().forEach((k, c) -> b.append(row(k, c)));
      b.append("-- per category\n");
      r.byCategory().forEach((k, c) -> b.append(row(k, c)));
      if (showErrors) {
        b.append("-- errors\n");
        r.errors().forEach(e -> b.append("  ").append(e).append('\n'));
      }
    }
    return b.toString();
  }

  private static String row(String name, Counts c) {
    return String.format(Locale.ROOT, "  %-52s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)%n", name,
        c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
  }
}

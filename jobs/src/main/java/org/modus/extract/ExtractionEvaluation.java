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
  public record SplitResult(
      String split,
      int documents,
      Counts micro,
      Map<String, Counts> byFamily,
      Map<String, Counts> byCategory,
      Map<String, Counts> documentsByFamily,
      List<String> errors) {}

  public static List<GoldDocument> readGold(Path file) {
    return readGold(file, null);
  }

  /**
   * Reads a labelled set. A line holds its text ({@code text}, with an optional {@code title} read
   * first, as ads are), or, for real corpora whose text may not enter the repository, a {@code
   * row_index} into {@code corpus}: a ';'-separated file of (row index, text, ...) with a header
   * line.
   */
  public static List<GoldDocument> readGold(Path file, Path corpus) {
    if (!Files.isRegularFile(file)) {
      throw new ModusException("Gold file not found: " + file);
    }
    Map<Integer, String> corpusText = corpus == null ? null : corpusTexts(corpus);
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
        String id;
        String body;
        if (n.has("row_index") && !n.has("text")) {
          if (corpusText == null) {
            throw new ModusException(
                file
                    + " line "
                    + line
                    + ": refers to corpus rows (row_index); give the "
                    + "corpus with --corpus FILE");
          }
          int row = n.get("row_index").asInt();
          body = corpusText.get(row);
          if (body == null) {
            throw new ModusException(
                file + " line " + line + ": row_index " + row + " is not in " + corpus);
          }
          id = n.has("id") ? text(n, "id", file, line) : "row-" + row;
        } else {
          id = text(n, "id", file, line);
          body = text(n, "text", file, line);
          String title = n.hasNonNull("title") ? n.get("title").asText().strip() : "";
          body = title.isEmpty() ? body : title + "\n" + body;
        }
        String lang = n.hasNonNull("lang") ? text(n, "lang", file, line) : "en";
        String country = n.hasNonNull("country") ? n.get("country").asText() : null;
        List<String> families = new ArrayList<>();
        if (n.has("labelled_families")) {
          for (JsonNode f : n.get("labelled_families")) {
            if (!Taxonomy.v1().families().contains(f.asText())) {
              throw new ModusException(
                  file
                      + " line "
                      + line
                      + ": labelled family '"
                      + f.asText()
                      + "' is not a taxonomy-v1 family");
            }
            families.add(f.asText());
          }
        }
        List<String> unscored = new ArrayList<>();
        if (n.has("unscored_labels")) {
          n.get("unscored_labels").forEach(u -> unscored.add(u.asText()));
        }
        GoldDocument d =
            new GoldDocument(
                id,
                lang,
                text(n, "split", file, line),
                body,
                labels(n, "labels", file, line),
                labels(n, "negated_labels", file, line),
                country,
                List.copyOf(families),
                List.copyOf(unscored));
        if (!d.split().equals("dev") && !d.split().equals("test")) {
          throw new ModusException(
              file + " line " + line + ": split must be dev or test, got " + d.split());
        }
        if (!ids.add(d.id())) {
          throw new ModusException(file + " line " + line + ": duplicate id " + d.id());
        }
        for (String label : d.labels()) {
          if (!d.labels(label.substring(0, label.indexOf('/')))) {
            throw new ModusException(
                file
                    + " line "
                    + line
                    + ": label "
                    + label
                    + " is outside the document's labelled_families");
          }
        }
        docs.add(d);
      }
    } catch (IOException e) {
      throw new ModusException(
          "Cannot read gold file " + file + " (line " + line + "): " + e.getMessage());
    }
    return docs;
  }

  private static Map<Integer, String> corpusTexts(Path corpus) {
    if (!Files.isRegularFile(corpus)) {
      throw new ModusException("Corpus file not found: " + corpus);
    }
    Map<Integer, String> out = new java.util.HashMap<>();
    try (java.io.Reader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (org.apache.commons.csv.CSVRecord r :
          org.apache.commons.csv.CSVFormat.RFC4180
              .builder()
              .setDelimiter(';')
              .setSkipHeaderRecord(false)
              .get()
              .parse(in)) {
        if (r.getRecordNumber() == 1 || r.size() < 2) {
          continue;
        }
        try {
          out.put(Integer.parseInt(r.get(0).strip()), r.get(1));
        } catch (NumberFormatException e) {
          throw new ModusException(
              corpus + " record " + r.getRecordNumber() + ": first column is not a row index");
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ModusException("Cannot read corpus " + corpus + ": " + e.getMessage());
    }
    return out;
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
        throw new ModusException(
            file
                + " line "
                + line
                + ": label '"
                + label
                + "' is not a taxonomy-v1 family/category");
      }
      out.add(label);
    }
    return out;
  }

  public static Map<String, SplitResult> evaluate(
      List<GoldDocument> gold, DocumentExtractor extractor) {
    Map<String, SplitResult> out = new TreeMap<>();
    for (String split : List.of("dev", "test")) {
      List<GoldDocument> docs = gold.stream().filter(d -> d.split().equals(split)).toList();
      if (!docs.isEmpty()) {
        out.put(split, evaluateSplit(split, docs, extractor));
      }
    }
    return out;
  }

  static SplitResult evaluateSplit(
      String split, List<GoldDocument> docs, DocumentExtractor extractor) {
    return evaluateSplit(split, docs, predictions(docs, extractor));
  }

  /**
   * The labels the extractor finds present in each document, in the order of {@code docs}:
   * non-negated features of the families the document's annotator labelled, unscored labels left
   * out.
   */
  public static List<Set<String>> predictions(
      List<GoldDocument> docs, DocumentExtractor extractor) {
    return docs.stream().map(d -> scored(d, ruleLabels(d, extractor))).toList();
  }

  /**
   * Every non-negated label the extractor finds in the document, whatever its annotator labelled:
   * what the classifier stacks on.
   */
  public static Set<String> ruleLabels(GoldDocument d, DocumentExtractor extractor) {
    return extractor.extract(d.lang(), d.text(), d.country()).features().stream()
        .filter(f -> !f.negated())
        .map(ExtractedFeature::label)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The labels that are scored for the document: those of the families its annotator labelled,
   * unscored labels left out.
   */
  public static Set<String> scored(GoldDocument d, Set<String> labels) {
    return labels.stream()
        .filter(l -> d.labels(l.substring(0, l.indexOf('/'))) && !d.unscored().contains(l))
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * As {@link #evaluateSplit(String, List, DocumentExtractor)} with the predictions already made.
   */
  public static SplitResult evaluateSplit(
      String split, List<GoldDocument> docs, List<Set<String>> predictions) {
    Map<String, Counts> byCategory = new TreeMap<>();
    Map<String, Counts> documentsByFamily = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      GoldDocument d = docs.get(i);
      Set<String> predicted = predictions.get(i);
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
      Set<String> families = new HashSet<>();
      all.forEach(l -> families.add(l.substring(0, l.indexOf('/'))));
      for (String family : families) {
        boolean p = predicted.stream().anyMatch(l -> l.startsWith(family + "/"));
        boolean e = expected.stream().anyMatch(l -> l.startsWith(family + "/"));
        documentsByFamily.merge(
            family, new Counts(p && e ? 1 : 0, p && !e ? 1 : 0, !p && e ? 1 : 0), Counts::plus);
      }
    }
    Map<String, Counts> byFamily = new TreeMap<>();
    Counts micro = new Counts(0, 0, 0);
    for (Map.Entry<String, Counts> e : byCategory.entrySet()) {
      byFamily.merge(e.getKey().substring(0, e.getKey().indexOf('/')), e.getValue(), Counts::plus);
      micro = micro.plus(e.getValue());
    }
    return new SplitResult(
        split, docs.size(), micro, byFamily, byCategory, documentsByFamily, errors);
  }

  /** The printed report: one block per split, micro first, then families, then categories. */
  public static String format(Map<String, SplitResult> results, boolean showErrors) {
    StringBuilder b = new StringBuilder();
    for (SplitResult r : results.values()) {
      b.append(String.format(Locale.ROOT, "== split %s: %d documents%n", r.split(), r.documents()));
      b.append(row("micro", r.micro()));
      b.append("-- per family\n");
      r.byFamily().forEach((k, c) -> b.append(row(k, c)));
      b.append("-- per family, document level (any category of the family present or not)\n");
      r.documentsByFamily().forEach((k, c) -> b.append(row(k, c)));
      b.append("-- per category\n");
      r.byCategory().forEach((k, c) -> b.append(row(k, c)));
      if (showErrors) {
        b.append("-- errors\n");
        r.errors().forEach(e -> b.append("  ").append(e).append('\n'));
      }
    }
    return b.toString();
  }

  static String row(String name, Counts c) {
    return String.format(
        Locale.ROOT,
        "  %-52s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)%n",
        name,
        c.precision(),
        c.recall(),
        c.f1(),
        c.tp(),
        c.fp(),
        c.fn());
  }
}

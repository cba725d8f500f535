package org.modus.survey;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.modus.engine.ModusException;
import org.modus.ingest.Mappings.TaxonomyId;
import org.modus.schemas.AccentFolding;
import org.modus.schemas.Taxonomy;

/**
 * A questionnaire definition (CSV): {@code question_id, type, text, allowed, mapping}. {@code type}
 * is single, multi, likert, number or text; {@code allowed} lists the answers separated by '|' (for
 * likert, the scale from low to high); {@code mapping} maps answers to taxonomy ids as {@code
 * answer=family:category|...}, or {@code *=family:category} when the whole question is about one
 * category (e.g. "Is the use of cryptocurrency increasing?").
 */
public record Questionnaire(List<Question> questions) implements Serializable {
  public static final List<String> TYPES = List.of("single", "multi", "likert", "number", "text");

  /** One question. */
  public record Question(
      String id, String type, String text, List<String> allowed, Map<String, TaxonomyId> mapping)
      implements Serializable {

    /**
     * The allowed answer matching {@code value} (case and punctuation ignored); empty when none
     * does.
     */
    public Optional<String> canonical(String value) {
      if (allowed.isEmpty()) {
        return Optional.of(value.strip());
      }
      String k = AccentFolding.labelKey(value);
      return allowed.stream().filter(a -> AccentFolding.labelKey(a).equals(k)).findFirst();
    }

    public Optional<TaxonomyId> mapped(String answer) {
      TaxonomyId id = mapping.get(AccentFolding.labelKey(answer));
      return Optional.ofNullable(id != null ? id : mapping.get("*"));
    }
  }

  public Questionnaire {
    questions = List.copyOf(questions);
  }

  public Optional<Question> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  public static Questionnaire parse(String file, String text) {
    List<Question> qs = new ArrayList<>();
    try {
      for (CSVRecord r :
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreEmptyLines(true)
              .get()
              .parse(new StringReader(text.replace("\uFEFF", "")))) {
        String where = file + " line " + (r.getRecordNumber() + 1);
        String id = get(r, "question_id", where);
        String type = get(r, "type", where).toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
          throw new ModusException(where + ": type '" + type + "' must be one of " + TYPES);
        }
        List<String> allowed = split(r.isMapped("allowed") ? r.get("allowed") : "");
        Map<String, TaxonomyId> mapping = new LinkedHashMap<>();
        for (String m : split(r.isMapped("mapping") ? r.get("mapping") : "")) {
          String[] kv = m.split("=", 2);
          String[] fc = kv.length == 2 ? kv[1].split(":", 2) : new String[0];
          if (fc.length != 2 || !Taxonomy.v1().isKnown(fc[0].strip(), fc[1].strip())) {
            throw new ModusException(
                where
                    + ": mapping '"
                    + m
                    + "' must read answer=family:category with a "
                    + "taxonomy v1 id (see data-schemas/taxonomy/taxonomy-v1.csv)");
          }
          String key = kv[0].strip().equals("*") ? "*" : AccentFolding.labelKey(kv[0]);
          mapping.put(key, new TaxonomyId(fc[0].strip(), fc[1].strip()));
        }
        if (type.equals("likert") && allowed.size() < 2) {
          throw new ModusException(
              where + ": a likert question needs its scale in allowed, e.g. 1|2|3|4|5");
        }
        qs.add(new Question(id, type, r.isMapped("text") ? r.get("text") : "", allowed, mapping));
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new ModusException(
          file
              + ": not a questionnaire definition CSV (question_id,type,text,allowed,"
              + "mapping): "
              + e.getMessage());
    }
    if (qs.isEmpty()) {
      throw new ModusException(file + ": the questionnaire defines no questions");
    }
    return new Questionnaire(qs);
  }

  private static String get(CSVRecord r, String column, String where) {
    if (!r.isMapped(column) || r.get(column).isBlank()) {
      throw new ModusException(where + ": missing " + column);
    }
    return r.get(column).strip();
  }

  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String p : s.split("\\|")) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }
}

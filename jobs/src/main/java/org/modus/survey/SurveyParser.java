package org.modus.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.modus.disclosure.TextRedactor;
import org.modus.engine.ModusException;
import org.modus.engine.Pseudonymizer;
import org.modus.ingest.DelimitedText;
import org.modus.ingest.DelimitedText.RowProblem;
import org.modus.ingest.DelimitedText.Table;
import org.modus.ingest.DelimitedText.TextRow;
import org.modus.ingest.Mappings;
import org.modus.ingest.Mappings.TaxonomyId;
import org.modus.ingest.ParsedFile;
import org.modus.ingest.ParsedRow;
import org.modus.schemas.AccentFolding;
import org.modus.schemas.geo.Countries;
import org.modus.schemas.geo.Country;
import org.modus.survey.Questionnaire.Question;

/**
 * A wide survey CSV (one row per respondent: respondent_id, respondent_type, country, optional
 * weight and year, then one column per question id) turned into the tidy long survey_responses
 * rows. Multi-select cells hold answers separated by '|' (or ';' when ';' is not the delimiter). A
 * respondent with an unknown country, an answer outside the allowed list, or an impossible number
 * is quarantined whole.
 */
public final class SurveyParser {
  static final Set<String> META =
      Set.of("respondent_id", "respondent_type", "country", "weight", "year");

  private SurveyParser() {}

  public static ParsedFile parse(
      String survey,
      String file,
      String text,
      Character delimiter,
      Questionnaire questionnaire,
      Integer defaultYear,
      Pseudonymizer keys) {
    Table t =
        DelimitedText.parse(
            file,
            text,
            delimiter,
            cells ->
                cells.stream().anyMatch(c -> AccentFolding.labelKey(c).equals("respondent id")),
            "a header with respondent_id, respondent_type, country and the questionnaire's question ids");
    List<String> missing = new ArrayList<>();
    for (String m : List.of("respondent_id", "country")) {
      if (t.column(m) < 0) {
        missing.add(m);
      }
    }
    for (Question q : questionnaire.questions()) {
      if (t.header().stream().noneMatch(h -> h.equals(q.id()))) {
        missing.add(q.id());
      }
    }
    List<String> unknown =
        t.header().stream()
            .filter(
                h ->
                    !META.contains(AccentFolding.labelKey(h).replace(' ', '_'))
                        && questionnaire.question(h).isEmpty())
            .toList();
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      throw new ModusException(
          file
              + " line "
              + t.headerLine()
              + ": columns do not match the questionnaire;"
              + (missing.isEmpty() ? "" : " missing " + missing)
              + (unknown.isEmpty() ? "" : " unknown " + unknown));
    }
    List<ParsedRow> out = new ArrayList<>();
    long accepted = 0;
    for (TextRow r : t.rows()) {
      String location = file + ":" + r.line();
      RowProblem problem = t.problem(r);
      if (problem != null) {
        out.add(
            ParsedRow.quarantine(
                "survey/" + survey, problem.reason(), location, problem.detail(), r.raw()));
        continue;
      }
      try {
        out.addAll(respondent(survey, t, r, questionnaire, defaultYear, keys));
        accepted++;
      } catch (Rejected e) {
        out.add(
            ParsedRow.quarantine("survey/" + survey, e.reason, location, e.getMessage(), r.raw()));
      }
    }
    return ParsedFile.counted(out, t.rows().size(), accepted);
  }

  static final class Rejected extends Exception {
    final String reason;

    Rejected(String reason, String message) {
      super(message);
      this.reason = reason;
    }
  }

  private static List<ParsedRow> respondent(
      String survey, Table t, TextRow r, Questionnaire qn, Integer defaultYear, Pseudonymizer keys)
      throws Rejected {
    String id = cell(t, r, "respondent_id");
    if (id == null || id.isBlank()) {
      throw new Rejected("missing_id", "respondent_id is empty");
    }
    String countryText = cell(t, r, "country");
    Optional<Country> country =
        countryText == null || countryText.isBlank()
            ? Optional.empty()
            : Countries.get().resolve(countryText);
    if (countryText != null && !countryText.isBlank() && country.isEmpty()) {
      throw new Rejected(
          "unknown_country", "country '" + countryText.strip() + "' is not a known country");
    }
    double weight = 1.0;
    String w = cell(t, r, "weight");
    if (w != null && !w.isBlank()) {
      try {
        weight = Double.parseDouble(w.strip());
      } catch (NumberFormatException e) {
        throw new Rejected("bad_value", "weight '" + w.strip() + "' is not a number");
      }
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new Rejected("impossible_value", "weight " + w.strip() + " must be positive");
      }
    }
    Integer year = defaultYear;
    String y = cell(t, r, "year");
    if (y != null && !y.isBlank()) {
      try {
        year = Integer.parseInt(y.strip());
      } catch (NumberFormatException e) {
        throw new Rejected("bad_year", "year '" + y.strip() + "' is not a year");
      }
      if (year < 1900 || year > java.time.Year.now().getValue() + 1) {
        throw new Rejected("bad_year", "year " + year + " is impossible");
      }
    }
    String type = cell(t, r, "respondent_type");
    List<ParsedRow> out = new ArrayList<>();
    String respondentType = null;
    if (type != null && !type.isBlank()) {
      Optional<String> mapped = Mappings.get().code("respondent_type", type);
      if (mapped.isEmpty()) {
        out.add(ParsedRow.note("unmapped_value", "respondent_type=" + type.strip()));
      }
      respondentType = mapped.orElse(AccentFolding.labelKey(type).replace(' ', '_'));
    }
    String pseudonym = keys.pseudonym("respondent", survey + ":" + id.strip());
    for (Question q : qn.questions()) {
      String cell = r.values().get(t.header().indexOf(q.id()));
      if (cell == null || cell.isBlank()) {
        continue; // not answered
      }
      List<String> answers =
          q.type().equals("multi")
              ? DelimitedText.splitMulti(cell, t.delimiter())
              : List.of(cell.strip());
      for (String a : answers) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("survey", survey);
        v.put("respondent_id", pseudonym);
        v.put("respondent_type", respondentType);
        v.put("country", country.map(Country::alpha3).orElse(null));
        v.put("year", year);
        v.put("question_id", q.id());
        v.put("question_type", q.type());
        v.put("weight", weight);
        answer(q, a, v, keys);
        out.add(new ParsedRow("survey_responses", v));
      }
    }
    return out;
  }

  private static void answer(Question q, String a, Map<String, Object> v, Pseudonymizer keys)
      throws Rejected {
    switch (q.type()) {
      case "text" -> v.put("answer", TextRedactor.redact(a, keys));
      case "number" -> {
        double n;
        try {
          n = Double.parseDouble(a);
        } catch (NumberFormatException e) {
          throw new Rejected(
              "invalid_answer", q.id() + ": '" + TextRedactor.mask(a) + "' is not a number");
        }
        if (n < 0 || Double.isInfinite(n)) {
          throw new Rejected("impossible_value", q.id() + ": " + a + " is negative");
        }
        v.put("answer", a);
        v.put("numeric_value", n);
      }
      case "likert" -> {
        Double score = likert(q, a);
        if (score == null) {
          throw new Rejected(
              "invalid_answer",
              q.id() + ": '" + TextRedactor.mask(a) + "' is not on the scale " + q.allowed());
        }
        v.put("answer", a);
        v.put("numeric_value", score);
      }
      default -> {
        String c =
            q.canonical(a)
                .orElseThrow(
                    () ->
                        new Rejected(
                            "invalid_answer",
                            q.id()
                                + ": '"
                                + TextRedactor.mask(a)
                                + "' is not one of "
                                + q.allowed()));
        v.put("answer", c);
      }
    }
    Optional<TaxonomyId> id =
        q.type().equals("text") || q.type().equals("number")
            ? Optional.empty()
            : q.mapped(String.valueOf(v.get("answer")));
    v.put("family", id.map(TaxonomyId::family).orElse(null));
    v.put("category", id.map(TaxonomyId::category).orElse(null));
  }

  /**
   * Position on the scale (1 = first allowed value); a number on a numeric scale is taken as is,
   * and on a labelled scale a whole number 1..n is read as the position (answers exported as
   * codes).
   */
  static Double likert(Question q, String a) {
    if (a.strip().matches("\\d+")
        && q.allowed().stream().noneMatch(v -> v.strip().matches("-?\\d+(\\.\\d+)?"))) {
      int position = Integer.parseInt(a.strip());
      return position >= 1 && position <= q.allowed().size() ? Double.valueOf(position) : null;
    }
    for (int i = 0; i < q.allowed().size(); i++) {
      if (AccentFolding.labelKey(q.allowed().get(i)).equals(AccentFolding.labelKey(a))) {
        try {
          return Double.parseDouble(q.allowed().get(i));
        } catch (NumberFormatException e) {
          return (double) (i + 1);
        }
      }
    }
    return null;
  }

  private static String cell(Table t, TextRow r, String column) {
    int i = t.column(column);
    return i < 0 ? null : r.values().get(i);
  }
}

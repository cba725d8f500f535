package org.modus.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.modus.disclosure.TextRedactor;
import org.modus.engine.MessageText;
import org.modus.engine.ModusException;
import org.modus.engine.Pseudonymizer;
import org.modus.engine.ValueTypes;
import org.modus.ingest.DelimitedText;
import org.modus.ingest.DelimitedText.RowProblem;
import org.modus.ingest.DelimitedText.Table;
import org.modus.ingest.DelimitedText.TextRow;
import org.modus.ingest.Mappings;
import org.modus.ingest.Mappings.HtcdsField;
import org.modus.ingest.Mappings.TaxonomyId;
import org.modus.ingest.ParsedFile;
import org.modus.ingest.ParsedRow;
import org.modus.schemas.AccentFolding;
import org.modus.schemas.Taxonomy;
import org.modus.schemas.geo.Country;

/**
 * HTCDS v2.0 case records as JSON Lines (multi-valued fields as JSON arrays) or CSV (multi-valued
 * cells separated by '|' or, when ';' is not the delimiter, ';'). Field names are matched case- and
 * punctuation-insensitively against the aliases in {@code mappings/htcds-fields.csv}.
 */
public final class HtcdsParser {
  // A double cannot hold every id: 1234567890123456789.0 would come back as ...800.
  private static final ObjectMapper JSON =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();
  static final String BAD_TYPE = "bad_type";
  static final String NUMBER_AS_TEXT = "number_as_text";

  private HtcdsParser() {}

  /**
   * One source record as field name to raw values (one value for scalars, any number for lists).
   */
  private record Fields(Map<String, List<String>> byField) {
    String one(String field) {
      List<String> v = byField.get(field);
      return v == null || v.isEmpty() ? null : v.get(0);
    }

    List<String> many(String field) {
      return byField.getOrDefault(field, List.of());
    }
  }

  public static ParsedFile parseJsonLines(
      String source, String file, String text, Pseudonymizer keys) {
    List<ParsedRow> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    long read = 0;
    Set<String> unknown = new HashSet<>();
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
      if (line.isBlank()) {
        continue;
      }
      read++;
      String location = file + ":" + (i + 1);
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (Exception e) {
        out.add(
            ParsedRow.quarantine(
                source,
                "malformed_row",
                location,
                "not a JSON object: " + e.getMessage().split("\n")[0],
                line));
        continue;
      }
      if (node == null || !node.isObject()) {
        out.add(ParsedRow.quarantine(source, "malformed_row", location, "not a JSON object", line));
        continue;
      }
      Map<String, List<String>> values = new LinkedHashMap<>();
      List<String> problems = new ArrayList<>();
      List<ParsedRow> numberNotes = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Optional<HtcdsField> f = field(e.getKey());
        if (f.isEmpty()) {
          unknown.add(e.getKey());
          continue;
        }
        JsonValues v = values(f.get(), MessageText.value(e.getKey()), e.getValue());
        problems.addAll(v.problems());
        if (v.numberAsText()) {
          numberNotes.add(ParsedRow.note(NUMBER_AS_TEXT, MessageText.value(e.getKey())));
        }
        values.put(f.get().field(), v.values());
      }
      if (!problems.isEmpty()) {
        out.add(
            ParsedRow.quarantine(source, BAD_TYPE, location, String.join("; ", problems), line));
        continue;
      }
      out.addAll(record(source, file, i + 1, new Fields(values), line, keys));
      out.addAll(numberNotes);
    }
    unknown.forEach(k -> out.add(ParsedRow.note("unknown_column", "htcds " + k)));
    return ParsedFile.counting(out, read, "cases");
  }

  /**
   * The values of one field's JSON, the type problems that quarantine its record, and a number
   * taken as text.
   */
  record JsonValues(List<String> values, List<String> problems, boolean numberAsText) {}

  /**
   * What an HTCDS field may hold in JSON, the rule of the ad ingest (docs/ads-ingest.md): an object
   * is never a field's value, an array only a list field's, a boolean no field's (no HTCDS field is
   * a yes/no flag); a number is normal in the id, year, age and duration, and elsewhere (a gender,
   * a country, a narrative, a list item) kept as its decimal text with a {@code number_as_text}
   * note. A problem names the field as written and the type found, never the value.
   */
  static JsonValues values(HtcdsField f, String key, JsonNode v) {
    boolean multi = f.kind().startsWith("multi");
    List<String> values = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    boolean numberAsText = false;
    String expected =
        switch (f.kind()) {
          case "id" -> "an id";
          case "year" -> "a year";
          case "age", "months" -> "a number";
          default -> multi ? "a list of text" : "text";
        };
    boolean numeric =
        expected.equals("an id") || expected.equals("a year") || expected.equals("a number");
    if (v.isNull()) {
      return new JsonValues(values, problems, false);
    } else if (multi && v.isArray()) {
      int n = 0;
      for (JsonNode item : v) {
        n++;
        String type = ValueTypes.of(item);
        if (item.isNull()) {
          continue;
        } else if (type == null || type.equals(ValueTypes.NUMBER)) {
          numberAsText |= type != null;
          values.add(text(item));
        } else {
          problems.add(key + "[" + n + "]: " + type + " where text was expected");
        }
      }
    } else {
      String type = ValueTypes.of(v);
      if (type == null || type.equals(ValueTypes.NUMBER)) {
        numberAsText = type != null && !numeric;
        String s = text(v);
        values.addAll(multi ? DelimitedText.splitMulti(s, ',') : List.of(s));
      } else {
        problems.add(key + ": " + type + " where " + expected + " was expected");
      }
    }
    return new JsonValues(values, problems, numberAsText);
  }

  private static String text(JsonNode v) {
    return v.isNumber() ? ValueTypes.numberText(v.decimalValue().toString()) : v.asText();
  }

  public static ParsedFile parseCsv(
      String source, String file, String text, Character delimiter, Pseudonymizer keys) {
    Table t =
        DelimitedText.parse(
            file,
            text,
            delimiter,
            cells -> cells.stream().filter(c -> field(c).isPresent()).count() >= 3,
            "an HTCDS header (at least three HTCDS fields, e.g. " + aliasesOf("year") + ")");
    List<Optional<HtcdsField>> columns = t.header().stream().map(HtcdsParser::field).toList();
    boolean hasCountry =
        columns.stream()
            .anyMatch(
                f ->
                    f.isPresent()
                        && (f.get().field().equals("country_exploitation")
                            || f.get().field().equals("location_exploitation")));
    boolean hasYear =
        columns.stream().anyMatch(f -> f.isPresent() && f.get().field().equals("year"));
    if (!hasCountry || !hasYear) {
      throw new ModusException(
          file
              + " line "
              + t.headerLine()
              + ": HTCDS CSV needs a year column "
              + aliasesOf("year")
              + " and a country column "
              + aliasesOf("country_exploitation")
              + " or "
              + aliasesOf("location_exploitation")
              + "; header was "
              + t.header());
    }
    List<ParsedRow> out = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).isEmpty()) {
        out.add(ParsedRow.note("unknown_column", "htcds " + t.header().get(i)));
      }
    }
    for (TextRow r : t.rows()) {
      RowProblem problem = t.problem(r);
      if (problem != null) {
        out.add(
            ParsedRow.quarantine(
                source, problem.reason(), file + ":" + r.line(), problem.detail(), r.raw()));
        continue;
      }
      Map<String, List<String>> values = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).isPresent()) {
          HtcdsField f = columns.get(i).get();
          String cell = r.values().get(i);
          values.put(
              f.field(),
              f.kind().startsWith("multi")
                  ? DelimitedText.splitMulti(cell, t.delimiter())
                  : cell == null ? List.of() : List.of(cell));
        }
      }
      out.addAll(record(source, file, r.line(), new Fields(values), r.raw(), keys));
    }
    return ParsedFile.counting(out, t.rows().size(), "cases");
  }

  private static List<ParsedRow> record(
      String source, String file, int line, Fields f, String raw, Pseudonymizer keys) {
    try {
      return build(source, file, line, f, keys);
    } catch (CaseFields.Rejected e) {
      return List.of(
          ParsedRow.quarantine(source, e.reason, file + ":" + line, e.getMessage(), raw));
    }
  }

  private static List<ParsedRow> build(
      String source, String file, int line, Fields f, Pseudonymizer keys)
      throws CaseFields.Rejected {
    CaseRecord c = new CaseRecord();
    List<ParsedRow> notes = new ArrayList<>();
    String sourceId = f.one("case_id");
    String fileName = new org.apache.hadoop.fs.Path(file).getName();
    c.row.put(
        "case_id",
        keys.pseudonym(
            "case",
            CaseFields.missing(sourceId)
                ? source + ":" + fileName + ":" + line
                : source + ":" + sourceId.strip()));
    c.row.put("source", source);
    c.row.put("source_format", "htcds");
    c.row.put("year", CaseFields.year(aliasesOf("year").get(0), f.one("year")));
    Optional<Country> country =
        CaseFields.country("CountryOfExploitation", f.one("country_exploitation"));
    if (country.isEmpty()) {
      country = CaseFields.location("LocationOfExploitation", f.one("location_exploitation"));
    }
    c.row.put("country_exploitation", country.map(Country::alpha3).orElse(null));
    c.row.put("region", country.map(Country::region).orElse(null));
    c.row.put(
        "citizenship",
        CaseFields.country("citizenship", f.one("citizenship")).map(Country::alpha3).orElse(null));
    Optional<String> gender = CaseFields.gender(f.one("gender"));
    if (gender.isEmpty()) {
      notes.add(ParsedRow.note("unmapped_value", "gender=" + f.one("gender").strip()));
    }
    c.row.put("gender", gender.orElse("unknown"));
    Double age = CaseFields.age("AgeWhenTrafficked", f.one("age_when_trafficked"));
    String band = f.one("age_broad");
    c.row.put("age_broad", CaseFields.missing(band) ? null : band.strip());
    c.row.put("is_minor", age != null ? Boolean.valueOf(age < 18) : CaseFields.minorFromBand(band));
    c.row.put("duration_months", CaseFields.months("DurationMonths", f.one("duration_months")));
    String narrative = f.one("narrative");
    c.row.put(
        "narrative",
        CaseFields.missing(narrative) ? null : TextRedactor.redact(narrative.strip(), keys));
    for (HtcdsField field : Mappings.get().htcdsFields()) {
      if (!field.kind().startsWith("multi")) {
        continue;
      }
      for (String value : f.many(field.field())) {
        Optional<Optional<TaxonomyId>> mapped = Mappings.get().htcdsValue(field, value);
        if (mapped.isEmpty()) {
          notes.add(
              ParsedRow.note(
                  "unmapped_value", field.field() + "=" + TextRedactor.mask(value.strip())));
          continue;
        }
        if (mapped.get().isEmpty()) {
          continue;
        }
        TaxonomyId id = mapped.get().get();
        c.feature(id, field.field());
        if (field.kind().equals("multi_platform_recruitment")) {
          // A platform used to recruit also tells the recruitment channel (telegram:
          // messaging_app).
          Taxonomy.v1()
              .channelOf(id.category())
              .ifPresent(ch -> c.feature(new TaxonomyId("recruitment_channel", ch), field.field()));
        }
      }
    }
    List<ParsedRow> out = c.emit();
    out.addAll(notes);
    return out;
  }

  static Optional<HtcdsField> field(String name) {
    String key = AccentFolding.labelKey(name).replace(" ", "");
    for (HtcdsField f : Mappings.get().htcdsFields()) {
      for (String alias : f.aliases()) {
        if (AccentFolding.labelKey(alias).replace(" ", "").equals(key)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> aliasesOf(String field) {
    return Mappings.get().htcdsFields().stream()
        .filter(f -> f.field().equals(field))
        .findFirst()
        .map(HtcdsField::aliases)
        .orElse(List.of(field));
  }
}

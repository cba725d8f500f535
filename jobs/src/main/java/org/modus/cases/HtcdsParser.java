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
import org.modus.cases.input.DelimitedText;
import org.modus.cases.input.DelimitedText.Table;
import org.modus.cases.input.DelimitedText.TextRow;
import org.modus.cases.input.Keys;
import org.modus.cases.input.Mappings;
import org.modus.cases.input.Mappings.HtcdsField;
import org.modus.cases.input.Mappings.TaxonomyId;
import org.modus.cases.input.Out;
import org.modus.disclosure.TextRedactor;
import org.modus.engine.ModusException;
import org.modus.engine.Pseudonymizer;
import org.modus.schemas.Taxonomy;
import org.modus.schemas.geo.Country;

/**
 * HTCDS v2.0 case records as JSON Lines (multi-valued fields as JSON arrays) or CSV (multi-valued cells
 * separated by '|' or, when ';' is not the delimiter, ';'). Field names are matched case- and
 * punctuation-insensitively against the aliases in {@code mappings/htcds-fields.csv}.
 */
public final class HtcdsParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HtcdsParser() {}

  /** One source record as field name to raw values (one value for scalars, any number for lists). */
  private record Fields(Map<String, List<String>> byField) {
    String one(String field) {
      List<String> v = byField.get(field);
      return v == null || v.isEmpty() ? null : v.get(0);
    }

    List<String> many(String field) {
      return byField.getOrDefault(field, List.of());
    }
  }

  public static List<Out> parseJsonLines(String source, String file, String text, Pseudonymizer keys) {
    List<Out> out = new ArrayList<>();
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
        out.add(Out.quarantine(source, "malformed_row", location, "not a JSON object: "
            + e.getMessage().split("\n")[0], line));
        continue;
      }
      if (node == null || !node.isObject()) {
        out.add(Out.quarantine(source, "malformed_row", location, "not a JSON object", line));
        continue;
      }
      Map<String, List<String>> values = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Optional<HtcdsField> f = field(e.getKey());
        if (f.isEmpty()) {
          unknown.add(e.getKey());
          continue;
        }
        List<String> vs = new ArrayList<>();
        if (e.getValue().isArray()) {
          e.getValue().forEach(v -> {
            if (!v.isNull()) {
              vs.add(v.asText());
            }
          });
        } else if (!e.getValue().isNull()) {
          String s = e.getValue().asText();
          vs.addAll(f.get().kind().startsWith("multi") ? DelimitedText.splitMulti(s, ',') : List.of(s));
        }
        values.put(f.get().field(), vs);
      }
      out.addAll(record(source, file, i + 1, new Fields(values), line, keys));
    }
    unknown.forEach(k -> out.add(Out.note("unknown_column", "htcds " + k)));
    out.add(Out.note("records_read", String.valueOf(read)));
    return out;
  }

  public static List<Out> parseCsv(String source, String file, String text, Character delimiter, Pseudonymizer keys) {
    Table t = DelimitedText.parse(file, text, delimiter,
        cells -> cells.stream().filter(c -> field(c).isPresent()).count() >= 3,
        "an HTCDS header (at least three HTCDS fields, e.g. " + aliasesOf("year") + ")");
    List<Optional<HtcdsField>> columns = t.header().stream().map(HtcdsParser::field).toList();
    boolean hasCountry = columns.stream().anyMatch(f -> f.isPresent()
        && (f.get().field().equals("country_exploitation") || f.get().field().equals("location_exploitation")));
    boolean hasYear = columns.stream().anyMatch(f -> f.isPresent() && f.get().field().equals("year"));
    if (!hasCountry || !hasYear) {
      throw new ModusException(file + " line " + t.headerLine() + ": HTCDS CSV needs a year column "
          + aliasesOf("year") + " and a country column " + aliasesOf("country_exploitation") + " or "
          + aliasesOf("location_exploitation") + "; header was " + t.header());
    }
    List<Out> out = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).isEmpty()) {
        out.add(Out.note("unknown_column", "htcds " + t.header().get(i)));
      }
    }
    for (TextRow r : t.rows()) {
      if (r.values().size() != t.header().size()) {
        out.add(Out.quarantine(source, "malformed_row", file + ":" + r.line(),
            "expected " + t.header().size() + " cells, found " + r.values().size(), r.raw()));
        continue;
      }
      Map<String, List<String>> values = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).isPresent()) {
          HtcdsField f = columns.get(i).get();
          String cell = r.values().get(i);
          values.put(f.field(), f.kind().startsWith("multi") ? DelimitedText.splitMulti(cell, t.delimiter())
              : cell == null ? List.of() : List.of(cell));
        }
      }
      out.addAll(record(source, file, r.line(), new Fields(values), r.raw(), keys));
    }
    out.add(Out.note("records_read", String.valueOf(t.rows().size())));
    return out;
  }

  private static List<Out> record(String source, String file, int line, Fields f, String raw, Pseudonymizer keys) {
    try {
      return build(source, file, line, f, keys);
    } catch (CaseFields.Rejected e) {
      return List.of(Out.quarantine(source, e.reason, file + ":" + line, e.getMessage(), raw));
    }
  }

  private static List<Out> build(String source, String file, int line, Fields f, Pseudonymizer keys)
      throws CaseFields.Rejected {
    CaseRecord c = new CaseRecord();
    List<Out> notes = new ArrayList<>();
    String sourceId = f.one("case_id");
    String fileName = new org.apache.hadoop.fs.Path(file).getName();
    c.row.put("case_id", keys.pseudonym("case", CaseFields.missing(sourceId)
        ? source + ":" + fileName + ":" + line : source + ":" + sourceId.strip()));
    c.row.put("source", source);
    c.row.put("source_format", "htcds");
    c.row.put("year", CaseFields.year(aliasesOf("year").get(0), f.one("year")));
    Optional<Country> country = CaseFields.country("CountryOfExploitation", f.one("country_exploitation"));
    if (country.isEmpty()) {
      country = CaseFields.location("LocationOfExploitation", f.one("location_exploitation"));
    }
    c.row.put("country_exploitation", country.map(Country::alpha3).orElse(null));
    c.row.put("region", country.map(Country::region).orElse(null));
    c.row.put("citizenship", CaseFields.country("citizenship", f.one("citizenship")).map(Country::alpha3).orElse(null));
    Optional<String> gender = CaseFields.gender(f.one("gender"));
    if (gender.isEmpty()) {
      notes.add(Out.note("unmapped_value", "gender=" + f.one("gender").strip()));
    }
    c.row.put("gender", gender.orElse("unknown"));
    Double age = CaseFields.age("AgeWhenTrafficked", f.one("age_when_trafficked"));
    String band = f.one("age_broad");
    c.row.put("age_broad", CaseFields.missing(band) ? null : band.strip());
    c.row.put("is_minor", age != null ? Boolean.valueOf(age < 18) : CaseFields.minorFromBand(band));
    c.row.put("duration_months", CaseFields.months("DurationMonths", f.one("duration_months")));
    String narrative = f.one("narrative");
    c.row.put("narrative", CaseFields.missing(narrative) ? null : TextRedactor.redact(narrative.strip(), keys));
    for (HtcdsField field : Mappings.get().htcdsFields()) {
      if (!field.kind().startsWith("multi")) {
        continue;
      }
      for (String value : f.many(field.field())) {
        Optional<Optional<TaxonomyId>> mapped = Mappings.get().htcdsValue(field, value);
        if (mapped.isEmpty()) {
          notes.add(Out.note("unmapped_value", field.field() + "=" + TextRedactor.mask(value.strip())));
          continue;
        }
        if (mapped.get().isEmpty()) {
          continue;
        }
        TaxonomyId id = mapped.get().get();
        c.feature(id, field.field());
        if (field.kind().equals("multi_platform_recruitment")) {
          // A platform used to recruit also tells the recruitment channel (telegram: messaging_app).
          Taxonomy.v1().channelOf(id.category())
              .ifPresent(ch -> c.feature(new TaxonomyId("recruitment_channel", ch), field.field()));
        }
      }
    }
    List<Out> out = c.emit();
    out.addAll(notes);
    return out;
  }

  static Optional<HtcdsField> field(String name) {
    String key = Keys.fold(name).replace(" ", "");
    for (HtcdsField f : Mappings.get().htcdsFields()) {
      for (String alias : f.aliases()) {
        if (Keys.fold(alias).replace(" ", "").equals(key)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> aliasesOf(String field) {
    return Mappings.get().htcdsFields().stream().filter(f -> f.field().equals(field)).findFirst()
        .map(HtcdsField::aliases).orElse(List.of(field));
  }
}

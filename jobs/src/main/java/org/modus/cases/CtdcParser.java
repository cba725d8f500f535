package org.modus.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.modus.schemas.geo.Country;

/**
 * The CTDC public CSV (current ~20-column release and the older ~60-column one): an optional
 * terms-of-use line above the header, {@code ,} or {@code ;}, {@code -99} for missing, ISO alpha-2
 * countries, 0/1 flag columns mapped onto taxonomy ids by {@code mappings/ctdc-columns.csv}.
 */
public final class CtdcParser {
  static final List<String> REQUIRED = List.of("yearOfRegistration", "CountryOfExploitation");
  private static final Set<String> CORE =
      Set.of(
          "yearofregistration",
          "datasource",
          "gender",
          "agebroad",
          "majoritystatus",
          "majoritystatusatexploit",
          "majorityentry",
          "citizenship",
          "countryofexploitation",
          "traffickmonths");

  private CtdcParser() {}

  public static ParsedFile parse(
      String source, String file, String text, Character delimiter, Pseudonymizer keys) {
    Table t =
        DelimitedText.parse(
            file,
            text,
            delimiter,
            cells ->
                cells.stream()
                    .anyMatch(c -> AccentFolding.labelKey(c).equals("yearofregistration")),
            "a CTDC header with " + REQUIRED);
    List<String> missing = REQUIRED.stream().filter(r -> t.column(r) < 0).toList();
    if (!missing.isEmpty()) {
      throw new ModusException(
          file
              + " line "
              + t.headerLine()
              + ": not the CTDC layout, missing column(s) "
              + missing
              + "; header was "
              + t.header());
    }
    List<ParsedRow> out = new ArrayList<>();
    Set<String> unknown = new HashSet<>();
    for (String h : t.header()) {
      String k = AccentFolding.labelKey(h).replace(" ", "");
      if (!CORE.contains(k) && Mappings.get().ctdcColumn(h).isEmpty()) {
        unknown.add(h);
      }
    }
    unknown.forEach(h -> out.add(ParsedRow.note("unknown_column", "ctdc " + h)));
    for (TextRow r : t.rows()) {
      String location = file + ":" + r.line();
      RowProblem problem = t.problem(r);
      if (problem != null) {
        out.add(
            ParsedRow.quarantine(source, problem.reason(), location, problem.detail(), r.raw()));
        continue;
      }
      try {
        out.addAll(record(source, file, t, r, keys));
      } catch (CaseFields.Rejected e) {
        out.add(ParsedRow.quarantine(source, e.reason, location, e.getMessage(), r.raw()));
      }
    }
    return ParsedFile.counting(out, t.rows().size(), "cases");
  }

  private static List<ParsedRow> record(
      String source, String file, Table t, TextRow r, Pseudonymizer keys)
      throws CaseFields.Rejected {
    CaseRecord c = new CaseRecord();
    Map<String, Object> row = c.row;
    String fileName = new org.apache.hadoop.fs.Path(file).getName();
    // CTDC rows carry no id: the stable id is the keyed pseudonym of source, file name and line.
    row.put("case_id", keys.pseudonym("case", source + ":" + fileName + ":" + r.line()));
    row.put("source", source);
    row.put("source_format", "ctdc");
    row.put("year", CaseFields.year("yearOfRegistration", cell(t, r, "yearOfRegistration")));
    Optional<Country> exploitation =
        CaseFields.country("CountryOfExploitation", cell(t, r, "CountryOfExploitation"));
    row.put("country_exploitation", exploitation.map(Country::alpha3).orElse(null));
    row.put("region", exploitation.map(Country::region).orElse(null));
    row.put(
        "citizenship",
        CaseFields.country("citizenship", cell(t, r, "citizenship"))
            .map(Country::alpha3)
            .orElse(null));
    String gender = cell(t, r, "gender");
    Optional<String> g = CaseFields.gender(gender);
    row.put("gender", g.orElse("unknown"));
    List<ParsedRow> notes = new ArrayList<>();
    if (g.isEmpty()) {
      notes.add(ParsedRow.note("unmapped_value", "gender=" + gender.strip()));
    }
    String band = cell(t, r, "ageBroad");
    row.put("age_broad", CaseFields.missing(band) ? null : band.strip());
    row.put("is_minor", minor(cell(t, r, "majorityStatus"), band));
    row.put("duration_months", CaseFields.months("traffickMonths", cell(t, r, "traffickMonths")));
    row.put("narrative", null);
    for (int i = 0; i < t.header().size(); i++) {
      String column = t.header().get(i);
      Optional<List<TaxonomyId>> ids = Mappings.get().ctdcColumn(column);
      if (ids.isPresent() && CaseFields.flag(column, r.values().get(i))) {
        for (TaxonomyId id : ids.get()) {
          c.feature(id, column);
        }
      }
    }
    List<ParsedRow> out = c.emit();
    out.addAll(notes);
    return out;
  }

  private static Boolean minor(String majorityStatus, String band) {
    if (!CaseFields.missing(majorityStatus)) {
      String m = AccentFolding.labelKey(majorityStatus);
      if (m.equals("minor")) {
        return true;
      }
      if (m.equals("adult")) {
        return false;
      }
    }
    return CaseFields.minorFromBand(band);
  }

  private static String cell(Table t, TextRow r, String column) {
    int i = t.column(column);
    return i < 0 ? null : r.values().get(i);
  }
}

package org.modus.aggregates;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modus.engine.ModusException;
import org.modus.ingest.DelimitedText.RowProblem;
import org.modus.ingest.DelimitedText.Table;
import org.modus.ingest.DelimitedText.TextRow;
import org.modus.ingest.InputFile;
import org.modus.ingest.Mappings;
import org.modus.ingest.ParsedFile;
import org.modus.ingest.ParsedRow;
import org.modus.schemas.AccentFolding;
import org.modus.schemas.geo.Areas;
import org.modus.schemas.geo.Countries;
import org.modus.schemas.geo.Country;

/**
 * National aggregate tables in long format: UNODC GLOTIP (title rows above the header, txtVALUE
 * text such as {@code <5}) and Eurostat-style tables (geo, time, unit, sex, age, indicator, value
 * with flags; also the SDMX-CSV names TIME_PERIOD, OBS_VALUE, OBS_FLAG), as delimited text or as
 * the data sheet of an {@code .xlsx} workbook. Values are kept as intervals. GLOTIP's regional and
 * sub-regional rows (codes of {@code reference/unodc-areas.csv}) are kept with their {@code
 * geo_level}; only countries carry {@code country}.
 */
public final class AggregateParser {
  /**
   * A layout: the header columns it needs, and the aliases by which each canonical column is found.
   */
  private record Layout(String format, Map<String, List<String>> columns, List<String> required) {
    String expected() {
      return required.stream().map(r -> columns.get(r).get(0)).toList().toString();
    }
  }

  private static final Layout GLOTIP =
      new Layout(
          "glotip",
          aliases(
              "country",
              "Iso3_code",
              "area_name",
              "Country",
              "indicator",
              "Indicator",
              "dimension",
              "Dimension",
              "category",
              "Category",
              "sex",
              "Sex",
              "age",
              "Age",
              "year",
              "Year",
              "unit",
              "Unit of measurement",
              "value",
              "txtVALUE",
              "publisher",
              "Source"),
          List.of("country", "indicator", "dimension", "category", "sex", "age", "year", "value"));

  private static final Layout EUROSTAT =
      new Layout(
          "eurostat",
          aliases(
              "country",
              "geo",
              "year",
              "time|TIME_PERIOD",
              "value",
              "value|OBS_VALUE",
              "flags",
              "OBS_FLAG|flag|flags",
              "unit",
              "unit",
              "sex",
              "sex",
              "age",
              "age",
              "indicator",
              "indicator|indic|leg_stat",
              "category",
              "exploit|category|form"),
          List.of("country", "year", "value"));

  private AggregateParser() {}

  /** Parses a text file already in memory. */
  public static ParsedFile parse(
      String source, String format, String file, String text, Character delimiter) {
    return parse(source, format, InputFile.ofText(file, text), delimiter);
  }

  /** Parses one input file: delimited text, or the data sheet of an .xlsx workbook. */
  public static ParsedFile parse(
      String source, String format, InputFile input, Character delimiter) {
    Layout layout =
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
          case "glotip" -> GLOTIP;
          case "eurostat" -> EUROSTAT;
          default ->
              throw new ModusException(
                  "Aggregate source '"
                      + source
                      + "': format must be glotip or eurostat, got '"
                      + format
                      + "'");
        };
    Table t =
        input.table(
            delimiter,
            cells ->
                layout.required().stream()
                    .allMatch(r -> index(cells, layout.columns().get(r)) >= 0),
            "a " + format + " header with " + layout.expected());
    Map<String, Integer> at = new LinkedHashMap<>();
    layout.columns().forEach((k, names) -> at.put(k, index(t.header(), names)));
    List<ParsedRow> out = new ArrayList<>();
    String q = "aggregates/" + source;
    for (TextRow r : t.rows()) {
      String location = t.location(r);
      RowProblem problem = t.problem(r);
      if (problem != null) {
        out.add(ParsedRow.quarantine(q, problem.reason(), location, problem.detail(), r.raw()));
        continue;
      }
      try {
        out.addAll(row(source, layout, at, r));
      } catch (CensoredValue.Invalid e) {
        out.add(ParsedRow.quarantine(q, e.reason(), location, e.getMessage(), r.raw()));
      }
    }
    return ParsedFile.counting(out, t.rows().size(), "aggregates");
  }

  private static List<ParsedRow> row(
      String source, Layout layout, Map<String, Integer> at, TextRow r)
      throws CensoredValue.Invalid {
    List<ParsedRow> notes = new ArrayList<>();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("source", source);
    v.put("source_format", layout.format());
    Place place = place(layout.format(), cell(r, at, "country"), cell(r, at, "area_name"), notes);
    v.put("country", place.country());
    v.put("geo_level", place.geoLevel());
    v.put("area_code", place.areaCode());
    v.put("area_name", place.areaName());
    v.put("m49_code", place.m49Code());
    v.put("region", place.region());
    v.put("subregion", place.subregion());
    v.put("year", year(cell(r, at, "year")));
    String indicator = cell(r, at, "indicator");
    v.put("indicator", indicator == null ? "(not given)" : indicator);
    Optional<String> indicatorId =
        indicator == null ? Optional.empty() : Mappings.get().code("indicator", indicator);
    if (indicator != null && indicatorId.isEmpty()) {
      notes.add(ParsedRow.note("unmapped_value", layout.format() + " indicator=" + indicator));
    }
    v.put("indicator_id", indicatorId.orElse(null));
    String category = cell(r, at, "category");
    String dimension =
        layout.format().equals("glotip")
            ? cell(r, at, "dimension")
            : category == null ? null : "exploit";
    v.put("dimension", dimension);
    v.put("category_raw", category);
    Optional<Mappings.AggregateCategory> mapped =
        category == null
            ? Optional.empty()
            : Mappings.get()
                .aggregateCategory(layout.format(), dimension == null ? "" : dimension, category);
    if (category != null && mapped.isEmpty() && isCategoryDimension(layout.format(), dimension)) {
      notes.add(
          ParsedRow.note("unmapped_value", layout.format() + " " + dimension + "=" + category));
    }
    v.put("family", mapped.map(m -> m.id() == null ? null : m.id().family()).orElse(null));
    v.put("category", mapped.map(m -> m.id() == null ? null : m.id().category()).orElse(null));
    v.put("sex", code("sex", cell(r, at, "sex"), notes, layout.format()));
    v.put("age", code("age", cell(r, at, "age"), notes, layout.format()));
    v.put("unit", cell(r, at, "unit"));
    String raw = cell(r, at, "value");
    String flagColumn = cell(r, at, "flags");
    CensoredValue cv = CensoredValue.parse(raw == null ? "" : raw);
    if (cv.value() == null
        && flagColumn != null
        && flagColumn.strip().toLowerCase(java.util.Locale.ROOT).contains("c")) {
      // SDMX-CSV leaves a confidential value empty and says so in OBS_FLAG: it exists, it is
      // withheld.
      cv = CensoredValue.parse(": " + flagColumn.strip());
    }
    v.put("value_low", cv.value() == null ? null : cv.value().low());
    v.put("value_high", cv.value() == null ? null : cv.value().high());
    v.put("censored", cv.censored());
    String flags = join(cv.flags(), flagColumn);
    if (cv.value() == null && flags == null && raw != null && raw.strip().isEmpty()) {
      flags = "missing";
    }
    v.put("flags", flags);
    List<ParsedRow> out = new ArrayList<>();
    out.add(new ParsedRow("aggregates", v));
    out.addAll(notes);
    return out;
  }

  private static boolean isCategoryDimension(String format, String dimension) {
    return format.equals("eurostat")
        || (dimension != null && !AccentFolding.labelKey(dimension).equals("total"));
  }

  private static String join(String a, String b) {
    String bb = b == null || b.isBlank() ? null : b.strip();
    if (a == null) {
      return bb;
    }
    return bb == null || bb.equals(a) ? a : a + " " + bb;
  }

  private static String code(String kind, String raw, List<ParsedRow> notes, String format) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    Optional<String> c = Mappings.get().code(kind, raw);
    if (c.isEmpty()) {
      notes.add(ParsedRow.note("unmapped_value", format + " " + kind + "=" + raw.strip()));
      return AccentFolding.labelKey(raw).replace(' ', '_');
    }
    return c.get();
  }

  /**
   * Where a row's figure applies: a country ({@code country} its ISO3 code) or, in GLOTIP, a
   * regional aggregate ({@code country} null).
   */
  record Place(
      String country,
      String geoLevel,
      String areaCode,
      String areaName,
      String m49Code,
      String region,
      String subregion) {}

  /**
   * The place of a row from its code (and, in GLOTIP, its published name). A country code wins. For
   * a GLOTIP code that is not a country, the published name decides when it names an area of
   * unodc-areas.csv: most area codes there are assumed from the pattern of the observed ones, while
   * the name is what UNODC wrote; a code whose reference area has another name is then reported
   * (area_name_differs) and the named area kept. A name that names no area leaves the code's area,
   * with the same warning; a code and a name that both name nothing are quarantined (unknown_area).
   */
  static Place place(String format, String code, String publishedName, List<ParsedRow> notes)
      throws CensoredValue.Invalid {
    String name = publishedName == null || publishedName.isBlank() ? null : publishedName.strip();
    if (code == null || code.isBlank()) {
      throw new CensoredValue.Invalid(
          "missing_area_code",
          "no country or area code" + (name == null ? "" : " (published name '" + name + "')"));
    }
    String c = code.strip();
    if (format.equals("glotip") && Countries.get().byAlpha3(c).isEmpty()) {
      Optional<Areas.Area> byCode = Areas.get().byCode(c);
      Optional<Areas.Area> byName = Areas.get().byName(name);
      if (byCode.isEmpty() && byName.isEmpty()) {
        throw new CensoredValue.Invalid(
            "unknown_area",
            "'"
                + c
                + "' is neither an ISO 3166 alpha-3 code nor an "
                + "area of reference/unodc-areas.csv"
                + (name == null ? "" : ", nor is its published name '" + name + "'"));
      }
      Areas.Area a = byName.orElseGet(byCode::get);
      if (name != null && (byCode.isEmpty() || !byCode.get().isNamed(name))) {
        notes.add(
            ParsedRow.note(
                "area_name_differs",
                format
                    + " "
                    + c
                    + "='"
                    + name
                    + "' (unodc-areas.csv: "
                    + byCode.map(Areas.Area::name).orElse("no such code")
                    + "; kept as "
                    + a.name()
                    + ")"));
      }
      String region =
          a.geoLevel().equals("region") ? a.name() : a.region().isEmpty() ? null : a.region();
      return new Place(
          null,
          a.geoLevel(),
          c.toUpperCase(java.util.Locale.ROOT),
          name == null ? a.name() : name,
          a.m49Code().isEmpty() ? null : a.m49Code(),
          region,
          null);
    }
    Country country = country(format, c);
    return new Place(
        country.alpha3(),
        "country",
        c,
        name == null ? country.nameEn() : name,
        country.numeric(),
        country.region(),
        country.subregion());
  }

  static Country country(String format, String code) throws CensoredValue.Invalid {
    String c = code.strip();
    if (format.equals("eurostat") && c.matches("(?i)^(EU|EA|EEA|EFTA)\\d*(_\\d+)?$|.*_.*")) {
      throw new CensoredValue.Invalid(
          "not_a_country", "'" + c + "' is a group of countries, not a country");
    }
    Optional<Country> found =
        format.equals("glotip")
            ? Countries.get().byAlpha3(c)
            : Mappings.get()
                .code("geo", c)
                .flatMap(a3 -> Countries.get().byAlpha3(a3))
                .or(() -> c.length() == 2 ? Countries.get().resolve(c) : Optional.empty());
    return found.orElseThrow(
        () ->
            new CensoredValue.Invalid(
                "unknown_country",
                "'"
                    + c
                    + "' is not a known "
                    + (format.equals("glotip") ? "ISO 3166 alpha-3" : "country")
                    + " code"));
  }

  static int year(String text) throws CensoredValue.Invalid {
    String s = text == null ? "" : text.strip();
    int y;
    try {
      y = Integer.parseInt(s.length() > 4 && s.matches("\\d{4}[-_ ].*") ? s.substring(0, 4) : s);
    } catch (NumberFormatException e) {
      throw new CensoredValue.Invalid("bad_year", "not a year: '" + s + "'");
    }
    int max = Year.now().getValue() + 1;
    if (y < 1900 || y > max) {
      throw new CensoredValue.Invalid("bad_year", "year " + y + " is outside 1900.." + max);
    }
    return y;
  }

  private static String cell(TextRow r, Map<String, Integer> at, String column) {
    Integer i = at.get(column);
    if (i == null || i < 0) {
      return null;
    }
    String v = r.values().get(i);
    return v == null ? null : v.strip();
  }

  private static int index(List<String> header, List<String> names) {
    for (String n : names) {
      for (int i = 0; i < header.size(); i++) {
        if (AccentFolding.labelKey(header.get(i)).equals(AccentFolding.labelKey(n))) {
          return i;
        }
      }
    }
    return -1;
  }

  private static Map<String, List<String>> aliases(String... kv) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], List.of(kv[i + 1].split("\\|")));
    }
    return m;
  }
}

package org.modus.aggregates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modus.ingest.ParsedFile;
import org.modus.ingest.ParsedRow;

class AggregateParserTest {
  static final String GLOTIP =
      "\"UNODC Global Report on Trafficking in Persons - data export\",,,,,,,,,,,,\n"
          + "\"Extracted on 2024-12-01\",,,,,,,,,,,,\n"
          + ",,,,,,,,,,,,\n"
          + "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n"
          + "FRA,France,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2022,Counts,120,NR\n"
          + "FRA,France,Europe,Western Europe,Detected trafficking victims,by form of exploitation,Sexual exploitation,Total,Total,2022,Counts,<5,NR\n"
          + "FRA,France,Europe,Western Europe,Detected trafficking victims,by form of exploitation,Forced labour,Total,Total,2022,Counts,\"1,010\",NR\n"
          + "XXX,Nowhere,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2022,Counts,3,NR\n"
          + "FRA,France,Europe,Western Europe,Persons convicted,Total,Total,Total,Total,3024,Counts,3,NR\n"
          + "FRA,France,Europe,Western Europe,Persons convicted,Total,Total,Total,Total,2022,Counts,-3,NR\n";

  @Test
  void glotipTitleRowsAreSkippedAndLessThanFiveIsAnInterval() {
    ParsedFile out = AggregateParser.parse("glotip", "glotip", "in/g.csv", GLOTIP, null);
    List<Map<String, Object>> rows = rows(out, "aggregates");
    assertEquals(3, rows.size());
    Map<String, Object> total = rows.get(0);
    assertEquals("FRA", total.get("country"));
    assertEquals("detected_victims", total.get("indicator_id"));
    assertEquals(120.0, total.get("value_low"));
    assertEquals(120.0, total.get("value_high"));
    Map<String, Object> sexual = rows.get(1);
    assertEquals("exploitation_type", sexual.get("family"));
    assertEquals("sexual_exploitation", sexual.get("category"));
    assertEquals(0.0, sexual.get("value_low"));
    assertEquals(4.0, sexual.get("value_high"));
    assertEquals(true, sexual.get("censored"));
    assertEquals("total", sexual.get("sex"));
    assertEquals(1010.0, rows.get(2).get("value_low"));
    assertEquals(
        List.of("unknown_area@in/g.csv:8", "bad_year@in/g.csv:9", "impossible_value@in/g.csv:10"),
        rows(out, "quarantine").stream()
            .map(r -> r.get("reason") + "@" + r.get("location"))
            .toList());
  }

  @Test
  void eurostatFlagsGeoCodesAndGroupsOfCountries() {
    String csv =
        "geo,time,unit,sex,age,indicator,exploit,value\n"
            + "FR,2023,NR,T,TOTAL,VICT,SEX_EXP,12 p\n"
            + "UK,2023,NR,F,TOTAL,VICT,LAB_EXP,:\n"
            + "ES,2023,NR,T,TOTAL,VICT,TOTAL,: c\n"
            + "EU27_2020,2023,NR,T,TOTAL,VICT,TOTAL,7000\n";
    ParsedFile out = AggregateParser.parse("es", "eurostat", "in/e.csv", csv, null);
    List<Map<String, Object>> rows = rows(out, "aggregates");
    assertEquals(3, rows.size());
    assertEquals("p", rows.get(0).get("flags"));
    assertEquals(12.0, rows.get(0).get("value_low"));
    assertEquals("sexual_exploitation", rows.get(0).get("category"));
    assertEquals("GBR", rows.get(1).get("country"), "Eurostat UK is ISO GB");
    assertNull(rows.get(1).get("value_low"), "':' is missing, not zero");
    assertEquals("female", rows.get(1).get("sex"));
    assertEquals(0.0, rows.get(2).get("value_low"));
    assertNull(rows.get(2).get("value_high"), "confidential is unbounded above");
    assertEquals(
        List.of("not_a_country"),
        rows(out, "quarantine").stream().map(r -> r.get("reason")).toList());
  }

  @Test
  void eurostatSdmxCsvWithASeparateFlagColumn() {
    String csv =
        "DATAFLOW,LAST UPDATE,freq,unit,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
            + "ESTAT:CRIM_THB_VEXP(1.0),05/03/24 23:00:00,A,NR,T,TOTAL,ES,2022,412,p\n"
            + "ESTAT:CRIM_THB_VEXP(1.0),05/03/24 23:00:00,A,NR,T,TOTAL,FR,2022,,c\n";
    List<Map<String, Object>> rows =
        rows(AggregateParser.parse("sdmx", "eurostat", "in/s.csv", csv, null), "aggregates");
    assertEquals(412.0, rows.get(0).get("value_low"));
    assertEquals("p", rows.get(0).get("flags"));
    assertEquals("ESP", rows.get(0).get("country"));
    assertEquals(2022, rows.get(0).get("year"));
    assertEquals("c", rows.get(1).get("flags"));
    assertEquals(0.0, rows.get(1).get("value_low"), "confidential: withheld, not missing");
    assertNull(rows.get(1).get("value_high"));
    assertEquals(true, rows.get(1).get("censored"));
  }

  @Test
  void glotipRegionalAggregatesAreRowsWithTheirLevelAndM49Area() {
    String csv =
        "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n"
            + "SAM,South America,Americas,South America,Detected trafficking victims,Total,Total,Total,Total,2022,Counts,350,NR\n"
            + "EEU,Eastern Europe,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2022,Counts,<5,NR\n"
            + "WLD,World,,,Detected trafficking victims,Total,Total,Total,Total,2022,Counts,50000,NR\n"
            + ",Central and South-Eastern Europe,Europe,,Detected trafficking victims,Total,Total,Total,Total,2022,Counts,7,NR\n"
            + "ZZZ,Somewhere,,,Detected trafficking victims,Total,Total,Total,Total,2022,Counts,9,NR\n"
            + "MCA,Central America,Americas,,Detected trafficking victims,Total,Total,Total,Total,2022,Counts,40,NR\n"
            + "FRA,France,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2022,Counts,120,NR\n"
            + "XWA,West Africa,Africa,,Detected trafficking victims,Total,Total,Total,Total,2022,Counts,60,NR\n";
    ParsedFile out = AggregateParser.parse("glotip", "glotip", "in/g.csv", csv, null);
    List<Map<String, Object>> rows = rows(out, "aggregates");
    assertEquals(
        List.of("SAM", "EEU", "WLD", "MCA", "FRA", "XWA"),
        rows.stream().map(r -> r.get("area_code")).toList());
    assertEquals(
        List.of("subregion", "subregion", "world", "subregion", "country", "subregion"),
        rows.stream().map(r -> r.get("geo_level")).toList());
    assertEquals(
        List.of("005", "151", "001", "013", "250", "011"),
        rows.stream().map(r -> r.get("m49_code")).toList(),
        "the published name decides the area: MCA named Central America is M49 013, not the assumed Middle Africa");
    assertNull(rows.get(0).get("country"), "a region is not a country");
    assertEquals("Americas", rows.get(0).get("region"));
    assertEquals("South America", rows.get(0).get("area_name"));
    assertEquals(4.0, rows.get(1).get("value_high"), "<5 stays an interval for regions too");
    assertEquals("FRA", rows.get(4).get("country"));
    assertEquals("France", rows.get(4).get("area_name"));
    assertEquals(
        List.of("missing_area_code@in/g.csv:5", "unknown_area@in/g.csv:6"),
        rows(out, "quarantine").stream()
            .map(r -> r.get("reason") + "@" + r.get("location"))
            .toList());
    assertTrue(
        rows(out, "quarantine")
            .get(0)
            .get("detail")
            .toString()
            .contains("Central and South-Eastern Europe"),
        "the blank code's published name helps the reader see what was left out");
    assertEquals(
        List.of(
            "glotip MCA='Central America' (unodc-areas.csv: Middle Africa; kept as Central America)",
            "glotip XWA='West Africa' (unodc-areas.csv: no such code; kept as Western Africa)"),
        rows(out, ParsedRow.NOTE).stream()
            .filter(n -> n.get("code").equals("area_name_differs"))
            .map(n -> n.get("detail"))
            .toList(),
        "a code whose published name differs is reported");
  }

  @Test
  void anAggregateRowThatIsNotValidCsvIsQuarantinedAndTheCountsReconcile() {
    String csv = "geo,time,value\n" + "FR,2023,12\n" + "ES,2023,\"7\"0\n" + "BE,2023,3\n";
    ParsedFile out = AggregateParser.parse("es", "eurostat", "in/e.csv", csv, null);
    assertEquals(
        List.of("FRA", "BEL"),
        rows(out, "aggregates").stream().map(r -> r.get("country")).toList());
    assertEquals(
        List.of("malformed_row@in/e.csv:3"),
        rows(out, "quarantine").stream()
            .map(r -> r.get("reason") + "@" + r.get("location"))
            .toList());
    assertEquals(3, out.recordsRead());
    assertEquals(2, out.recordsAccepted());
    assertEquals(1, out.recordsQuarantined());
  }

  static List<Map<String, Object>> rows(ParsedFile out, String table) {
    return out.rows().stream().filter(o -> o.table().equals(table)).map(ParsedRow::values).toList();
  }
}

package org.modus.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.modus.engine.ModusException;
import org.modus.engine.Pseudonymizer;
import org.modus.ingest.ParsedFile;
import org.modus.ingest.ParsedRow;

class CaseParsersTest {
  private static final Pseudonymizer KEYS = new Pseudonymizer(new byte[32]);

  static final String CTDC =
      "Terms of use: The data is provided for research purposes; no re-identification\n"
          + "yearOfRegistration;gender;ageBroad;citizenship;CountryOfExploitation;traffickMonths;"
          + "meansDebtBondageEarnings;meansThreats;meansWithholdDocs;isForcedLabour;isSexualExploit;"
          + "typeOfLabourAgriculture;recruiterRelationFriend\n"
          + "2022;Female;18--20;ES;FR;0--12 (0-1 yr);1;0;1;0;1;-99;1\n"
          + "2023;Male;9--17;-99;ES;-99;-99;1;0;1;0;1;0\n"
          + "3024;Male;-99;FR;FR;-99;0;0;0;1;0;0;0\n"
          + "2023;Female;-99;FR;ZZ;-99;0;0;0;1;0;0;0\n"
          + "2023;Female;-99;FR;FR;-99;maybe;0;0;1;0;0;0\n"
          + "2023;Female;-99;FR\n";

  @Test
  void ctdcWithTermsLineSemicolonsAndMinus99() {
    ParsedFile out = CtdcParser.parse("ctdc", "in/ctdc.csv", CTDC, null, KEYS);
    List<Map<String, Object>> cases = rows(out, "cases");
    assertEquals(2, cases.size());
    Map<String, Object> first = cases.get(0);
    assertEquals(2022, first.get("year"));
    assertEquals("FRA", first.get("country_exploitation"));
    assertEquals("ESP", first.get("citizenship"));
    assertEquals("Europe", first.get("region"));
    assertEquals("female", first.get("gender"));
    assertEquals(false, first.get("is_minor"));
    assertEquals(6.0, first.get("duration_months"));
    Map<String, Object> second = cases.get(1);
    assertNull(second.get("citizenship"), "-99 is missing, not a country");
    assertEquals(true, second.get("is_minor"));
    assertNull(second.get("duration_months"));

    Set<String> firstFeatures = features(out, first.get("case_id"));
    assertEquals(
        Set.of(
            "control_coercion/debt_bondage",
            "control_coercion/takes_earnings",
            "control_coercion/withholds_documents",
            "exploitation_type/sexual_exploitation"),
        firstFeatures);
    assertEquals(
        Set.of(
            "control_coercion/physical_threats",
            "exploitation_type/forced_labour",
            "labour_sector/agriculture"),
        features(out, second.get("case_id")));
  }

  @Test
  void ctdcBadRowsAreQuarantinedWithReasonAndLine() {
    List<Map<String, Object>> q =
        rows(CtdcParser.parse("ctdc", "in/ctdc.csv", CTDC, null, KEYS), "quarantine");
    assertEquals(
        List.of("bad_year", "unknown_country", "bad_value", "malformed_row"),
        q.stream().map(r -> r.get("reason")).toList());
    assertEquals(
        List.of("in/ctdc.csv:5", "in/ctdc.csv:6", "in/ctdc.csv:7", "in/ctdc.csv:8"),
        q.stream().map(r -> r.get("location")).toList());
    assertTrue(((String) q.get(1).get("detail")).contains("CountryOfExploitation"));
  }

  @Test
  void olderCtdcReleasesWithMajorityStatusAndMeansOfControlFlags() {
    String old =
        "Datasource,yearOfRegistration,gender,majorityStatus,majorityStatusAtExploit,ageBroad,citizenship,"
            + "CountryOfExploitation,meansOfControlDebtBondage,meansOfControlThreatOfLawEnforcement,"
            + "meansOfControlRestrictsMovement,meansOfControlUsesChildren,isAbduction,isForcedMarriage\n"
            + "Case Management,2015,Female,Minor,Minor,-99,GB,US,1,1,-99,1,1,0\n";
    ParsedFile out = CtdcParser.parse("old", "in/old.csv", old, null, KEYS);
    Map<String, Object> c = rows(out, "cases").get(0);
    assertEquals(true, c.get("is_minor"));
    assertEquals("USA", c.get("country_exploitation"));
    assertEquals("GBR", c.get("citizenship"));
    assertEquals(
        Set.of("control_coercion/debt_bondage", "control_coercion/threats_law_enforcement"),
        features(out, c.get("case_id")),
        "uses-children and abduction have no taxonomy id; -99 is absent");
    assertTrue(
        rows(out, ParsedRow.NOTE).stream().noneMatch(n -> "unknown_column".equals(n.get("code"))));
  }

  @Test
  void ctdcWithoutTheRequiredColumnsIsAClearError() {
    ModusException e =
        assertThrows(
            ModusException.class,
            () ->
                CtdcParser.parse(
                    "ctdc", "in/bad.csv", "yearOfRegistration,gender\n2020,Male\n", null, KEYS));
    assertTrue(
        e.getMessage().contains("in/bad.csv") && e.getMessage().contains("CountryOfExploitation"),
        e.getMessage());
  }

  @Test
  void htcdsJsonLinesWithListsAndARedactedNarrative() {
    String jsonl =
        "{\"caseId\":\"A-1\",\"Gender\":\"Female\",\"Citizenship\":\"ESP\",\"AgeWhenTrafficked\":24,"
            + "\"yearOfRegistration\":2024,\"LocationOfExploitation\":\"Paris, France\","
            + "\"RecruitmentWebsitesAndApps\":[\"Telegram\",\"Instagram\"],\"MethodsOfControl\":[\"Debt bondage\",\"Other\"],"
            + "\"TypeOfExploitation\":[\"Forced labor\"],\"PaymentMethods\":[\"Bitcoin\"],"
            + "\"narrative\":\"Contacted at +33 6 12 34 56 78 and told to pay in crypto.\"}\n"
            + "{not json}\n"
            + "{\"caseId\":\"A-3\",\"yearOfRegistration\":2024,\"CountryOfExploitation\":\"Atlantis\"}\n";
    ParsedFile out = HtcdsParser.parseJsonLines("htcds", "in/h.jsonl", jsonl, KEYS);
    List<Map<String, Object>> cases = rows(out, "cases");
    assertEquals(1, cases.size());
    Map<String, Object> c = cases.get(0);
    assertEquals(KEYS.pseudonym("case", "htcds:A-1"), c.get("case_id"));
    assertEquals("FRA", c.get("country_exploitation"));
    assertEquals(false, c.get("is_minor"));
    String narrative = (String) c.get("narrative");
    assertFalse(narrative.contains("12 34"), narrative);
    assertTrue(narrative.startsWith("Contacted at [phone:"), narrative);
    assertEquals(
        Set.of(
            "platform/telegram",
            "platform/instagram",
            "recruitment_channel/messaging_app",
            "recruitment_channel/social_media",
            "control_coercion/debt_bondage",
            "exploitation_type/forced_labour",
            "payment_method/cryptocurrency"),
        features(out, c.get("case_id")));
    assertEquals(
        List.of("malformed_row", "unknown_country"),
        rows(out, "quarantine").stream().map(r -> r.get("reason")).toList());
  }

  @Test
  void htcdsCsvSplitsMultiValuedCells() {
    String csv =
        "caseId,yearOfRegistration,CountryOfExploitation,MethodsOfControl,ForcedLabourIndustry\n"
            + "B-1,2023,ES,Threats|Withholds documents,Agriculture;Construction\n"
            + "B-2,2023,ES,Mind control,\n";
    ParsedFile out = HtcdsParser.parseCsv("h", "in/h.csv", csv, null, KEYS);
    Object id = rows(out, "cases").get(0).get("case_id");
    assertEquals(
        Set.of(
            "control_coercion/physical_threats",
            "control_coercion/withholds_documents",
            "labour_sector/agriculture",
            "labour_sector/construction"),
        features(out, id));
    assertTrue(
        rows(out, ParsedRow.NOTE).stream()
            .anyMatch(n -> "MethodsOfControl=Mind control".equals(n.get("detail"))),
        "an unmapped value is reported, not silently dropped");
  }

  @Test
  void htcdsJsonValuesOfAnotherTypeThanTheFieldsAreQuarantinedBadType() {
    String ok = "\"yearOfRegistration\":2023,\"CountryOfExploitation\":\"ES\"";
    String jsonl =
        String.join(
            "\n",
            "{\"caseId\":\"C-1\",\"yearOfRegistration\":2023,\"CountryOfExploitation\":{\"iso\":\"ES\"}}",
            "{\"caseId\":\"C-2\"," + ok + ",\"Gender\":true}",
            "{\"caseId\":[\"C-3\",\"C-3b\"]," + ok + "}",
            "{\"caseId\":\"C-4\","
                + ok
                + ",\"MethodsOfControl\":[\"Threats\",{\"other\":\"+34 612 345 678\"}]}",
            "{\"caseId\":\"C-5\"," + ok + ",\"narrative\":{\"text\":\"Met at +34 612 345 678\"}}",
            "{\"caseId\":\"C-6\"," + ok + ",\"AgeWhenTrafficked\":false}",
            "{\"caseId\":\"C-7\"," + ok + ",\"TypeOfExploitation\":{\"a\":\"Forced labor\"}}");
    ParsedFile out = HtcdsParser.parseJsonLines("h", "in/h.jsonl", jsonl, KEYS);
    assertTrue(rows(out, "cases").isEmpty(), rows(out, "cases").toString());
    List<Map<String, Object>> q = rows(out, "quarantine");
    assertEquals(
        List.of(
            "CountryOfExploitation: object where text was expected",
            "Gender: boolean where text was expected",
            "caseId: array where an id was expected",
            "MethodsOfControl[2]: object where text was expected",
            "narrative: object where text was expected",
            "AgeWhenTrafficked: boolean where a number was expected",
            "TypeOfExploitation: object where a list of text was expected"),
        q.stream().map(r -> r.get("detail")).toList());
    assertTrue(q.stream().allMatch(r -> "bad_type".equals(r.get("reason"))), q.toString());
    assertEquals("in/h.jsonl:4", q.get(3).get("location"));
    assertTrue(
        q.stream().noneMatch(r -> ((String) r.get("record")).contains("612 345")), q.toString());
  }

  @Test
  void htcdsJsonNumbersAreReadWhereNumbersBelongAndReportedWhereWordsAreExpected() {
    String jsonl =
        "{\"caseId\":123,\"yearOfRegistration\":2023.0,\"CountryOfExploitation\":\"ES\","
            + "\"AgeWhenTrafficked\":17,\"ageBroad\":18,\"narrative\":42}\n";
    ParsedFile out = HtcdsParser.parseJsonLines("h", "in/h.jsonl", jsonl, KEYS);
    Map<String, Object> c = rows(out, "cases").get(0);
    assertEquals(KEYS.pseudonym("case", "h:123"), c.get("case_id"));
    assertEquals(2023, c.get("year"));
    assertEquals(true, c.get("is_minor"));
    assertEquals("18", c.get("age_broad"));
    assertEquals("42", c.get("narrative"));
    assertEquals(
        List.of("number_as_text:ageBroad", "number_as_text:narrative"),
        rows(out, ParsedRow.NOTE).stream()
            .filter(n -> "number_as_text".equals(n.get("code")))
            .map(n -> n.get("code") + ":" + n.get("detail"))
            .sorted()
            .toList());
  }

  @Test
  void aCtdcRowThatIsNotValidCsvIsQuarantinedAndTheRowsAroundItAreStillRead() {
    String csv =
        "yearOfRegistration,gender,CountryOfExploitation\n"
            + "2022,Female,FR\n"
            + "2023,\"Male\"x,ES\n"
            + "2023,Male,ES\n";
    ParsedFile out = CtdcParser.parse("ctdc", "in/ctdc.csv", csv, null, KEYS);
    assertEquals(List.of(2022, 2023), rows(out, "cases").stream().map(c -> c.get("year")).toList());
    List<Map<String, Object>> q = rows(out, "quarantine");
    assertEquals(1, q.size());
    assertEquals("malformed_row", q.get(0).get("reason"));
    assertEquals("in/ctdc.csv:3", q.get(0).get("location"));
    assertTrue(
        ((String) q.get(0).get("detail")).startsWith("not valid CSV"),
        (String) q.get(0).get("detail"));
    assertEquals(3, out.recordsRead());
    assertEquals(2, out.recordsAccepted());
    assertEquals(1, out.recordsQuarantined());
  }

  @Test
  void anHtcdsCsvQuoteLeftOpenQuarantinesTheRestOfTheFileAsOneRecord() {
    String csv =
        "caseId,yearOfRegistration,CountryOfExploitation\n"
            + "B-1,2023,ES\n"
            + "B-2,2023,\"ES\n"
            + "B-3,2023,ES\n";
    ParsedFile out = HtcdsParser.parseCsv("h", "in/h.csv", csv, null, KEYS);
    assertEquals(1, rows(out, "cases").size());
    List<Map<String, Object>> q = rows(out, "quarantine");
    assertEquals(
        List.of("malformed_row@in/h.csv:3"),
        q.stream().map(r -> r.get("reason") + "@" + r.get("location")).toList());
    assertTrue(
        ((String) q.get(0).get("detail")).contains("never closed"),
        (String) q.get(0).get("detail"));
    assertEquals(out.recordsRead(), out.recordsAccepted() + out.recordsQuarantined());
    assertEquals(2, out.recordsRead());
  }

  @Test
  void aCaseFileWithoutAHeaderStillFailsNamingTheFile() {
    ModusException e =
        assertThrows(
            ModusException.class, () -> CtdcParser.parse("ctdc", "in/empty.csv", "", null, KEYS));
    assertTrue(e.getMessage().contains("in/empty.csv"), e.getMessage());
  }

  static List<Map<String, Object>> rows(ParsedFile out, String table) {
    return out.rows().stream().filter(o -> o.table().equals(table)).map(ParsedRow::values).toList();
  }

  static Set<String> features(ParsedFile out, Object caseId) {
    return rows(out, "case_features").stream()
        .filter(f -> f.get("case_id").equals(caseId))
        .map(f -> f.get("family") + "/" + f.get("category"))
        .collect(Collectors.toSet());
  }
}

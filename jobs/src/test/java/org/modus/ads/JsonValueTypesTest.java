package org.modus.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modus.ads.read.JsonlRecords;
import org.modus.ads.read.RawRecord;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.engine.Pseudonymizer;

/**
 * A JSON value of another type than the field expects is never turned into text silently: an object
 * or an array where one value is expected, or a boolean where words or an id are expected,
 * quarantines the record {@code bad_type}; a number where words are expected is kept as its decimal
 * text and flags the ad {@code number_as_text}; a number is what an id, a date or a metadata field
 * may be.
 */
class JsonValueTypesTest {
  private static final Pseudonymizer KEY =
      new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes());
  private static final ColumnMapping MAPPING =
      new ColumnMapping(Map.of("ad_id", "id", "text", "body", "posted_at", "published"));
  private static final String BODY =
      "\"body\":\"Waitress wanted in a busy cafe, evening shifts, good pay\"";

  /** One JSON Lines record read as the ingest stage reads it, then processed. */
  static AdOutcome processLine(ColumnMapping mapping, String json) {
    JsonlRecords.Records records =
        new JsonlRecords.Records(new BufferedReader(new StringReader(json)), "t.jsonl", 100_000);
    RawRecord r = records.next();
    assertFalse(records.hasNext());
    AdRecordProcessor p =
        new AdRecordProcessor("ads/t", mapping, AdsIngestSettings.defaults(), KEY, null, null);
    return p.process(r);
  }

  private static AdOutcome process(String json) {
    return processLine(MAPPING, json);
  }

  private static void assertBadType(AdOutcome o, String detail) {
    assertFalse(o.accepted(), () -> "accepted: " + o.ad());
    assertEquals("bad_type", o.reason());
    assertEquals(detail, o.detail());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "country|{\"code\":\"FR\"}|country: object where text was expected",
        "country|[\"FR\",\"BE\"]|country: array where text was expected",
        "city|{\"name\":\"Lyon\"}|city: object where text was expected",
        "site|[]|site: array where text was expected",
        "title|{\"fr\":\"Serveuse\"}|title: object where text was expected",
        "category|[\"jobs\"]|category: array where text was expected",
        "salary|{\"min\":1800}|salary: object where text was expected",
        "remote|[true]|remote: array where yes/no was expected",
        "id|{\"value\":\"a1\"}|ad_id (column 'id'): object where an id was expected",
        "published|[\"2023-06-01\"]|posted_at (column 'published'): array where a date was expected",
      })
  void anObjectOrArrayWhereOneValueIsExpectedIsQuarantinedNamingFieldAndType(
      String column, String json, String detail) {
    String id = column.equals("id") ? "" : "\"id\":\"a1\",";
    assertBadType(process("{" + id + BODY + ",\"" + column + "\":" + json + "}"), detail);
  }

  @Test
  void anObjectOrArrayAsTheTextIsQuarantinedToo() {
    assertBadType(
        process("{\"id\":\"a1\",\"body\":{\"en\":\"Waitress wanted\"}}"),
        "text (column 'body'): object where text was expected");
    ColumnMapping twoColumns = new ColumnMapping(Map.of("text", "head+body"));
    assertBadType(
        processLine(twoColumns, "{\"head\":\"Waitress wanted\",\"body\":[\"evening shifts\"]}"),
        "text (column 'body'): array where text was expected");
  }

  @Test
  void theDetailNamesEveryFieldAtFaultButNeverItsContent() {
    AdOutcome o =
        process(
            "{\"id\":\"a1\","
                + BODY
                + ",\"country\":{\"call\":\"+33 6 12 34 56 78\"},"
                + "\"city\":[\"rosa.vip@example.org\"]}");
    assertBadType(
        o, "country: object where text was expected; city: array where text was expected");
    assertFalse(o.maskedRecord().contains("12 34 56"), o.maskedRecord());
    assertFalse(o.maskedRecord().contains("rosa.vip"), o.maskedRecord());
    assertEquals(
        "a1", o.recordId(), "the source id still leads a corpus's labels to the quarantine row");
  }

  @Test
  void aBooleanWhereWordsOrAnIdAreExpectedIsBrokenInput() {
    assertBadType(
        process("{\"id\":\"a1\",\"body\":true}"),
        "text (column 'body'): boolean where text was expected");
    assertBadType(
        process("{\"id\":\"a1\"," + BODY + ",\"title\":false}"),
        "title: boolean where text was expected");
    assertBadType(
        process("{\"id\":true," + BODY + "}"),
        "ad_id (column 'id'): boolean where an id was expected");
    assertBadType(
        process("{\"id\":\"a1\"," + BODY + ",\"country\":true}"),
        "country: boolean where text was expected");
  }

  @Test
  void aBooleanIsWhatAYesNoMetadataFieldHolds() {
    AdOutcome o = process("{\"id\":\"a1\"," + BODY + ",\"remote\":true,\"company_logo\":0}");
    assertTrue(o.accepted(), o::detail);
    assertEquals(Map.of("remote", "true", "company_logo", "false"), o.ad().metadata());
    assertFalse(o.ad().qualityFlags().contains("number_as_text"), o.ad().qualityFlags()::toString);
  }

  @ParameterizedTest(name = "ad_id {0} reads as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "4471|4471",
        "4471.0|4471",
        "4.471E3|4471",
        "-12|-12",
        "98765432109876543210|98765432109876543210",
        "1234567890123456789.0|1234567890123456789",
      })
  void aNumericIdIsNormalAndReadAsItsDigits(String number, String digits) {
    AdOutcome o = process("{\"id\":" + number + "," + BODY + "}");
    assertTrue(o.accepted(), o::detail);
    AdOutcome asText = process("{\"id\":\"" + digits + "\"," + BODY + "}");
    assertEquals(
        asText.ad().adId(), o.ad().adId(), "the same ad_id as the digits written as a string");
    assertEquals(asText.recordId(), o.recordId());
    assertEquals(asText.ad().qualityFlags(), o.ad().qualityFlags(), "and no flag");
  }

  @Test
  void aNumberWhereWordsAreExpectedIsKeptAsItsDecimalTextAndFlagsTheAd() {
    AdOutcome o =
        process(
            "{\"id\":\"a1\"," + BODY + ",\"city\":75001.0,\"country\":\"France\",\"title\":2.50}");
    assertTrue(o.accepted(), o::detail);
    assertEquals("75001", o.ad().city());
    assertEquals("2.5", o.ad().title());
    assertTrue(o.ad().qualityFlags().contains("number_as_text"), o.ad().qualityFlags()::toString);

    AdOutcome text = process("{\"id\":\"a2\",\"body\":42}");
    assertTrue(text.accepted(), text::detail);
    assertEquals("42", text.ad().text());
    assertTrue(
        text.ad().qualityFlags().contains("number_as_text"), text.ad().qualityFlags()::toString);
  }

  @Test
  void numbersWhereTheyBelongFlagNothing() {
    AdOutcome o =
        process(
            "{\"id\":7," + BODY + ",\"salary\":25000,\"required_experience\":3,\"views\":1.5e3}");
    assertTrue(o.accepted(), o::detail);
    assertEquals(Map.of("salary", "25000", "required_experience", "3"), o.ad().metadata());
    assertEquals(Map.of("views", "1500"), o.ad().attributes());
    assertFalse(o.ad().qualityFlags().contains("number_as_text"), o.ad().qualityFlags()::toString);
  }

  @Test
  void anUnmappedColumnKeepsNestedValuesAsJsonTextRedacted() {
    AdOutcome o =
        process(
            "{\"id\":\"a1\","
                + BODY
                + ",\"contact\":{\"phone\":\"+33 6 12 34 56 78\",\"days\":[1,2]},"
                + "\"tags\":[\"bar\",\"night\"],\"verified\":false}");
    assertTrue(o.accepted(), o::detail);
    Map<String, String> attrs = o.ad().attributes();
    String phone = KEY.pseudonym("phone", "+33612345678");
    assertEquals("{\"phone\":\"[phone:" + phone + "]\",\"days\":[1,2]}", attrs.get("contact"));
    assertEquals("[\"bar\",\"night\"]", attrs.get("tags"));
    assertEquals("false", attrs.get("verified"));
    assertFalse(o.ad().qualityFlags().contains("number_as_text"), o.ad().qualityFlags()::toString);
  }
}

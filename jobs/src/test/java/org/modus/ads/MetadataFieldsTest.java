package org.modus.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modus.ads.read.RawRecord;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.engine.Pseudonymizer;

/** A job board's structured fields: flags read as true/false, never guessed, nothing lost. */
class MetadataFieldsTest {
  private static final Pseudonymizer KEY =
      new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes());
  private static final ColumnMapping MAPPING =
      new ColumnMapping(
          Map.of(
              "text",
              "description",
              "remote",
              "telecommuting",
              "company_logo",
              "has_company_logo",
              "salary",
              "salary_range"));

  private static AdRecord process(String remote, String logo, String salary) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("description", "Office assistant wanted in Leeds.");
    f.put("telecommuting", remote);
    f.put("has_company_logo", logo);
    f.put("salary_range", salary);
    f.put("department", "Admin");
    AdRecordProcessor p =
        new AdRecordProcessor("t", MAPPING, AdsIngestSettings.defaults(), KEY, null, null);
    return p.process(RawRecord.ok(1, "t.csv:line 2", f, f.toString())).ad();
  }

  @Test
  void flagsAreReadInTheirUsualSpellingsAndTheOtherFieldsKeptAsGiven() {
    AdRecord a = process("1", "No", "20000-25000");
    assertEquals(
        Map.of("remote", "true", "company_logo", "false", "salary", "20000-25000"), a.metadata());
    assertEquals(
        Map.of("department", "Admin"),
        a.attributes(),
        "mapped metadata columns are not attributes");
    assertTrue(!a.qualityFlags().contains(AdRecordProcessor.METADATA_UNREAD));
  }

  @Test
  void aFlagThatIsNeitherYesNorNoStaysInAttributesAndFlagsTheAd() {
    AdRecord a = process("Remote - UK only", "1", null);
    assertEquals(Map.of("company_logo", "true"), a.metadata());
    assertEquals("Remote - UK only", a.attributes().get("remote"));
    assertTrue(a.qualityFlags().contains(AdRecordProcessor.METADATA_UNREAD));
  }
}

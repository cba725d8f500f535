package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.engine.Pseudonymizer;

/**
 * A web address on a public platform keeps the platform's host readable and loses the personal
 * part: "see www.onlyfans.com/lilou_x94" becomes "see onlyfans.com/[url:p]". Values are synthetic.
 */
class PlatformHostRedactionTest {
  private static final Redactor REDACTOR =
      new Redactor(
          new ContactDetector(AdsIngestSettings.defaults().contacts()),
          new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes()));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "my page www.onlyfans.com/lilou_x94 subscribe|onlyfans.com/[url:",
        "follow https://instagram.com/lilou_x94|instagram.com/[url:",
        "Sub to onlyfans.com/lilou_x94 now|onlyfans.com/[url:",
        "https://lilou_x94.onlyfans.com/p/1|onlyfans.com/[url:",
        "join t.me/lilou_x94|t.me/[url:",
        "https://m.facebook.com/lilou.x94?ref=1|facebook.com/[url:"
      })
  void thePlatformsHostStaysAndTheHandleGoes(String text, String kept) {
    String out = REDACTOR.redact(text, "US").text();
    assertTrue(out.contains(kept), out);
    assertFalse(out.toLowerCase().contains("lilou"), out);
    assertFalse(out.contains("x94"), out);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "see https://www.lilou-x94-vip.fr/contact|lilou",
        "rates on lilou-x94-vip.com/rates|lilou"
      })
  void aPersonalSiteIsRedactedWhole(String text, String name) {
    String out = REDACTOR.redact(text, "FR").text();
    assertFalse(out.toLowerCase().contains(name), out);
    assertFalse(out.contains("vip"), out);
    assertTrue(out.matches(".*(^|\\s)\\[url:[0-9a-f]+\\].*"), out);
  }

  @Test
  void theSameProfileKeepsOnePseudonymHoweverItIsWritten() {
    String a = REDACTOR.redact("https://www.onlyfans.com/lilou_x94", "US").text();
    String b = REDACTOR.redact("onlyfans.com/lilou_x94", "US").text();
    assertEquals(a, b);
    assertEquals(1, REDACTOR.redact("onlyfans.com/lilou_x94", "US").contacts().size());
  }
}

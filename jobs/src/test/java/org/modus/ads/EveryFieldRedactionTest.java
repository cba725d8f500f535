package org.modus.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modus.ads.read.RawRecord;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.disclosure.TextRedactor;
import org.modus.engine.Pseudonymizer;

/**
 * No field of an ad keeps an identifier: title, text, ad_id, site, city, attributes, quarantine.
 */
class EveryFieldRedactionTest {
  private static final Pseudonymizer KEY =
      new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes());
  private static final ColumnMapping MAPPING =
      new ColumnMapping(
          Map.of(
              "ad_id", "id", "text", "body", "title", "title", "site", "site", "city", "city",
              "country", "country"));

  private static AdOutcome process(Map<String, String> fields) {
    AdRecordProcessor p =
        new AdRecordProcessor("ads/t", MAPPING, AdsIngestSettings.defaults(), KEY, null, null);
    return p.process(RawRecord.ok(1, "t.jsonl:line 1", fields, fields.toString()));
  }

  private static Map<String, String> ad(String id, String site) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("id", id);
    f.put(
        "body",
        "Hostess wanted in Paris, good pay, call zéro six douze trente-quatre cinquante-six soixante-dix-huit");
    f.put("title", "Nouvelle en ville - SNAP lilou_94");
    f.put("site", site);
    f.put("city", "Paris tel 06 11 22 33 44");
    f.put("country", "France");
    f.put(
        "contact", "write rosa.vip@example.org or USDT TRC20: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6x");
    return f;
  }

  private static void assertNoneOf(String value, String... raw) {
    for (String r : raw) {
      assertFalse(
          value != null && value.contains(r), () -> "'" + r + "' survives in '" + value + "'");
    }
  }

  @Test
  void titleTextCityAndUnmappedColumnsAreRedacted() {
    AdRecord a = process(ad("4471", "vivastreet.fr")).ad();
    assertNoneOf(a.title(), "lilou");
    assertNoneOf(a.text(), "trente-quatre", "douze");
    assertTrue(a.text().contains("[obscured_phone:"), a.text());
    assertNoneOf(a.city(), "06 11", "22 33");
    assertNoneOf(a.attributes().get("contact"), "rosa.vip", "TR7NHqjeK");
    assertTrue(a.contacts().size() >= 5, a.contacts().toString());
  }

  @Test
  void aPhoneBegunInTheTitleAndFinishedInTheTextIsRedactedInBothWithOnePseudonym() {
    Map<String, String> f = ad("4471", "vivastreet.fr");
    f.put("title", "Chambre meublée – 01 99");
    f.put(
        "body",
        "Loyer 480 € charges comprises, 12 m². Pour visiter, la suite : 00 42 17 après 18h.");
    AdRecord a = process(f).ad();
    assertNoneOf(a.title(), "01 99");
    assertNoneOf(a.text(), "00 42 17");
    assertTrue(
        a.text().contains("480 €") && a.text().contains("12 m") && a.text().contains("18h"),
        a.text());
    String inTitle = a.title().substring(a.title().indexOf("[obscured_phone:"));
    String inText =
        a.text()
            .substring(
                a.text().indexOf("[obscured_phone:"),
                a.text().indexOf("]", a.text().indexOf("[obscured_phone:")) + 1);
    assertEquals(inTitle, inText);
  }

  @ParameterizedTest(name = "column {0}={1} -> handle")
  @CsvSource(
      delimiter = '|',
      value = {
        "wechat|meili4410",
        "forum_user|toni_maker",
        "line_id|sunnyday",
        "Telegram|@quick_rex",
        "username|paulo_ba",
        "recipient|nina.k7",
        "Empfänger|mia_hh",
        "destinataire|lou.p",
        "channel_id|-1009876543210",
        "sender_name|kiki.b",
      })
  void anExtraColumnWhoseNameIsAnAccountCueHasItsValueRedacted(String column, String value) {
    Map<String, String> f = ad("4471", null);
    f.put(column, value);
    f.put("price", "90,00 €");
    AdRecord a = process(f).ad();
    String v = a.attributes().get(column);
    assertTrue(v.startsWith("[social_handle:"), v);
    assertEquals("90,00 €", a.attributes().get("price"));
  }

  @ParameterizedTest(name = "column {0}={1} stays")
  @CsvSource(
      delimiter = '|',
      value = {
        "channel|telegram",
        "canal|whatsapp",
        "account_created|2024-03-18",
        "kontakt|ja",
        "sender_since|12.04.2026",
      })
  void anAccountColumnsPlatformNameDateOrYesNoStays(String column, String value) {
    Map<String, String> f = ad("4471", null);
    f.put(column, value);
    assertEquals(value, process(f).ad().attributes().get(column));
  }

  @ParameterizedTest(name = "ad_id {0} -> pseudonymized: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "4471|false",
        "a|false",
        "job-2024-0317|false",
        "0612345678|true",
        "+33 6 12 34 56 78|true",
        "rosa@example.org|true",
        "@rosa_vip|true",
        "lst-4471|false",
        "mil-494120883|false",
        "J000123R|false",
        "kimx318|true",
        "dana07z|true",
        "ana_b__07|true",
        "12345678|true",
        "tel-0612345678|true",
      })
  void anAdIdIsKeptOnlyWhenItIsAPlainIdWithoutAnyIdentifier(String id, boolean pseudonymized) {
    String adId = process(ad(id, null)).ad().adId();
    if (pseudonymized) {
      assertEquals("ads/t:id-" + KEY.pseudonym("ad_id", id), adId);
    } else {
      assertEquals("ads/t:" + id, adId);
    }
  }

  @ParameterizedTest(name = "site {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "vivastreet.fr|vivastreet.fr",
        "https://www.vivastreet.fr/annonce/123|vivastreet.fr",
        "https://m.vivastreet.co.uk/x|m.vivastreet.co.uk",
        "indeed.de|indeed.de",
        "rosa-vip-lyon.fr|[url:",
        "https://www.rosa-vip-lyon.fr/contact|[url:",
        "https://t.me/rosa_vip|t.me",
        "Vivastreet|Vivastreet",
        "rosa@example.org|[email:",
        "@rosa_vip|[social_handle:",
        "+33 6 12 34 56 78|[phone:",
      })
  void aSiteNamesAWebsiteAndAnyIdentifierGivenAsSiteBecomesAPlaceholder(
      String site, String expected) {
    String s = process(ad("1", site)).ad().site();
    assertTrue(s.startsWith(expected), s);
    assertNoneOf(s, "rosa", "12 34");
  }

  @Test
  void aQuarantinedRecordIsMaskedInEveryColumn() {
    Map<String, String> f = ad("0612345678", "@rosa_vip");
    f.remove("body");
    AdOutcome o = process(f);
    assertFalse(o.accepted());
    assertNoneOf(o.maskedRecord(), "0612345678", "rosa", "lilou", "TR7NHqjeK", "06 11 22");
  }

  @Test
  void caseNarrativesAndSurveyAnswersGetTheSameDetector() {
    String narrative =
        "Recruited via IG rosa.vip, paid to USDT TRC20: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6x, "
            + "IBAN FR76 3000 6000 0112 3456 7890 189, phone zéro six douze trente-quatre cinquante-six "
            + "soixante-dix-huit, logged from 203.0.113.195";
    String redacted = TextRedactor.redact(narrative, KEY);
    String masked = TextRedactor.mask(narrative);
    for (String out : List.of(redacted, masked)) {
      assertNoneOf(out, "rosa.vip", "TR7NHqjeK", "FR76", "trente-quatre", "203.0.113");
    }
    assertTrue(
        masked.contains("[obscured_phone]")
            && masked.contains("[iban]")
            && masked.contains("[ip_address]"),
        masked);
  }
}

package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.ads.text.TextCleaner;

/**
 * Forms that blind canary v6's dev half found getting through (issue 17, sixth round): braces around a
 * phone's groups, dingbat circled digits, a bra-size-shaped group inside a number, a foreign number
 * without its country code right after a phone cue, a chunked bech32 address of a segwit length without
 * a wallet cue, Threema IDs, "snp" for Snapchat, "on X as name", a spelled dot in brackets inside a
 * handle; and references after "Job ID" or "Vorgangsnummer", which stay text. Values are made up here.
 */
class SixthRoundFormsTest {
  private static final ContactDetector DETECTOR = new ContactDetector(AdsIngestSettings.defaults().contacts());

  private static Contact covering(String raw, String secret, String region) {
    String text = TextCleaner.clean(raw);
    int at = text.indexOf(secret);
    assertTrue(at >= 0, "test text lacks " + secret);
    List<Contact> found = DETECTOR.find(text, region);
    return found.stream().filter(c -> c.start() <= at && c.end() >= at + secret.length()).findFirst()
        .orElseThrow(() -> new AssertionError("'" + secret + "' not covered in '" + text + "': " + found));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "FR | Appelez {06}{39}{98}{71}{20} le soir | 06}{39}{98}{71}{20 | +33639987120",
      "GB | contact {07700}{900561} | 07700}{900561 | +447700900561",
      "DE | Nummer: ⓿❶❺❷ ❷❽⓿ ❹❼❺❸ | ⓿❶❺❷ ❷❽⓿ ❹❼❺❸ | +491522804753",
      "ES | Bizum al 6l7 42B 913 gracias | 6l7 42B 913 | +34617428913",
      // a number no plan of the ad's regions holds: any reading, but a phone
      "ES | Disponible 24h. móvil: 1152864409 sin ocultos | 1152864409 | *",
  })
  void phonesInBracesDingbatsOrWithoutTheirCountryAreNumbers(String region, String text, String phone,
      String normalized) {
    Contact c = covering(text, phone, region);
    assertEquals(Contact.PHONE, c.type());
    if (!normalized.equals("*")) {
      assertEquals(normalized, c.normalized());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "pago en cripto: ₿ bc1q 7ksd 02mf x9ra lv3e pq8t w5hn 0c4u g2yd 6zj8 ye | bc1q 7ksd 02mf x9ra lv3e pq8t w5hn 0c4u g2yd 6zj8 ye | crypto_wallet",
      "[04:05] Alex: threema KX7PQ2MW ! | KX7PQ2MW | social_handle",
      "On est aussi sur Discord, snp nina_207 | nina_207 | social_handle",
      "new one: find me on X as lunadream204 ok | lunadream204 | social_handle",
      "mon insta rose(point)marine09 merci | rose(point)marine09 | social_handle",
  })
  void walletsAndAccountsKeepTheirKinds(String text, String value, String type) {
    assertEquals(type, covering(text, value, "FR").type());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "DE | Auch auf kleinanzeigen.de (Vorgangsnummer 2026-4471-9183). Nebenkosten 5% | 2026-4471-9183",
      "GB | same Job ID 553-6006-15. Accommodation at £60 | 553-6006-15",
      "FR | Mensurations 90-60-90, 34B, 1m68 | 34B",
      "EN | X as well as Y, find me on X as well | X as well",
  })
  void referencesMeasuresAndWordsStayText(String region, String text, String kept) {
    String cleaned = TextCleaner.clean(text);
    int at = cleaned.indexOf(kept);
    List<Contact> found = DETECTOR.find(cleaned, region);
    assertTrue(found.stream().noneMatch(c -> c.start() < at + kept.length() && at < c.end()),
        "'" + kept + "' was taken in '" + cleaned + "': " + found);
  }
}

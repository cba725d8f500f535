package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modus.ads.text.TextCleaner;

/**
 * Forms that blind canary v6's dev half found getting through (issue 17, sixth round): braces
 * around a phone's groups, dingbat circled digits, a bra-size-shaped group inside a number, a
 * foreign number without its country code right after a phone cue, a chunked bech32 address of a
 * segwit length without a wallet cue, Threema IDs, "snp" for Snapchat, "on X as name", a spelled
 * dot in brackets inside a handle; and references after "Job ID" or "Vorgangsnummer", which stay
 * text. Then those its test half found once scored: spelled dots in an IPv4 address,
 * internationalized domains, a dash-delimited aside inside a phone, slashes between a number's
 * pairs, a spaced-dot name closing a sentence, a name with digits under an emoji, "sig:",
 * "télégram", and an anti-bot word after a phone's first group. Values are made up here.
 */
class SixthRoundFormsTest {
  private static final ContactDetector DETECTOR = DetectedForms.DETECTOR;

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "FR | Appelez {06}{39}{98}{71}{20} le soir | 06}{39}{98}{71}{20 | +33639987120",
        "GB | contact {07700}{900561} | 07700}{900561 | +447700900561",
        "DE | Nummer: ⓿❶❺❷ ❷❽⓿ ❹❼❺❸ | ⓿❶❺❷ ❷❽⓿ ❹❼❺❸ | +491522804753",
        "ES | Bizum al 6l7 42B 913 gracias | 6l7 42B 913 | +34617428913",
        // a number no plan of the ad's regions holds: any reading, but a phone
        "ES | Disponible 24h. móvil: 1152864409 sin ocultos | 1152864409 | *",
      })
  void phonesInBracesDingbatsOrWithoutTheirCountryAreNumbers(
      String region, String text, String phone, String normalized) {
    Contact c = DetectedForms.covering(text, phone, region);
    assertEquals(Contact.PHONE, c.type());
    if (!normalized.equals("*")) {
      assertEquals(normalized, c.normalized());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pago en cripto: ₿ bc1q 7ksd 02mf x9ra lv3e pq8t w5hn 0c4u g2yd 6zj8 ye | bc1q 7ksd 02mf x9ra lv3e pq8t w5hn 0c4u g2yd 6zj8 ye | crypto_wallet",
        "[04:05] Alex: threema KX7PQ2MW ! | KX7PQ2MW | social_handle",
        "On est aussi sur Discord, snp nina_207 | nina_207 | social_handle",
        "new one: find me on X as lunadream204 ok | lunadream204 | social_handle",
        "mon insta rose(point)marine09 merci | rose(point)marine09 | social_handle",
      })
  void walletsAndAccountsKeepTheirKinds(String text, String value, String type) {
    assertEquals(type, DetectedForms.covering(text, value, "FR").type());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "FR | serveur 198 [dot] 51 [dot] 100 [dot] 41 merci | 198 [dot] 51 [dot] 100 [dot] 41 | ip_address | 198.51.100.41",
        "EN | RDP at 203 dot 0 dot 113 dot 12 now | 203 dot 0 dot 113 dot 12 | ip_address | 203.0.113.12",
        "ES | más fotos en peña-solmar7.es 😘 | peña-solmar7.es | url | peña-solmar7.es",
        "ES | info: lunaspa punto es 😘 hola | lunaspa punto es | url | lunaspa.es",
        "EN | Gallery: brightstaffing . com | brightstaffing . com | url | brightstaffing.com",
        "ES | Whats 655 - solo whatsapp - 412 907 gracias | 412 907 | phone | +34655412907",
        "FR | nouveau num 0472/01/19/48 merci | 0472/01/19/48 | phone | +33472011948",
        "DE | Tel. : 0160 NOBOT 2284471 danke | 0160 NOBOT 2284471 | phone | +491602284471",
        "US | Los Angeles ✈️ marisolsky482 | marisolsky482 | social_handle | marisolsky482",
        "DE | Ansprechpartner sig: jonas.81 bitte | jonas.81 | social_handle | jonas.81",
      })
  void formsFoundByTheTestHalfKeepTheirKinds(
      String region, String text, String value, String type, String normalized) {
    Contact c = DetectedForms.covering(text, value, region);
    assertEquals(type, c.type());
    assertEquals(normalized, c.normalized());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DE | Auch auf kleinanzeigen.de (Vorgangsnummer 2026-4471-9183). Nebenkosten 5% | 2026-4471-9183",
        "GB | same Job ID 553-6006-15. Accommodation at £60 | 553-6006-15",
        "FR | Mensurations 90-60-90, 34B, 1m68 | 34B",
        "EN | X as well as Y, find me on X as well | X as well",
        "FR | Rendez-vous le 2026/03/14 à 10h, café.Je passe | 2026/03/14",
        "EN | ✨ summer2026 vibes and 📍 zone12 | summer2026",
      })
  void referencesMeasuresAndWordsStayText(String region, String text, String kept) {
    String cleaned = TextCleaner.clean(text);
    int at = cleaned.indexOf(kept);
    List<Contact> found = DETECTOR.find(cleaned, region);
    assertTrue(
        found.stream().noneMatch(c -> c.start() < at + kept.length() && at < c.end()),
        "'" + kept + "' was taken in '" + cleaned + "': " + found);
  }
}

package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.ads.text.TextCleaner;

/**
 * What cleaning keeps as written (entities of a plain text, superscripts, no-break spaces) and the
 * percent-escapes of a phone in a URL are read decoded, and the match placed on the characters
 * written.
 */
class DetectionTextTest {
  private static final ContactDetector DETECTOR =
      new ContactDetector(AdsIngestSettings.defaults().contacts());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mail rosa.k77&#64;example&#46;com merci|ES|email|rosa.k77@example.com|rosa.k77&#64;example&#46;com",
        "mail rosa.k77&commat;example.com merci|ES|email|rosa.k77@example.com|rosa.k77&commat;example.com",
        "Llámame al %2B34%20612%2034%2056%2078. Gracias|ES|phone|+34612345678|%2B34%20612%2034%2056%2078",
        "call me %28212%29%20555-0142 tonight|US|phone|+12125550142|%28212%29%20555-0142",
        "appelle 06\u00a012\u00a034\u00a056\u00a078 vite|FR|phone|+33612345678|06\u00a012\u00a034\u00a056\u00a078",
        "appelle ⁰⁶ ¹² ³⁴ ⁵⁶ ⁷⁸ vite|FR|phone|+33612345678|⁰⁶ ¹² ³⁴ ⁵⁶ ⁷⁸",
      })
  void findsWhatIsWrittenEncodedAndPlacesItOnTheWrittenCharacters(
      String text, String region, String type, String normalized, String written) {
    List<Contact> found = DETECTOR.find(text, region);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    Contact c = found.get(0);
    assertEquals(type, c.type().equals(Contact.OBSCURED_PHONE) ? Contact.PHONE : c.type());
    assertEquals(normalized, c.normalized());
    assertEquals(written, text.substring(c.start(), c.end()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Le formulaire affiche [email&#160;protected], ignorez.",
        "Appartement de 56 m², 125 cm³, oferta nº 31487, 2ª planta, piso 7º B",
        "loyer 1\u202f650 € CC, caution 2\u00a0100 €, surface 48\u00a0m²",
        "Rabatt 50%20 am Montag, file%20name%201234.pdf, 12%20of%2020 votes",
        "R&amp;D team &lt;3, fish &amp; chips at 12&#58;30",
      })
  void benignLookAlikesStayText(String text) {
    assertEquals(List.of(), DETECTOR.find(text, "FR"));
    assertEquals(
        text,
        new Redactor(DETECTOR, new org.modus.engine.Pseudonymizer("k".repeat(32).getBytes()))
            .redact(text, "FR")
            .text());
  }

  @Test
  void keptCharactersFoldOneForOne() {
    String kept = TextCleaner.KEPT;
    assertEquals(kept.length(), TextCleaner.detectionFold(kept).length());
    assertTrue(TextCleaner.detectionFold("⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉").matches("[0-9]{20}"));
  }
}

package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.modus.ads.settings.AdsIngestSettings;

/**
 * Contacts given in pieces: a phone over chat messages, over a line break, with its area code last,
 * as its first and last digits; an e-mail as user and domain; a platform profile written with
 * spaces.
 */
class SplitContactsTest {
  private static final ContactDetector DETECTOR =
      new ContactDetector(AdsIngestSettings.defaults().contacts());

  private static List<Contact> phones(String text, String region) {
    return DETECTOR.find(text, region).stream()
        .filter(c -> c.type().equals(Contact.PHONE))
        .toList();
  }

  private static String written(String text, Contact c) {
    return text.substring(c.start(), c.end());
  }

  @Test
  void aPhoneSentOverConsecutiveChatMessagesIsOneNumber() {
    String text =
        "[21:59] kim: my number? they delete it here\n[22:02] kim: 312 555\n[22:02] kim: 0 1 8 4\n"
            + "[22:03] client: got it";
    List<Contact> p = phones(text, "US");
    assertEquals(2, p.size(), p::toString);
    assertEquals("+13125550184", p.get(0).normalized());
    assertEquals(p.get(0).normalized(), p.get(1).normalized());
    assertEquals("312 555", written(text, p.get(0)));
    assertEquals("0 1 8 4", written(text, p.get(1)));
  }

  @Test
  void aPhoneSentOverMessagesOfAnExportedChatIsOneNumber() {
    String text =
        "12/03/2026, 21:58 - Kim: my number\n12/03/2026, 22:02 - Kim: 312 555\n12/03/2026, 22:02 - Kim: 0184";
    List<Contact> p = phones(text, "US");
    assertEquals(2, p.size(), p::toString);
    assertEquals("+13125550184", p.get(0).normalized());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // no phone cue before, no trunk prefix: prices, counts
        "[10:01] ana: how much?\n[10:02] bob: 150 200\n[10:02] bob: 300 450\n[10:03] ana: ok",
        // two speakers
        "[10:01] ana: call me\n[10:02] bob: 312 555\n[10:02] ana: 0 1 8 4",
        // too few digits
        "[10:01] ana: my number\n[10:02] ana: 2024\n[10:02] ana: 2025",
      })
  void digitMessagesThatMakeNoPhoneStay(String text) {
    assertEquals(List.of(), phones(text, "US"));
  }

  @Test
  void aPhoneSplitByALineBreakAfterAPhoneCueIsOneNumber() {
    String text = "Phone 312\n5550184, ask for Mia.";
    List<Contact> p = phones(text, "US");
    assertEquals(1, p.size(), p::toString);
    assertEquals("+13125550184", p.get(0).normalized());
    assertEquals("312\n5550184", written(text, p.get(0)));
    // without the cue: a count and a reference on two lines
    assertEquals(List.of(), phones("Rooms 312\n5550184 is the booking code", "US"));
  }

  @Test
  void aPhoneWithItsAreaCodeWrittenLastIsOneNumber() {
    String text =
        "if it dies call me at five-five-five, oh-one-eight-four, area code three one two ok";
    List<Contact> p = phones(text, "US");
    assertEquals(1, p.size(), p::toString);
    assertEquals("+13125550184", p.get(0).normalized());
    assertEquals(
        "five-five-five, oh-one-eight-four, area code three one two", written(text, p.get(0)));
  }

  @Test
  void sevenDigitsInWordsRightAfterAPhoneCueAreAPhone() {
    assertEquals(1, phones("text me five five five oh one eight four tonight", "US").size());
    // seven number words without a cue: a list, not a phone
    assertEquals(List.of(), phones("we counted five five five oh one eight four times", "US"));
    // numbers with units after a cue: measurements, not a phone
    assertEquals(List.of(), phones("call or text 34b - 115lb, 22 yo", "US"));
    assertEquals(List.of(), phones("text me 5.4 120 bl 34 and 100 lb 160 cm", "US"));
  }

  @Test
  void aPhoneGivenAsItsFirstAndLastDigitsIsOneNumber() {
    String text = "Mi WhatsApp cambia. Empieza por 6123 y termina en 45678. Gracias";
    List<Contact> p = phones(text, "ES");
    assertEquals(2, p.size(), p::toString);
    assertEquals("+34612345678", p.get(0).normalized());
    assertEquals("6123", written(text, p.get(0)));
    assertEquals("45678", written(text, p.get(1)));
    String fr = "Mon numéro commence par 06 12 et finit par 34 56 78.";
    assertEquals(2, phones(fr, "FR").size(), () -> DETECTOR.find(fr, "FR").toString());
    String after = "Los primeros dígitos son 6123, los últimos dígitos 45678: es mi WhatsApp.";
    assertEquals(2, phones(after, "ES").size(), () -> DETECTOR.find(after, "ES").toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The season starts with 2019 and ends with 2024.", // no phone cue
        "Call us: the list starts with 12 and ends with 45.", // too few digits
        "Llama al bar: la temporada empieza por 2019 y termina en 2024.", // two years
      })
  void rangesAndShortFragmentsStay(String text) {
    assertEquals(List.of(), phones(text, "ES"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "correo: usuario tomi_k77, dominio gmail.com. Gracias|tomi_k77@gmail.com|tomi_k77, dominio gmail.com",
        "mon adresse, utilisateur lou.b, domaine orange.fr|lou.b@orange.fr|lou.b, domaine orange.fr",
        "Mail: Benutzer mia_hh und Domain web.de|mia_hh@web.de|mia_hh und Domain web.de",
        "email - user: kat_21 / domain: outlook.com|kat_21@outlook.com|kat_21 / domain: outlook.com",
        "mi correo: el usuario es nenap09 y el dominio es hotmail.es|nenap09@hotmail.es|nenap09 y el dominio es hotmail.es",
      })
  void anEmailGivenAsUserAndDomainIsOneEmail(String text, String normalized, String written) {
    List<Contact> found = DETECTOR.find(text, null);
    assertEquals(1, found.size(), found::toString);
    assertEquals(Contact.EMAIL, found.get(0).type());
    assertEquals(normalized, found.get(0).normalized());
    assertEquals(written, written(text, found.get(0)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "El usuario final elige el dominio del sitio.",
        "The user interface, domain model and server are new.",
        "user admin, domain settings",
      })
  void userAndDomainWordsWithoutAnAddressStay(String text) {
    assertTrue(
        DETECTOR.find(text, null).stream().noneMatch(c -> c.type().equals(Contact.EMAIL)), text);
  }

  @Test
  void aPlatformProfileWrittenWithSpacesIsAUrl() {
    String text = "mi onlyfans only fans . com / lunita_x y también";
    List<Contact> found = DETECTOR.find(text, null);
    assertEquals(1, found.size(), found::toString);
    assertEquals("onlyfans.com/lunita_x", found.get(0).normalized());
    assertEquals("only fans . com / lunita_x", written(text, found.get(0)));
    assertEquals(
        List.of(), DETECTOR.find("see page . 12 / 3 and the only fans . com homepage", null));
  }
}

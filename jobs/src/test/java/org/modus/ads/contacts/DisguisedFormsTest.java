package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modus.ads.text.TextCleaner;

/**
 * Disguised identifiers (issue 17, fourth round): bullets, plus signs and emoji between a phone's
 * groups, Cyrillic look-alike digits and letters, numbers interrupted by an aside, e-mails with a
 * symbol for the "@" or without their top-level domain, spaced dots, ICQ numbers, spelled payment
 * links, lower-case IBANs and marked platform labels. Every value here is made up for the test.
 * Each form must be covered by one contact of its own kind, and the look-alikes next to such forms
 * must stay text.
 */
class DisguisedFormsTest {
  private static final ContactDetector DETECTOR = DetectedForms.DETECTOR;

  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // bullets, middle dots, plus signs or an emoji between the groups
        "FR | Réservations 01•99•00•42•17 merci | 01•99•00•42•17",
        "US | Call 212 • 555 • 0148 tonight | 212 • 555 • 0148",
        "DE | Rückruf unter 030·5550·1234 | 030·5550·1234",
        "FR | Infos : 02+61+91+33+05 (sms) | 02+61+91+33+05",
        "DE | Handy 0152💜3318764 bitte | 0152💜3318764",
        // Cyrillic letters for digits (О 0, З 3, б 6), alone or run into digits
        "FR | Tel. О1 99 ОО 4З 21 le soir | О1 99 ОО 4З 21",
        "ES | WhatsApp 6З1 2О4 ббЗ | 6З1 2О4 ббЗ",
        // a cued local number, 3 + 4, with Latin look-alike letters
        "US | text 555 Ol47 after six | 555 Ol47",
        "US | cell SS5 0183 anytime | SS5 0183",
      })
  void disguisedPhonesArePhones(String region, String text, String phone) {
    assertEquals(Contact.PHONE, DetectedForms.covering(text, phone, region).type());
  }

  /**
   * One number with an aside between its parts: each part is redacted as the whole number, the
   * aside stays.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "FR | Appelle le 01 99 (pas de SMS) 00 42 17 | 01 99 | 00 42 17 | +33199004217",
        "GB | Ring 07700 then later 900317 after 6 | 07700 | 900317 | +447700900317",
        "ES | Llama al 655 ... luego ... 412 907 hoy | 655 | 412 907 | +34655412907",
        "FR | Tel 04 65 et ensuite 71 28 90 merci | 04 65 | 71 28 90 | +33465712890",
        "DE | Kontakt: 0176 oder dann 22804517 abends | 0176 | 22804517 | +4917622804517",
      })
  void aNumberInterruptedByAnAsideIsOnePhone(
      String region, String text, String first, String last, String e164) {
    Contact a = DetectedForms.covering(text, first, region);
    Contact b = DetectedForms.covering(text, last, region);
    assertEquals(Contact.PHONE, a.type());
    assertEquals(e164, a.normalized());
    assertEquals(e164, b.normalized());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Écris à lina_sol⊕gmail.com ce soir | lina_sol⊕gmail.com | lina_sol@gmail.com",
        "mail me: tom.baker📧yahoo.com thanks | tom.baker📧yahoo.com | tom.baker@yahoo.com",
        "CV: rh@atelier-du-nord\\n.fr merci | rh@atelier-du-nord\\n.fr | rh@atelier-du-nord.fr",
        "CV à marc_dupont77 @ orange demain | marc_dupont77 @ orange | marc_dupont77@orange.fr",
        // a Cyrillic а in the local part reads as the Latin a: one pseudonym for both spellings
        "Write to mаrie.k@gmx.de now | mаrie.k@gmx.de | marie.k@gmx.de",
      })
  void disguisedEmailsAreEmails(String text, String email, String normalized) {
    Contact c = DetectedForms.covering(text, email, null);
    assertEquals(Contact.EMAIL, c.type());
    assertEquals(normalized, c.normalized());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "X: lucia_moon for pics | lucia_moon",
        "Escríbeme X 👉 pia.sun ya | pia.sun",
        "Guadalajara (tlg : marco.rx.8) | marco.rx.8",
        "🎵 noa_dance para bailes | noa_dance",
        "DM 📸 ella-rose • more | ella-rose",
        "snap: kаtia_95 bisous | kаtia_95",
        "Kontakt ICQ 5526113 abends | 5526113",
        "add wxid_k3m9q2v7x1 please | wxid_k3m9q2v7x1",
        "Telegram ID 6173920485 for news | 6173920485",
        "insta ＠mila.sun ok | @mila.sun",
      })
  void labelledHandlesAreHandles(String text, String handle) {
    assertEquals(Contact.HANDLE, DetectedForms.covering(text, handle, null).type());
  }

  @Test
  void aRevtagIsAPaymentHandle() {
    assertEquals(
        Contact.PAYMENT_HANDLE,
        DetectedForms.covering("Revtag: @nora_pay7 ok", "@nora_pay7", null).type());
  }

  @Test
  void spacedDotsPaymentLinksAndIbansKeepTheirKinds() {
    assertEquals(
        Contact.IP,
        DetectedForms.covering("login on 203 . 0 . 113 . 45 tonight", "203 . 0 . 113 . 45", null)
            .type());
    assertEquals(
        Contact.URL,
        DetectedForms.covering(
                "Formulaire: nord-staffing . fr / jobs merci", "nord-staffing . fr / jobs", null)
            .type());
    Contact pay =
        DetectedForms.covering("Pago paypal dot me/lenasun gracias", "paypal dot me/lenasun", null);
    assertEquals(Contact.PAYMENT_HANDLE, pay.type());
    assertEquals("paypal.me/lenasun", pay.normalized());
    Contact lower =
        DetectedForms.covering(
            "IBAN ch29 0483 5001 2345 6789 1 merci", "ch29 0483 5001 2345 6789 1", "CH");
    assertEquals(Contact.IBAN, lower.type());
    assertEquals("CH2904835001234567891", lower.normalized());
    assertEquals(
        Contact.IBAN,
        DetectedForms.covering(
                "Virement IBAN DE62 3704 0044\\n0532 0130 01 merci",
                "DE62 3704 0044\\n0532 0130 01",
                "DE")
            .type());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DE | Größe X-Large, Maße 3 x 2 m, 2x Zimmer",
        "EN | Steps 1 . 2 . 3 . 4 then done",
        "FR | -30% de remise • 1 200 € • 3 pièces • 65 m² • 75011",
        "DE | Tel.: +49 171 3967955 PLZ 10115 Berlin",
        "ES | Horario de 10 y 20 h, sueldo entre 2100 y 2500 EUR",
        "FR | Du 06 au 12 mars 2026, réf. 2026/03/1147",
        "EN | firmware 10.2.0.4, build 4.12.0.3, iOS 17.4",
        "EN | room 1208 (floor 12) from 14:30",
      })
  void lookAlikesNextToTheseFormsStayText(String region, String text) {
    List<String> keep =
        switch (region) {
          case "DE" -> List.of("X-Large", "3 x 2 m", "2x Zimmer", "10115");
          case "EN" -> List.of("1 . 2 . 3 . 4", "10.2.0.4", "4.12.0.3", "17.4", "1208", "14:30");
          case "FR" ->
              List.of("-30%", "1 200 €", "65 m", "75011", "06 au 12 mars 2026", "2026/03/1147");
          default -> List.of("10 y 20 h", "2100 y 2500 EUR");
        };
    String cleaned = TextCleaner.clean(text);
    List<Contact> found = DETECTOR.find(cleaned, region);
    for (String k : keep) {
      int at = cleaned.indexOf(k);
      if (at < 0) {
        continue;
      }
      assertTrue(
          found.stream().noneMatch(c -> c.start() < at + k.length() && at < c.end()),
          "'" + k + "' was taken in '" + cleaned + "': " + found);
    }
  }

  @Test
  void providerNamesLookAlikeHandlesSpelledCcTldsAndPhoneEmoji() {
    Contact mail =
        DetectedForms.covering(
            "Kooperationen: meine gmail-Adresse: vera.lind.84 danke", "vera.lind.84", "DE");
    assertEquals(Contact.EMAIL, mail.type());
    assertEquals("vera.lind.84@gmail.com", mail.normalized());
    // a Cyrillic с in a handle without a digit, '_' or '.': disguised on purpose, so a handle after
    // "Instagram"
    Contact h =
        DetectedForms.covering("Instagram mоnamiracle (réponse rapide)", "mоnamiracle", "FR");
    assertEquals(Contact.HANDLE, h.type());
    assertEquals("monamiracle", h.normalized());
    Contact site =
        DetectedForms.covering("web: tallerluz42 punto es", "tallerluz42 punto es", "ES");
    assertEquals(Contact.URL, site.type());
    assertEquals("tallerluz42.es", site.normalized());
    // a telephone emoji before a number broken by a blank line
    assertEquals(
        Contact.PHONE,
        DetectedForms.covering("mi número ☎️ 655\n\n412 907 ☎️ hasta luego", "655\n\n412 907", "ES")
            .type());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ES | este punto es importante y el punto 3 es clave",
        "FR | Instagram pour les photos, Москва et Αθήνα",
      })
  void spelledDotsAndOtherScriptsStayText(String region, String text) {
    assertEquals(List.of(), DETECTOR.find(text, region));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // salary ranges with thousands separators, in any plan's length
        "ES | Sueldo 32.200–37.800 € p.a. brutos",
        "MX | Teleoperadores – 26,000-31,000 MXN al mes",
        "DE | Lohn 2.100–2.600 EUR brutto",
        // amounts with a remark in brackets; a sentence after an emoji label; X before an ordinary
        // word
        "FR | Prix : 150 (négociable) 200 300 ou 450",
        "EN | 📸 photo-shoot on Sunday, DM 📸 for rates",
        "EN | X: the unknown, X marks the spot",
      })
  void rangesAmountsAndSentencesStayText(String region, String text) {
    assertEquals(List.of(), DETECTOR.find(text, region));
  }

  /**
   * A number or e-mail begun at the end of the title and finished in the text: one contact, a part
   * in each field.
   */
  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Studio near the park, call 212... | Quiet street. Then 555 0149 after six. | 212 | 555 0149 | US",
        "Serveur en salle – 01 99 | Contrat de 12 mois. Ensuite 00 42 17 le soir. | 01 99 | 00 42 17 | FR",
        "Room in shared flat 📞 07700… | Bills included. Rest of the number: 900318 | 07700 | 900318 | GB",
        // an e-mail: its local part after a mail cue at the end of the title, "@host" alone in the
        // text
        "Re: your ad – mail sina_83 | Hi, the address is my title + @gmx.de thanks | sina_83 | @gmx.de | DE",
        "Room offered ✉ lena77 | Write to @posteo.de for details | lena77 | @posteo.de | DE",
      })
  void aPhoneSplitBetweenTitleAndTextIsOneNumber(
      String title, String text, String inTitle, String inText, String region) {
    ContactDetector.SplitContact split = DETECTOR.splitAcross(title, text, region);
    assertTrue(split != null, "no split phone in '" + title + "' + '" + text + "'");
    assertEquals(inTitle, title.substring(split.inTitle().start(), split.inTitle().end()));
    assertEquals(inText, text.substring(split.inText().start(), split.inText().end()));
    assertEquals(split.inTitle().normalized(), split.inText().normalized());
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a title ending with a year, a price or a postcode, without a phone cue or a trunk zero
        "Appartement T2 – 1775 | Loyer charges comprises, libre le 12 mars 2026, 3e étage. | FR",
        "Lagerhelfer gesucht – Schicht 2026 | Start 01.04.2026, Lohn 2.100 EUR brutto. | DE",
        "Piso en Sevilla 41003 | 3 habitaciones, 85 m², 950 € al mes. | ES",
        // a phone cue, but nothing in the text completes the number
        "Call me 212 | Rates 150 $ per hour, 24/7, room 1208. | US",
        // a whole number in the title; a mail cue with a plain word and no lone host in the text
        "WhatsApp +44 7700 900 123 | Room 12, rent 650 per month. | GB",
        "Send mail today | Contact via the form, reply within 24 h. | EN",
      })
  void titlesEndingInOtherNumbersSplitNothing(String title, String text, String region) {
    assertEquals(null, DETECTOR.splitAcross(title, text, region));
  }

  @Test
  void homoglyphsFoldOnlyInsideWordsThatMixScripts() {
    assertEquals("luna-moreau", Homoglyphs.fold("lunа-moreau"));
    assertEquals("Москва и Ольга", Homoglyphs.fold("Москва и Ольга"));
    assertEquals("Αθήνα 2026", Homoglyphs.fold("Αθήνα 2026"));
    assertEquals(
        "О3 5З", Homoglyphs.fold("О3 5З")); // digits in disguise: the phone finder reads them
  }
}

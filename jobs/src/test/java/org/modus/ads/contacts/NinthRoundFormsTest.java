package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.modus.ads.contacts.DetectedForms.covered;
import static org.modus.ads.contacts.DetectedForms.staysText;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Forms that the dev half of blind canary v8 found (ninth round): reference, tax and company
 * numbers after their label, amounts of money right after a phone or a date, a year after a month's
 * name, ranges of amounts written with spaces between thousands, ZIP+4 postcodes in brackets or
 * before an emoji; a phone over chat messages whose first ends in digits after words, or given in
 * digit words; a wallet broken by a dash or a space, or in groups before a long word. Values are
 * made up here; each form has its look-alikes that must stay text, or its identifier that must
 * still be taken.
 */
class NinthRoundFormsTest {
  private static final ContactDetector DETECTOR = DetectedForms.DETECTOR;

  @Test
  @DisplayName("a number after a policy, order, booking or German '-nr.' label is a reference")
  void labelledReferenceNumbersStayText() {
    staysText("GB", "policy no. 5550 123 987 (quote it in your message)", "5550 123 987");
    staysText("US", "Posted May 2. order #5550198765 — USD 40 holding fee", "5550198765");
    staysText("ES", "[10:02] Rosa: localizador 555019876", "555019876");
    staysText("DE", "Bestellnr. 0176 5550198 (bitte angeben).", "0176 5550198");
    staysText("DE", "Umzug, Vorgangsnr. 0550 5550198. Kasse", "0550 5550198");
    staysText("SN", "Guichet 4, ticket 18 555 01 98. Merci", "18 555 01 98");
    // a phone cue still wins over the label
    covered("DE", "Bestellnr. per SMS an 0176 5550198 schicken", "0176 5550198", Contact.PHONE);
  }

  @Test
  @DisplayName("a tax or company number after its name (NIT, NINEA, ABN, USt-IdNr., CHE-) stays")
  void taxAndCompanyNumbersAfterTheirNameStayText() {
    staysText("CO", "Publicado el 3 de mayo, NIT 555.019.876-5. Gracias", "555.019.876-5");
    staysText("SN", "Candidature avant le 2 juin, NINEA 555019876. Merci", "555019876");
    staysText("AU", "Apply before 9 May quoting ABN 55 501 987 654.", "55 501 987 654");
    staysText("DE", "USt-IdNr. DE555019876. Adresse: Hauptweg 3", "555019876");
    staysText("CH", "Inseriert am 4. Mai, CHE-555.019.876. Danke", "555.019.876");
    staysText("CL", "Postula antes del 4-10-2026 con cód. 555019876. Gracias", "555019876");
  }

  @Test
  @DisplayName("an amount of money right after a phone is no group of the phone")
  void anAmountAfterAPhoneIsNotPartOfIt() {
    String de = "ab 9. Mai erreichbar 0176 5550198 15,- € pro Stunde";
    assertEquals("+491765550198", DetectedForms.covering(de, "0176 5550198", "DE").normalized());
    staysText("DE", de, "15,- €");
    staysText("DE", "ab Mai erreichbar 0176 5550198 20,99 EUR/Std.", "20,99 EUR");
    staysText("ES", "disponible desde el 25/07/2026 al 612 555 019 100 euros/hora", "100 euros");
  }

  @Test
  @DisplayName("an amount in a currency word after a disguised phone or a tag is no digit of it")
  void anAmountInWordsEndsADisguisedNumber() {
    String text = "disponible desde el 2 de mayo al 6I2 555 0I9 100 euros/hora";
    assertEquals("+34612555019", DetectedForms.covering(text, "6I2 555 0I9", "ES").normalized());
    staysText("ES", text, "100 euros");
    staysText("ES", "Vendo móvil #555123 80 euros", "80 euros");
  }

  @Test
  @DisplayName("a year after a month's name starts no disguised phone")
  void aYearAfterAMonthStartsNoPhone() {
    String text = "free from 7 April 2026 O7700 9OO 187 / 25 EUR an hour";
    staysText("GB", text, "7 April 2026");
    assertEquals("+447700900187", DetectedForms.covering(text, "O7700 9OO 187", "GB").normalized());
  }

  @Test
  @DisplayName("a range of amounts with spaces between thousands before its currency stays text")
  void aSpacedRangeOfAmountsStaysText() {
    staysText("SN", "Rémunération 210 000 - 260 000 FCFA/mois, horaires", "210 000 - 260 000");
    staysText("CO", "Pago 1.800.000 - 2.400.000 COP, turnos", "1.800.000 - 2.400.000");
    staysText("CO", "entradas, asientos 1289 y 346 1.200.000 COP c/u.", "1.200.000 COP");
  }

  @Test
  @DisplayName("a whole date followed by an amount is no phone")
  void aDateThenAnAmountIsNoPhone() {
    staysText("CI", "CT OK jusqu'au 2026-03-14. 85000 f à débattre", "2026-03-14");
    staysText("DE", "TÜV bis 04.05.2026 350 Euro VB", "04.05.2026");
  }

  @Test
  @DisplayName("a US ZIP+4 postcode in brackets or before an emoji stays text")
  void aZipPlusFourInBracketsStaysText() {
    staysText("US", "Bistro at 12 Elm Street (94901-5550) is hiring", "94901-5550");
    String title = "Studio 94901-5550 ✆ (415) 555-0187";
    staysText("US", title, "94901-5550");
    covered("US", title, "(415) 555-0187", Contact.PHONE);
  }

  @Test
  @DisplayName(
      "a phone split over chat messages of one speaker, the first ending in its digits, is one phone")
  void aPhoneSplitOverChatMessagesAfterWordsIsOnePhone() {
    String text =
        "[22:46] Rosa: escríbeme por acá 341\n[22:47] Rosa: 555 0199\n[22:50] Leo: la fianza";
    assertEquals("+543415550199", DetectedForms.covering(text, "341", "AR").normalized());
    assertEquals("+543415550199", DetectedForms.covering(text, "555 0199", "AR").normalized());
    staysText("GB", "[10:00] Kim: room 12 is free\n[10:01] Kim: 15 20\n[10:02] Lou: ok", "15 20");
  }

  @Test
  @DisplayName("a phone sent as digit words and digits over chat messages after a cue is one phone")
  void aPhoneInDigitWordsOverChatMessagesIsOnePhone() {
    String text =
        "[21:04] Mia: my number changed\n[21:05] Mia: zero four one\n[21:05] Mia: 5 5 5\n"
            + "[21:06] Mia: 0 one 9 two\n[21:07] me: got it";
    assertEquals("+61415550192", DetectedForms.covering(text, "zero four one", "AU").normalized());
    assertEquals("+61415550192", DetectedForms.covering(text, "0 one 9 two", "AU").normalized());
  }

  @Test
  @DisplayName("a wallet broken in the middle by a dash or a space near a wallet cue is one wallet")
  void aWalletBrokenByADashOrASpaceIsOneWallet() {
    covered(
        "FR",
        "portefeuille DOGE DKAN98eypFopQxnJD-Q5tumFc5KH7nZ79di Acompte possible",
        "DKAN98eypFopQxnJD-Q5tumFc5KH7nZ79di",
        Contact.WALLET);
    covered(
        "US",
        "send BTC 3CY8HMv57CkKtZhP3 VSfBHaTNmj12dEFux",
        "3CY8HMv57CkKtZhP3 VSfBHaTNmj12dEFux",
        Contact.WALLET);
    covered(
        "US",
        "solana 7dQm2vXkP9rTz4NwBcE8yH-fL3sGjUa6KqR5tVnMx1YbZ",
        "7dQm2vXkP9rTz4NwBcE8yH-fL3sGjUa6KqR5tVnMx1YbZ",
        Contact.WALLET);
    staysText("US", "wallet day: check-in after ten, send confirmation screenshots", "check-in");
    staysText("US", "XRP accepted, DM Kq7TzRmx2WpLb9Nv4Ys 8812 after paying", "8812");
  }

  @Test
  @DisplayName("an EVM address in groups of four followed by a long word is one wallet")
  void anAddressInGroupsBeforeALongWordIsOneWallet() {
    String text =
        "mi wallet USDT ERC20 0x16 4779 50c3 92Ce dF25 80d9 4d3E 226b B8f9 c461 E4 La fianza por"
            + " transferencia";
    covered("ES", text, "0x16 4779 50c3 92Ce dF25 80d9 4d3E 226b B8f9 c461 E4", Contact.WALLET);
    staysText("ES", text, "transferencia");
  }

  @Test
  @DisplayName("a phone split by a bracketed aside and a conjunction is one phone")
  void aPhoneSplitByABracketedAsideAndAConjunctionIsOnePhone() {
    String text = "free from May, 415 (the first bit) and 555 0176 / $20 p/h";
    assertEquals("+14155550176", DetectedForms.covering(text, "415", "US").normalized());
    assertEquals("+14155550176", DetectedForms.covering(text, "555 0176", "US").normalized());
    staysText("US", text, "the first bit");
    String fr = "dispo au 06 12 (c'est le début) et 55 01 76 / 16 euros/h";
    assertEquals("+33612550176", DetectedForms.covering(fr, "55 01 76", "FR").normalized());
    staysText("FR", "Tarifs 150 (négociable) et 200 300 euros", "200 300");
  }

  @Test
  @DisplayName("a phone whose parts a sentence ending and a few words split is one phone")
  void aPhoneSplitByASentenceEndingIsOnePhone() {
    String text = "Paylib au 06 12. La suite : 55 01 76 | merci";
    assertEquals("+33612550176", DetectedForms.covering(text, "55 01 76", "FR").normalized());
    String de = "WhatsApp (0170) 5550176. Finderlohn 180,- €!!";
    assertEquals("+491705550176", DetectedForms.covering(de, "(0170) 5550176", "DE").normalized());
    staysText("DE", de, "180,- €");
    staysText("ES", "llámame al (707) 555 0176. recompensa 120 euros!!", "120 euros");
  }

  @Test
  @DisplayName("a phone after 'wsp' split by a few words is one phone")
  void aPhoneAfterWspSplitByWordsIsOnePhone() {
    String text = "insta rosa ✨ y wsp 33 seguido de 5555 0176 | gracias";
    assertEquals(
        DetectedForms.covering(text, "33", "AR").normalized(),
        DetectedForms.covering(text, "5555 0176", "AR").normalized());
  }

  @Test
  @DisplayName("a Tox id (76 hex digits) is a messenger id")
  void aToxIdIsAMessengerId() {
    String tox = "A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F6";
    assertEquals(76, tox.length());
    covered("ES", "Prefiero Tox " + tox + " ✨ gracias", tox, Contact.HANDLE);
  }

  @Test
  @DisplayName("a handle after 'tele:' or 'SimpleX:' is a handle")
  void aHandleAfterTeleOrSimplexIsAHandle() {
    covered("US", "More on tele: rosa_55 for pics", "rosa_55", Contact.HANDLE);
    covered("DE", "Reservierung | SimpleX: lena.k555", "lena.k555", Contact.HANDLE);
  }

  @Test
  @DisplayName("a local part, a bracketed at-word and a mail provider without TLD is an e-mail")
  void aBracketedAtWordBeforeAProviderIsAnEmail() {
    assertEquals(
        "rosa_bcn@hotmail.com",
        DetectedForms.covering("or email rosa_bcn[at]hotmail", "rosa_bcn[at]hotmail", "US")
            .normalized());
    assertEquals(
        "rosa_sun@yahoo.com",
        DetectedForms.covering("escribe a rosa_sun(arroba)yahoo ya", "rosa_sun(arroba)yahoo", "ES")
            .normalized());
  }

  @Test
  @DisplayName(
      "a local part given with a regional provider's name (chello, aon, eircom, fibertel) is an e-mail")
  void aLocalPartWithARegionalProviderIsAnEmail() {
    covered("AT", "oder chello-Adresse: rosa_yoga | danke", "rosa_yoga", Contact.EMAIL);
    covered("AR", "CV a correo fibertel: rosa-rh-55 o al local", "rosa-rh-55", Contact.EMAIL);
    covered("IE", "hit my eircom rosa.k55 with references", "rosa.k55", Contact.EMAIL);
    covered("AT", "Bewerbung an rosa.k55 bei aon[punkt]at bitte", "rosa.k55", Contact.EMAIL);
  }
}

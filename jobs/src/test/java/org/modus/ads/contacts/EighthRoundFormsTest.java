package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.modus.ads.contacts.DetectedForms.covered;
import static org.modus.ads.contacts.DetectedForms.staysText;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Forms that blind canaries v7 (test half) and v2 still let through (eighth round): a phone with
 * look-alike letters right after a link's digits, letters that read as digits only after a phone
 * cue, groups joined by "next" / "last", two parts joined by "puis" before another number, a
 * spelled-dot host with a path glued to it, a payment account in capitals inside without '$', a
 * handle after a platform, a few words and a colon, a handle after "DM", and a local part after a
 * word-like provider and an address word. Values are made up here; each form has its look-alikes
 * that must stay text.
 */
class EighthRoundFormsTest {
  private static final ContactDetector DETECTOR = DetectedForms.DETECTOR;

  @Test
  @DisplayName("a disguised phone right after a link that ends in digits is a phone of its own")
  void aDisguisedPhoneAfterALinkEndingInDigitsIsAPhone() {
    String text = "Profil: https://mila-rose.com/u/3321 📞 O6 l2 S4 78 9O merci";
    assertEquals("+33612547890", DetectedForms.covering(text, "O6 l2 S4 78 9O", "FR").normalized());
    covered("FR", text, "https://mila-rose.com/u/3321", Contact.URL);
    staysText(
        "FR", "Voir https://site-exemple.fr/annonce/2026 📞 10h-18h sauf dimanche", "10h-18h");
  }

  @Test
  @DisplayName("letters like A, E and G read as digits in a number a phone cue introduces")
  void cuedLookAlikeLettersReadAsDigitsAfterAPhoneCue() {
    assertEquals(
        "+447400390612",
        DetectedForms.covering("Call: 07A0 0E9 0G12 after six", "07A0 0E9 0G12", "GB")
            .normalized());
    staysText("GB", "Print on A4 paper, 210x297 mm. Contact: room A12 on floor 3", "A12");
    staysText("GB", "Contact: A65 road, junction 0123 4567", "A65");
    staysText("ES", "Hotel cerca de la A-3, salida 12. Llama al 612 345 678", "A-3");
  }

  @Test
  @DisplayName("digit groups joined by 'next' and 'last' are one phone, years so joined stay")
  void groupsJoinedByNextAndLastAreOnePhone() {
    assertEquals(
        "+13125550143",
        DetectedForms.covering(
                "sending it in bits: 312, next 555, last 0143 ok", "312, next 555, last 0143", "US")
            .normalized());
    staysText("US", "seasons 2019, then 2021, last 2024 were the best", "2021");
    staysText("US", "open 9 then 17, next 12 last 30 minutes", "30 minutes");
  }

  @Test
  @DisplayName("two parts joined by 'puis' stay one phone when another number follows")
  void twoPartsJoinedByPuisBeforeAnotherNumberAreOnePhone() {
    String text = "Écrire au 0612 puis 345678. 📞 06 98 76 54 32 le soir";
    assertEquals(
        "+33612345678", DetectedForms.covering(text, "0612 puis 345678", "FR").normalized());
    assertEquals("+33698765432", DetectedForms.covering(text, "06 98 76 54 32", "FR").normalized());
    staysText("FR", "Visites de 10h puis 14h, loyer 510 € puis 530 €", "530");
  }

  @Test
  @DisplayName("a host with its dot spelled out and a path glued to its ending is a link")
  void aSpelledDotHostWithAGluedPathIsALink() {
    covered(
        "ES",
        "Apúntate en azafatas-norte punto es/alta antes del lunes",
        "azafatas-norte punto es/alta",
        Contact.URL);
    assertEquals(
        "spa-luna.com/citas/hoy",
        DetectedForms.covering(
                "Reserva en spa-luna punto com/citas/hoy o llama",
                "spa-luna punto com/citas/hoy",
                "ES")
            .normalized());
    staysText("ES", "y el asunto punto es/era lo de menos", "asunto");
    staysText("ES", "el siguiente punto es fundamental", "punto es");
  }

  @Test
  @DisplayName("a name with capitals inside after a payment app is its account, the apps stay")
  void aCamelCaseNameAfterAPaymentAppIsAnAccount() {
    covered("US", "Cash App MiloGrant for the deposit", "MiloGrant", Contact.PAYMENT_HANDLE);
    covered("US", "Venmo: RosaLima or Zelle", "RosaLima", Contact.PAYMENT_HANDLE);
    staysText("US", "Pay with Venmo PayPal or Cash App", "PayPal");
    staysText("US", "Zelle WhatsApp me first", "WhatsApp");
    staysText("US", "Cash App iPhone only", "iPhone");
  }

  @Test
  @DisplayName("a handle after a platform, a few words and a colon is redacted")
  void aHandleAfterAPlatformAFewWordsAndAColonIsRedacted() {
    covered(
        "ES", "mi telegram por si acaso: luz_marina.07 gracias", "luz_marina.07", Contact.HANDLE);
    covered(
        "US", "[10:02] Jo: and my LINE just in case: jo.kyoto.21", "jo.kyoto.21", Contact.HANDLE);
    staysText("US", "Telegram group rules: be nice", "be nice");
    staysText("US", "insta opening hours: 10am", "10am");
    staysText("US", "Signal strength here: 5g", "5g");
  }

  @Test
  @DisplayName("a handle-shaped name after 'DM' is redacted, a time or a compound stays")
  void aHandleShapedNameAfterDmIsRedacted() {
    covered(
        "US",
        "DM sky.trades after the payment, server is on discord",
        "sky.trades",
        Contact.HANDLE);
    staysText("US", "DM: 10am-6pm only. DM me for rates", "10am-6pm");
    staysText("DE", "bei dm-Markt 2,5 Liter kaufen", "Markt");
    staysText("US", "Add 2x eggs, DM 24/7", "2x");
  }

  @Test
  @DisplayName("a local part after a word-like provider and an address word is an e-mail")
  void aLocalPartAfterAWordLikeProviderAndAnAddressWordIsAnEmail() {
    assertEquals(
        "lotte_88@web.de",
        DetectedForms.covering("Schreib an meine web-Adresse: lotte_88 bitte", "lotte_88", "DE")
            .normalized());
    staysText("DE", "Unsere Web-Adresse: kanzlei-mueller", "kanzlei-mueller");
    staysText("DE", "Web: rosa-spa und web id: 1234", "1234");
  }
}

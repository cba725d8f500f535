package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modus.ads.contacts.DetectedForms.covered;
import static org.modus.ads.contacts.DetectedForms.staysText;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Forms that blind canary v7's dev half found getting through (seventh round): a handle after a
 * platform and a slash, after "je suis" / "perso", after "Discord, username", after "threads",
 * after a bare "X" with its dots spelled out, a name with a spelled underscore and no platform, a
 * Discord tag a sentence after the server's name, a vanity number, an aside in brackets inside a
 * phone written partly in words, and a wallet whose checksum fails in a payment column. Then the
 * amounts and floors a plain number used to run into ("28013, 1.250 € al mes", "3º B"). Values are
 * made up here; each form has its look-alikes that must stay text.
 */
class SeventhRoundFormsTest {
  private static final ContactDetector DETECTOR = DetectedForms.DETECTOR;

  @Test
  @DisplayName("a handle glued to a platform's name by a slash is redacted")
  void aHandleGluedToAPlatformByASlashIsRedacted() {
    covered("ES", "sígueme en insta/mara.bcn_22 cada día", "mara.bcn_22", Contact.HANDLE);
    covered("FR", "Vérifie-moi sur Kik : SNAP/tomi_88 merci", "tomi_88", Contact.HANDLE);
    staysText("ES", "Telegram/WhatsApp: pregunta lo que quieras", "WhatsApp");
    staysText("EN", "snap/insta stories 24/7 from 9pm", "insta");
  }

  @Test
  @DisplayName("a handle after 'je suis', 'ich bin' or 'perso' is redacted, a plain word stays")
  void aHandleAfterABeingVerbOrPersoIsRedacted() {
    covered("FR", "sur snap je suis lila_93 bisous", "lila_93", Contact.HANDLE);
    covered("DE", "auf Telegram ich bin rudi.4 — schreib", "rudi.4", Contact.HANDLE);
    covered("FR", "Mon snap perso : mila.off.3", "mila.off.3", Contact.HANDLE);
    staysText("FR", "sur snap je suis dispo ce soir", "dispo");
    staysText("FR", "Mon insta perso uniquement", "uniquement");
  }

  @Test
  @DisplayName("a handle after a platform, a comma and 'username' is redacted")
  void aHandleAfterAPlatformACommaAndUsernameIsRedacted() {
    covered("US", "ping me on Telegram, username vera.k91 thanks", "vera.k91", Contact.HANDLE);
    staysText("ES", "escríbeme por Telegram, en español", "español");
  }

  @Test
  @DisplayName("a handle-shaped name after 'threads' is redacted, a common word stays")
  void aHandleShapedNameAfterThreadsIsRedacted() {
    covered("ES", "solo por threads - lu_cia88 y nada más", "lu_cia88", Contact.HANDLE);
    staysText("GB", "Threads: silk and cotton, 2 colours", "silk");
  }

  @Test
  @DisplayName("a name with spelled dots after a bare X is a handle")
  void aNameWithSpelledDotsAfterABareXIsAHandle() {
    covered(
        "ES",
        "escríbeme X mia punto rr punto 27 gracias",
        "mia punto rr punto 27",
        "social_handle");
    staysText("ES", "el modelo X punto de venta", "punto");
  }

  @Test
  @DisplayName("a name with a spelled underscore and a digit is a handle without a platform")
  void aNameWithASpelledUnderscoreAndADigitIsAHandle() {
    covered("GB", "OF lexi99 underscore vip xx", "lexi99 underscore vip", Contact.HANDLE);
    covered("ES", "escribe a nadia guion bajo 07 ya", "nadia guion bajo 07", Contact.HANDLE);
    staysText("FR", "écrire avec un tiret bas entre les mots", "tiret bas");
    staysText("DE", "Unterstrich und Punkt bitte weglassen", "Unterstrich");
  }

  @Test
  @DisplayName("a Discord tag a sentence after the server's name is redacted, a reference stays")
  void aDiscordTagASentenceAfterTheServerIsRedacted() {
    String server = "Join the Discord server (link in bio) to get whitelisted by our moderators. ";
    covered("US", server + "Owner: Nyx#0917", "Nyx#0917", Contact.HANDLE);
    staysText("US", server + "Quote ref#2041 when asked", "2041");
    staysText("US", "Room#1204 on floor 3, line 5 of the form, Washington DC 20001", "Room#1204");
  }

  @Test
  @DisplayName("a vanity number spelled on the keypad's letters is a phone")
  void aVanityNumberIsAPhone() {
    assertEquals(
        "+18003569377",
        DetectedForms.covering("Call 1-800-FLOWERS now", "1-800-FLOWERS", "US").normalized());
    assertEquals(
        "+14155553647",
        DetectedForms.covering("Or text (415) 555-DOGS tonight", "(415) 555-DOGS", "US")
            .normalized());
    staysText("US", "quote ref 123-456-ABCD on the form", "123-456-ABCD");
    staysText("US", "Room 214 ABCD and GATE 12 ABCD", "214 ABCD");
  }

  @Test
  @DisplayName("words in brackets inside a phone written partly in words are one phone")
  void anAsideInBracketsInsideAPhoneInWordsIsOnePhone() {
    assertEquals(
        "+33630124578",
        DetectedForms.covering(
                "Appelle 06 trente (pas de sms) 12 45 78 merci",
                "06 trente (pas de sms) 12 45 78",
                "FR")
            .normalized());
    assertEquals(
        "+34612345678",
        DetectedForms.covering(
                "Llama al seis uno dos (solo tardes) 345 678",
                "seis uno dos (solo tardes) 345 678",
                "ES")
            .normalized());
    staysText("FR", "Prix 150 (négociable) 200 300 selon options", "200 300");
    staysText("FR", "trois (au calme) 45 m² lumineux", "45 m²");
  }

  @Test
  @DisplayName("a wallet whose checksum fails is a wallet in a column named for payment")
  void aWalletInAPaymentColumnIsAWallet() {
    String tron = "TVk3pQ8rNw2LxH7yZc5bFm9dJe4sGu6aKq";
    List<Contact> inColumn = DETECTOR.find(tron, "ES", "payment_info");
    assertEquals(1, inColumn.size(), inColumn.toString());
    assertEquals(Contact.WALLET, inColumn.get(0).type());
    covered("ES", "Payment: " + tron + " gracias", tron, Contact.WALLET);
    // in any other column too: 34 random characters of a wallet's shape, a wallet that links none
    assertTrue(
        DETECTOR.find(tron, "ES", "notes").stream()
            .allMatch(c -> c.type().equals(Contact.WALLET) && !c.checksumValid()));
    assertTrue(DETECTOR.find("60 € por adelantado", "ES", "payment_info").isEmpty());
  }

  @Test
  @DisplayName("a floor, a postcode and a price in a row stay text")
  void aFloorAPostcodeAndAPriceInARowStayText() {
    String flat = "Piso en Calle Mayor 12, 3º B, 28013, 1.250 € al mes";
    staysText("ES", flat, "28013");
    staysText("ES", flat, "1.250 €");
    staysText("ES", flat, "3º B");
    staysText("ES", "C/ Sol 4, 2ª planta, 08012. 950 €/mes", "08012");
  }
}

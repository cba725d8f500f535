package org.modus.ads.contacts;

import static org.modus.ads.contacts.DetectedForms.covered;
import static org.modus.ads.contacts.DetectedForms.staysText;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Forms that the dev half of blind canary v13 found (session 19): Cardano addresses, an e-mail
 * whose at-sign is a word that means nothing else ("ät", "arobase"), a payment name closed by a
 * long dash, a handle after a platform's name in brackets; and court-file and association numbers
 * after their label ("Az.", "ZVR"), which stay text. Values are made up here.
 */
class ThirteenthRoundFormsTest {
  private static final String ADA =
      "addr1z8vekjfsxs653x5npvyv8acyx6pxmeun26wxdcvgglxaqa787lhmtq09pacu8sg7juej2aunnzydn6xayauptm3y9g2mwe35g6";
  private static final String ADA_TYPO =
      "addr1z8vekjfsxs653x5npvyv8acyx6pxmeun26wqdcvgglxaqa787lhmtq09pacu8sg7juej2aunnzydn6xayauptm3y9g2mwe35g6";

  @Test
  @DisplayName("a Cardano address is a wallet: checksum valid anywhere, a failed one near a cue")
  void cardanoAddressesAreWallets() {
    covered("ES", "Pagos en " + ADA + " gracias", ADA, Contact.WALLET);
    covered(
        "ES", "¿Prefieres cripto? ADA: " + ADA_TYPO + " Todos mis links", ADA_TYPO, Contact.WALLET);
  }

  @Test
  @DisplayName("'ät' or 'arobase' for the at-sign makes an address of any local part")
  void anAtSignWordTakesAnyLocalPart() {
    covered(
        "DE", "E-Mail: nadinekk ät t-online.de viber", "nadinekk ät t-online.de", Contact.EMAIL);
    covered(
        "FR",
        "écrivez à claraline arobase orange.fr merci",
        "claraline arobase orange.fr",
        Contact.EMAIL);
    // "at" and "chez" are words of a sentence: a local part of letters alone stays text
    staysText("FR", "je vais chez orange.fr demain", "vais chez");
  }

  @Test
  @DisplayName("a payment name after a dash closes at a long dash; a handle follows '(IG)'")
  void paymentNameBeforeALongDashAndHandleAfterABracketedPlatform() {
    covered(
        "DE",
        "Unterstützt mich: cash app - nadinek — Link in Bio.",
        "nadinek",
        Contact.PAYMENT_HANDLE);
    covered(
        "FR", "Contact : Port. | (IG) la_belle_ines | vermietung", "la_belle_ines", Contact.HANDLE);
    staysText("EN", "see (IG) for pics", "for pics");
  }

  @Test
  @DisplayName("a German court file number (Az.) and an Austrian association number (ZVR) stay")
  void courtFileAndAssociationNumbersStayText() {
    staysText("DE", "Fragen? Schreib an uns mit Az. 17 O 285/23.", "17 O 285/23");
    staysText("AT", "Wir sammeln (Verein ZVR 555019876). Danke", "555019876");
  }
}

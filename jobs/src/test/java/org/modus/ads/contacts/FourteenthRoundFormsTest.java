package org.modus.ads.contacts;

import static org.modus.ads.contacts.DetectedForms.covered;
import static org.modus.ads.contacts.DetectedForms.staysText;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Forms that canary v13 (both halves, tuning material once scored) and the older canaries' last
 * leaks found (session 21): small look-alike letters inside a number's groups, numbers whose groups
 * are joined by a phrase, a Cash App name without its sign, an e-mail given as a provider's name
 * and a local part, an address whose domain has no ending, a handle after "new account". Values are
 * made up here.
 */
class FourteenthRoundFormsTest {

  @Test
  @DisplayName("small s, i, g and z read as digits inside a group that holds a real digit")
  void smallLookAlikeLettersInsideDigitGroups() {
    covered("US", "text me on 415 ss5 o172 when you're outside", "415 ss5 o172", Contact.PHONE);
    covered("AT", "Neue Nummer!! O170 s5512384 (alte geht nicht)", "O170 s5512384", Contact.PHONE);
    covered("FR", "Joignable : O6Z48o713i Dossier complet", "O6Z48o713i", Contact.PHONE);
    covered("US", "msg me / 3i2 55S 0184 New number!!", "3i2 55S 0184", Contact.PHONE);
    covered("IE", "Zoey – O87 I5g 8261", "O87 I5g 8261", Contact.PHONE);
  }

  @Test
  @DisplayName("a decade, a network, words and sizes stay text")
  void decadesNetworksAndWordsStayText() {
    staysText("US", "hits of the 1990s 2000s 2010s and more", "1990s 2000s 2010s");
    staysText("GB", "fast 4g and 5g coverage, 100 200 300 GB plans", "4g and 5g");
    staysText("US", "it is so big, 12 is 34 so go", "12 is 34");
    staysText("FR", "taille 36 38 40 42 dispo", "36 38 40 42");
  }

  @Test
  @DisplayName("digit groups joined by a phrase are one number")
  void groupsJoinedByAPhrase() {
    covered(
        "MX",
        "Mercado Pago al 222 seguido de 391 9088 para reservar",
        "222 seguido de 391 9088",
        Contact.PHONE);
    covered(
        "AR", "Reserva con señal al 351 y al final 951 3477 | más info", "951 3477", Contact.PHONE);
    covered(
        "NZ", "call 027 after that 130 then 1497", "027 after that 130 then 1497", Contact.PHONE);
    staysText("ES", "el 15 de marzo de 2026 a las 10", "15 de marzo de 2026");
    staysText("ES", "lote 125 seguido de 300 metros", "125 seguido de 300");
  }

  @Test
  @DisplayName("a Cash App name without its sign: after 'cashapp' closing its phrase, after 'CA'")
  void cashAppNamesWithoutTheirSign() {
    covered(
        "DE",
        "bitte vorab, cashapp marlotips. Bewerbung per Mail",
        "marlotips",
        Contact.PAYMENT_HANDLE);
    covered(
        "FR",
        "Vous pouvez aussi payer via CA lenaa93 Étudiants bienvenus.",
        "lenaa93",
        Contact.PAYMENT_HANDLE);
    covered(
        "GB",
        "or a deposit to CA jordanpays27. Follow my travels",
        "jordanpays27",
        Contact.PAYMENT_HANDLE);
    staysText(
        "CA", "Toronto, ON, CA H2X1Y4 and Cash App accepted.", "H2X1Y4 and Cash App accepted");
    staysText("US", "Los Angeles, CA 90012, Venmo works.", "CA 90012, Venmo works");
  }

  @Test
  @DisplayName(
      "one's own mail provider and a name is an address; a provider after 'to' needs a handle's shape")
  void providerAndLocalPart() {
    covered("ES", "escríbeme al gmail jorgep81 y te cuento", "jorgep81", Contact.EMAIL);
    covered("ES", "| mi outlook es mvillarreal | gracias", "mvillarreal", Contact.EMAIL);
    covered("AT", "Oder schreib an mein proton kzellweger", "kzellweger", Contact.EMAIL);
    staysText("ES", "mi gmail es ahora otro, escríbeme al gmail mañana", "ahora otro");
    staysText("EN", "send it to gmail support please", "support");
  }

  @Test
  @DisplayName("an address whose domain has no ending, after '(ät)' or a role's mailbox")
  void addressesWithoutAnEnding() {
    covered(
        "CH", "Kontakt: info(ät)bergwerk-service / Tel", "info(ät)bergwerk-service", Contact.EMAIL);
    covered(
        "GB",
        "Send your resume to info at lindner-staffing  Apply now",
        "info at lindner-staffing",
        Contact.EMAIL);
    covered("FR", "[03:47] Ambre: hr at bluefinjobs", "hr at bluefinjobs", Contact.EMAIL);
    staysText("GB", "ask the team at reception or contact at midnight", "team at reception");
    staysText("EN", "Meet me (at) noon", "me (at) noon");
  }

  @Test
  @DisplayName("a name after 'new account' is a handle; a phrase that goes on is not")
  void handleAfterNewAccount() {
    covered("CA", "New acc kelsiex (old one got banned) 👻", "kelsiex", Contact.HANDLE);
    covered("FR", "Nouveau compte yasmeenx (l'ancien a sauté)", "yasmeenx", Contact.HANDLE);
    covered(
        "FR",
        "retrouve-moi sur insta en tapant lounie_pro [15:02] Sarah",
        "lounie_pro",
        Contact.HANDLE);
    covered("CO", "Zangi ID: 1004732881 | Hoteles ok", "1004732881", Contact.HANDLE);
    staysText("EN", "new account holders get 10% off", "holders");
  }

  @Test
  @DisplayName("a bar between blanks parts two numbers; an age's plus is no country code")
  void barsAndAgesBetweenNumbers() {
    covered(
        "US",
        "To arrange a viewing: (604) 555-0122 | 646 555 O171 No DSS, sorry.",
        "646 555 O171",
        Contact.PHONE);
    covered("FR", "Nouvelle Jade 18+ 07.61 69-63.72", "07.61 69-63.72", Contact.PHONE);
    staysText("FR", "soirée 18+ 20h-02h, entrée 15 €", "18+ 20h-02h");
  }

  @Test
  @DisplayName("a long wallet-shaped token with a failed checksum is a wallet without a cue")
  void longWalletShapedTokensWithoutACue() {
    // the BIP-173 and textbook examples, a character changed so their checksums fail
    String p2pkh = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3";
    String bech32 = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5";
    covered("GB", "them: try " + p2pkh + "\nme: ok", p2pkh, Contact.WALLET);
    covered(
        "US", "Refunds are processed to " + bech32 + " within 48 hours.", bech32, Contact.WALLET);
    staysText("DE", "Sendungsnummer JJD000390007812345 und Ref. 2024-0317", "JJD000390007812345");
  }
}

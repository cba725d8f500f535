package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modus.ads.contacts.DetectedForms.covered;
import static org.modus.ads.contacts.DetectedForms.covering;
import static org.modus.ads.contacts.DetectedForms.staysText;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Forms that canaries v8 to v16 (tuning material) and the dev half of canary v17 (session 22) still
 * let through: a hash for the at-sign, a long Solana key without a cue, an account's name after
 * "usuario" or "mine is", X as a label, measure-shaped groups inside a cued number, CLABE, CBU and
 * RIB numbers by their check digits, TON addresses, IBANs in irregular groups or in part, padded
 * IPv4 octets, wallets in dashed groups, a comma for the dot of a hyphenated site. Values are made
 * up here; each form has look-alikes that must stay text.
 */
class SeventeenthRoundFormsTest {

  @Test
  @DisplayName("a hash glued where the at-sign goes; a hashtag before a host stays text")
  void hashForTheAtSign() {
    covered(
        "US",
        "Email rosa-vela#proton.me (swap the # for @) or text me",
        "rosa-vela#proton.me",
        Contact.EMAIL);
    staysText("US", "join us #proton.me fans", "#proton.me");
  }

  @Test
  @DisplayName("an account's name after 'usuario', 'bin ich' or 'mine is' near a payment app")
  void namedAccounts() {
    covered("ES", "usuario nora__sol", "nora__sol", Contact.HANDLE);
    covered("DE", "auf Snap bin ich xnora44 schreib mir", "xnora44", Contact.HANDLE);
    covered(
        "US",
        "Send your Cash App tag or Venmo. Mine is nora-vela61.",
        "nora-vela61",
        Contact.HANDLE);
    staysText("US", "my venmo is broken. Mine is the blue car.", "the blue car");
    staysText("ES", "te paso por telegram, el BIC es BANKES22 ok", "BANKES22");
  }

  @Test
  @DisplayName("X with a colon or arrows before a lone name; 'X: the unknown' stays text")
  void xAsALabel() {
    covered("DE", "Web: example.org X : norasweet Kein Anschreiben", "norasweet", Contact.HANDLE);
    covered("US", "Ana (15:48): X >> noravelvet [15:54] ok", "noravelvet", Contact.HANDLE);
    covered("CH", "CHF 16.00 brut/h X xnora61x et whats", "xnora61x", Contact.HANDLE);
    staysText("US", "X: the unknown. We meet at 5.", "the unknown");
    staysText("US", "Size X L, X 2000", "X 2000");
  }

  @Test
  @DisplayName(
      "a path glued after an @handle goes with it; a link after a platform's name is a link")
  void gluedPathsAndLinks() {
    Contact c = covering("Mi perfil es @nora_61/nora_61.", "@nora_61/nora_61", "ES");
    assertEquals(Contact.HANDLE, c.type());
    assertEquals("nora_61", c.normalized());
    covered(
        "ES",
        "El perfil de Instagram es instagram.com/nora_61.",
        "instagram.com/nora_61",
        Contact.URL);
  }

  @Test
  @DisplayName("a measure-shaped group at the edge of a cued number is one of its digits")
  void measureShapedGroupsInACuedNumber() {
    covered("ES", "Llamar a Nora: 6Bl 712 349 (sin números)", "6Bl 712 349", Contact.PHONE);
    covered("US", "Reach me on 40B 4I7 3S9B — no blocked calls", "40B 4I7 3S9B", Contact.PHONE);
    covered("ES", "o llama al 6I2 O4G 3G5. Señal", "6I2 O4G 3G5", Contact.PHONE);
    staysText("US", "Stats: 34B 26 36, 5ft 6. Call me", "34B 26 36");
  }

  @Test
  @DisplayName("CLABE and CBU numbers by their check digits; a RIB by its key or its cue")
  void nationalAccountNumbers() {
    Contact clabe = covering("Eva: transfiere a 002180700123456788", "002180700123456788", "MX");
    assertEquals(Contact.IBAN, clabe.type());
    assertTrue(clabe.checksumValid());
    Contact rib =
        covering("RIB 30006 00001 12345678901 89 merci", "30006 00001 12345678901 89", "FR");
    assertEquals(Contact.IBAN, rib.type());
    assertTrue(rib.checksumValid());
    Contact cued =
        covering("RIB : 30006 00001 12345678901 88 merci", "30006 00001 12345678901 88", "FR");
    assertFalse(cued.checksumValid());
    assertTrue(AccountFinder.validCbu("0170099220000067797370"));
    assertFalse(AccountFinder.validCbu("0170099220000067797371"));
  }

  @Test
  @DisplayName("an IBAN in irregular groups or a part of one after its cue")
  void irregularAndPartialIbans() {
    covered(
        "FR",
        "Virement des frais sur LU 28 00194006 44750000 mail",
        "LU 28 00194006 44750000",
        Contact.IBAN);
    covered("DE", "IBAN Teil 1: DE89 3704 0044 (Rest per SMS)", "DE89 3704 0044", Contact.IBAN);
    staysText("DE", "Artikel DE89 3704 ist neu", "DE89 3704");
  }

  @Test
  @DisplayName("a TON address by its checksum; a zero-padded IPv4 address")
  void tonAndPaddedIpv4() {
    Contact ton =
        covering(
            "deposit: UQAHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJsWj thanks",
            "UQAHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJsWj",
            "US");
    assertEquals(Contact.WALLET, ton.type());
    assertTrue(ton.checksumValid());
    Contact ip = covering("IP: 198.051.100.007 Port 25565", "198.051.100.007", "DE");
    assertEquals(Contact.IP, ip.type());
    assertEquals("198.51.100.7", ip.normalized());
    staysText("DE", "Version 1.20.4, 40 Slots", "1.20.4");
  }

  @Test
  @DisplayName("a wallet in dashed or spaced groups, the cue's word not part of it")
  void groupedWallets() {
    covered(
        "DE",
        "Paysafecard oder XRP rMwS5h-nubfQe-hZNsa7-TnGac7-hud3E6-6ehd",
        "rMwS5h-nubfQe-hZNsa7-TnGac7-hud3E6-6ehd",
        Contact.WALLET);
    staysText("US", "BTC price 2-3-4-5 and the X-Ray-Tango-Bravo code", "X-Ray-Tango-Bravo");
  }

  @Test
  @DisplayName("a hyphenated site with a comma for its dot; 'Lyon,fr' stays text")
  void commaForTheDotOfAHyphenatedSite() {
    covered("FR", "mon site nora-vela-spa,fr skype", "nora-vela-spa,fr", Contact.URL);
    staysText("FR", "Lyon,fr et Paris,FR", "Lyon,fr");
  }

  @Test
  @DisplayName("a long name before 'at' and a mail provider's domain is the mailbox")
  void mailboxBeforeAProvidersDomain() {
    covered(
        "DE",
        "E-Mail: noravela at outlook.de / Tel.: 030 1234567",
        "noravela at outlook.de",
        Contact.EMAIL);
    staysText("FR", "je vais chez orange.fr demain", "vais chez");
    staysText("US", "Find us at outlook.com for updates", "us at");
  }

  @Test
  @DisplayName(
      "a name listed between slashes after an @handle; a word on the next line ends a number")
  void slashListsAndLineBreaks() {
    covered(
        "FR",
        "insta / snap / tg : @noravela / noravela61 / @nora.vela nouveau",
        "noravela61",
        Contact.HANDLE);
    staysText("DE", "Mobil: 0151 2345 6789\nSCHUFA und 3 Nachweise", "3 Nachweise");
  }

  @Test
  @DisplayName("a reference after 'ID oferta'; a public platform's domain stays")
  void referencesAndPlatforms() {
    staysText("ES", "Inicio 21-abr. ID oferta 612345678", "612345678");
    staysText("FR", "Annonce aussi sur homegate.ch.", "homegate.ch");
  }

  @Test
  @DisplayName("a value found once is redacted wherever it stands again, under one pseudonym")
  void repeatedValues() {
    String text = "tg : nora_61 / nora_61 / @nora.vela nouveau";
    java.util.List<Contact> found = DetectedForms.DETECTOR.find(text, "FR");
    int second = text.indexOf("nora_61", text.indexOf("nora_61") + 1);
    Contact repeat =
        found.stream()
            .filter(c -> c.start() == second)
            .findFirst()
            .orElseThrow(AssertionError::new);
    assertEquals(Contact.HANDLE, repeat.type());
    assertEquals("nora_61", repeat.normalized());
    String again = "snap: @kimvela88, ask for kimvela88 at the desk";
    assertTrue(
        DetectedForms.DETECTOR.find(again, "US").stream()
            .anyMatch(c -> c.start() == again.lastIndexOf("kimvela88")));
    // a name of plain letters may be a place or a word elsewhere: "@london ... jobs in london"
    staysText("GB", "insta: @london ... cleaning jobs in london today", "in london today");
  }
}

package org.modus.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modus.ads.contacts.Contact;
import org.modus.ads.contacts.ContactDetector;
import org.modus.ads.contacts.CryptoWallets;
import org.modus.ads.contacts.Redactor;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.engine.Pseudonymizer;

class ContactDetectorTest {
  private final ContactDetector detector =
      new ContactDetector(AdsIngestSettings.defaults().contacts());

  private List<Contact> find(String text, String region) {
    return detector.find(text, region);
  }

  private Contact only(String text, String region) {
    List<Contact> found = find(text, region);
    assertEquals(1, found.size(), () -> "expected one contact in '" + text + "', found " + found);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Call (212) 555-0142 today|US|+12125550142",
        "tel +1 212 555 0199 after 6pm|FR|+12125550199",
        "text me 07700 900123 anytime|GB|+447700900123",
        "appelle au 01 99 00 12 34 svp|FR|+33199001234",
        "appelle au 01.99.00.12.34 svp|FR|+33199001234",
        "whatsapp +44 7700 900456|ES|+447700900456",
        "llama al 612 345 678|ES|+34612345678",
        "number is six one two three four five six seven eight, call|ES|+34612345678",
        "call 2 I 2 5 5 5 O I 4 2 now|US|+12125550142",
        "text O77OO 9OO I23 please|GB|+447700900123",
        "appelle zéro six un deux trois quatre cinq six sept huit|FR|+33612345678",
        "call　(212) 555－0142 today|US|+12125550142",
      })
  void findsPhonesInManyFormatsAndNormalizesThemToE164(String text, String region, String e164) {
    Contact c = only(text, region);
    assertEquals(Contact.PHONE, c.type());
    assertEquals(e164, c.normalized());
  }

  @Test
  void aNumberDeepInALongTextIsFoundWhereverItIs() {
    String filler =
        "Friendly team, weekly pay, training given, uniforms provided, 3 shifts of 8 hours. ";
    String text =
        filler.repeat(30)
            + "Questions? Call (212) 555-0142 or +44 7700 900456. "
            + filler.repeat(30);
    List<Contact> found = find(text, "US");
    assertEquals(
        List.of("+12125550142", "+447700900456"), found.stream().map(Contact::normalized).toList());
    assertEquals("(212) 555-0142", text.substring(found.get(0).start(), found.get(0).end()));
  }

  @Test
  void theSameNumberWrittenTwoWaysNormalizesToOneValue() {
    assertEquals(
        only("(212) 555-0142", "US").normalized(), only("+1-212-555-0142", null).normalized());
    assertEquals(
        only("07700 900123", "GB").normalized(), only("+44 7700 900 123", "FR").normalized());
  }

  @Test
  void aNationalNumberWithoutCountryIsStillRedactedThoughItsCountryIsAmbiguous() {
    // 612 345 678 is a Spanish mobile and also a French one without its trunk zero: redact, don't
    // guess.
    assertEquals(Contact.PHONE, only("llama al 612 345 678", null).type());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "salary 30000-45000 EUR per year",
        "posted in 2024, 35 hours per week, 1500 euros",
        "reference 2024-03-15, shift 08:00-17:00",
        "one of the best jobs, two days off",
      })
  void doesNotTakeNumbersThatAreNotPhonesForPhones(String text) {
    assertTrue(
        find(text, "FR").stream().noneMatch(c -> c.type().equals(Contact.PHONE)),
        () -> find(text, "FR").toString());
  }

  @Test
  void findsEmailsIncludingSpelledOutAtAndDot() {
    assertEquals(
        "anna.m@example.org", only("write to Anna.M@Example.org please", null).normalized());
    assertEquals("anna@example.com", only("mail anna [at] example [dot] com", null).normalized());
    assertEquals(Contact.EMAIL, only("mail anna (at) example.com", null).type());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "E-Mail: lena . k72 @ posteo . de. Jetzt bewerben|lena.k72@posteo.de",
        "Email me: j.doe.rent @ yahoo . com thanks|j.doe.rent@yahoo.com",
        "Correo rosa.gdl21 (arroba) gmail (punto) com, canal|rosa.gdl21@gmail.com",
        "or hiring dot team at quick dash jobs dot co dot uk today|hiring.team@quick-jobs.co.uk",
        "y mi hotmail es carla_linda_91, o escríbeme|carla_linda_91@hotmail.com",
        "lieber per Mail an tom.wg.pankow (GMX) oder|tom.wg.pankow@gmx.de",
        "Kontakt: anna punkt weber ät gmx punkt de bitte|anna.weber@gmx.de",
        "schreib an lena_k [ät] outlook punkt de danke|lena_k@outlook.de",
        "écris à jules42 chez proton point me merci|jules42@proton.me",
        "cv à team.casting chez gmail.com svp|team.casting@gmail.com",
        "mail rosa.vip[@]proton.me ok|rosa.vip@proton.me",
        "escribe a dani_w(a)outlook.es hoy|dani_w@outlook.es",
        "Email: Gmail: nora.k81 thanks|nora.k81@gmail.com",
        "Email rosa.m0815 en outlook gracias|rosa.m0815@outlook.com",
        "mail backwards: moc.liamg@77asor ok|rosa77@gmail.com",
        "mail: r o s a . v i p @ p r o t o n . m e thanks|rosa.vip@proton.me",
        "{\"mail\": \"nina.b\\u0040gmail.com\"}|nina.b@gmail.com",
      })
  void findsEmailsWithSpacedDotsBracketedWordsDashesOrTheProviderNamed(
      String text, String normalized) {
    Contact c = only(text, null);
    assertEquals(Contact.EMAIL, c.type());
    assertEquals(normalized, c.normalized());
  }

  @Test
  void findsUrlsAndNormalizesTheHost() {
    Contact c = only("see https://WWW.Example.org/profile/123. thanks", null);
    assertEquals(Contact.URL, c.type());
    assertEquals("example.org/profile/123", c.normalized());
  }

  @Test
  void findsHandlesWithAtOrAPlatformPrefixButNotEmailsOrPlainWords() {
    assertEquals("lucy_fun", only("follow @Lucy_Fun for more", null).normalized());
    assertEquals("sweetmary22", only("snap: sweetmary22", null).normalized());
    assertEquals("sweetmary22", only("Insta : @SweetMary22 ", null).normalized());
    assertEquals(Contact.EMAIL, only("lucy@example.org", null).type());
    assertTrue(find("follow us on Instagram for news", null).isEmpty());
  }

  @Test
  void acceptsWalletsWhoseChecksumHoldsAndRejectsCorruptedOnes() {
    // Published test vectors (bitcoin wiki, BIP173, BIP350, EIP-55).
    for (String valid :
        List.of(
            "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
            "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
            "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")) {
      Contact c = only("pay to " + valid + " only", null);
      assertEquals(Contact.WALLET, c.type(), valid);
    }
    for (String corrupted :
        List.of(
            "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3",
            "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")) {
      assertNull(CryptoWallets.normalize(corrupted), corrupted);
      // Without wallet context a long token whose checksum fails is still redacted, as a wallet
      // that links no ads (WalletDetectionTest covers the same token in context).
      assertTrue(
          find("order ref " + corrupted, null).stream()
              .noneMatch(c -> c.type().equals(Contact.WALLET) && c.checksumValid()));
    }
  }

  @Test
  void generatedWalletsPassTheirOwnChecksums() {
    byte[] h = HexFormat.of().parseHex("0102030405060708090a0b0c0d0e0f1011121314");
    assertTrue(CryptoWallets.isValidBase58Check(CryptoWallets.base58Check(0, h)));
    assertTrue(CryptoWallets.isValidBase58Check(CryptoWallets.base58Check(5, h)));
    assertTrue(CryptoWallets.isValidBech32(CryptoWallets.bech32SegwitV0(h)));
    assertEquals(
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        CryptoWallets.ethereum(
            HexFormat.of().parseHex("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")));
    // BIP173's example P2WPKH program.
    assertEquals(
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
        CryptoWallets.bech32SegwitV0(
            HexFormat.of().parseHex("751e76e8199196d454941c45d1b3a323f1433bd6")));
  }

  @Test
  void redactionReplacesEachIdentifierByATypedKeyedPseudonym() {
    Pseudonymizer key = new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes());
    Redactor redactor = new Redactor(detector, key);
    Redactor.Redacted r = redactor.redact("Call (212) 555-0142 or mail x@example.org", "US");
    String phone = key.pseudonym("phone", "+12125550142");
    String mail = key.pseudonym("email", "x@example.org");
    assertEquals("Call [phone:" + phone + "] or mail [email:" + mail + "]", r.text());
    assertEquals(
        List.of(
            new Redactor.Pseudonymous("phone", phone), new Redactor.Pseudonymous("email", mail)),
        r.contacts());
    assertFalse(r.text().contains("555"));
  }

  @Test
  void anEmailWrittenToDodgeFiltersIsMarkedObscuredWithTheSamePseudonymAsThePlainOne() {
    Contact dodged = only("Email me: anna (at) gmail (dot) com", null);
    Contact plain = only("Email me: anna@gmail.com", null);
    assertEquals(Contact.OBSCURED_EMAIL, dodged.placeholder());
    assertEquals(Contact.EMAIL, plain.placeholder());
    assertEquals(plain.normalized(), dodged.normalized(), "linking is not split");
  }
}

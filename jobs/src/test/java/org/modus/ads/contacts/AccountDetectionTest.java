package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.extract.Lexicon;

/** IBANs, IP addresses and payment handles are identifiers of their own type. */
class AccountDetectionTest {
  private static final ContactDetector DETECTOR =
      new ContactDetector(AdsIngestSettings.defaults().contacts());

  private static Contact only(String text) {
    List<Contact> found = DETECTOR.find(text, "FR");
    assertEquals(
        1, found.size(), () -> "expected one identifier in '" + text + "', found " + found);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0} -> {1} {2} valid={3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "virement FR7630006000011234567890189 merci|iban|FR7630006000011234567890189|true",
        "Pay to FR76 3000 6000 0112 3456 7890 189 now|iban|FR7630006000011234567890189|true",
        "Konto DE89 3704 0044 0532 0130 00 bitte|iban|DE89370400440532013000|true",
        "IBAN: GB82 WEST 1234 5698 7654 32|iban|GB82WEST12345698765432|true",
        "IBAN FR76 3000 **** **** **** 7890 189|iban|FR763000************7890189|false",
        "RIB : FR76 3000 6000 0112 3456 7890 188|iban|FR7630006000011234567890188|false",
        "server 192.168.10.254 is down|ip_address|192.168.10.254|true",
        "last ip 0xC0.0x00.0x02.0x10 today|ip_address|192.0.2.16|true",
        "virement FR76.3000.6000.0112.3456.7890.189 merci|iban|FR7630006000011234567890189|true",
        "cuenta FR76 3000 6000 0112 3456 7890 189 2 habitaciones|iban|FR7630006000011234567890189|true",
        "transferencia a ES** **** **** **** **** 1234 (resto por email)|iban|ES******************1234|false",
        "connect from 2001:db8:85a3::8a2e:370:7334 only|ip_address|2001:db8:85a3::8a2e:370:7334|true",
        "send it to $RosaVip77 first|payment_handle|$rosavip77|true",
        "venmo @rosa-77 before|payment_handle|rosa-77|true",
        "Zelle: rosa_payments ok|payment_handle|rosa_payments|true",
        "deposit to cash app rosa_77 now|payment_handle|rosa_77|true",
        "pásame los 25 por cashapp $ lalo318 para|payment_handle|$lalo318|true",
        "reserva el mes a ES12-3456-7890-1234-5678-9012 y te envío|iban|ES1234567890123456789012|false",
        "The first rent goes to GB33 BUKB **** **** 4412 90 – rest later|iban|GB33BUKB********441290|false",
        "Depósitos a la CLABE 012180015678912345 gracias|iban|012180015678912345|false",
        "Solo transferencia al CBU 0170099220000067797370 hoy|iban|0170099220000067797370|true",
        "Solo transferencia al CBU 0170099220000067797371 hoy|iban|0170099220000067797371|false",
        "transfiere a 002180700123456788 gracias|iban|002180700123456788|true",
        "o por alias sol.luna.cordoba. Entrego en Córdoba|payment_handle|sol.luna.cordoba|true",
        "Panel unter 203[.]0[.]113[.]47 erreichbar|ip_address|203.0.113.47|true",
        "Tips (BTC): bc1q 54xu 5xp9 xza3 6mgn 9n0d vgmm 9mv3 u0mj p0ja lz Kisses|crypto_wallet|bc1q54xu5xp9xza36mgn9n0dvgmm9mv3u0mjp0jalz|true",
      })
  void findsAccountsAndMachineAddresses(
      String text, String type, String normalized, boolean valid) {
    Contact c = only(text);
    assertEquals(type, c.type());
    assertEquals(normalized, c.normalized());
    assertEquals(valid, c.checksumValid());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "$2,400/month, $15 per hour, pay in $USD or $CAD",
        "product code AB12 CDEF GHIJ KLMN in stock",
        "open 9:00-18:00, 10:30:45 elapsed, ratio 2:1:1",
        "version 2.0.1, dates 14.03.2026, price 1.500",
        "pay with Venmo or PayPal, Zelle accepted",
        "firmware 1.2.33.144 fixed, see Abschnitt 3.1.4.1",
        "updated to v10.2.3.4 today, build 4.0.12.7 next",
      })
  void leavesPricesCodesTimesAndAppNamesAlone(String text) {
    assertTrue(DETECTOR.find(text, "FR").isEmpty(), () -> DETECTOR.find(text, "FR").toString());
  }

  @Test
  void anIpv4AddressIsNotTakenForAPhone() {
    Contact c = only("my ip 203.0.113.195 ok");
    assertEquals(Contact.IP, c.type());
    assertFalse(c.normalized().startsWith("+"));
  }

  @Test
  void everyNewPlaceholderTypeMapsToATaxonomyContactCategoryOrToNone() {
    var placeholders = Lexicon.load().placeholderTypes();
    assertEquals("phone", placeholders.get("obscured_phone"));
    assertEquals("ip_address", placeholders.get("ip_address"));
    assertEquals("social_handle", placeholders.get("payment_handle"));
    assertEquals("", placeholders.get("iban"));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "Pay to sort code 20-45-77, acc 41234567 thanks|204577/41234567|20-45-77, acc 41234567",
        "bank: account no 4123 4567, sort code 20 45 77|204577/41234567|4123 4567, sort code 20 45 77",
        "Sortcode: 204577 Account: 41234567|204577/41234567|204577 Account: 41234567",
        "Deposit to S/C 20.45.77 A/C 41234567 today|204577/41234567|20.45.77 A/C 41234567",
      })
  void aUkSortCodeWithItsAccountNumberIsOneBankAccount(
      String text, String normalized, String written) {
    java.util.List<Contact> found =
        new ContactDetector(org.modus.ads.settings.AdsIngestSettings.defaults().contacts())
            .find(text, "GB");
    assertEquals(1, found.size(), found::toString);
    assertEquals(Contact.IBAN, found.get(0).type());
    assertEquals(normalized, found.get(0).normalized());
    assertEquals(written, text.substring(found.get(0).start(), found.get(0).end()));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "Our sort code is 20-45-77 at the Leeds branch",
        "Dates 20-45-77 and 41234567 units sold",
        "Sort code order 12-04-26, then 2 hours later",
      })
  void aSortCodeAloneOrDigitsWithoutTheCueStay(String text) {
    assertTrue(
        new ContactDetector(org.modus.ads.settings.AdsIngestSettings.defaults().contacts())
            .find(text, "GB").stream().noneMatch(c -> c.type().equals(Contact.IBAN)),
        text);
  }

  @org.junit.jupiter.api.Test
  void aTelegramChannelIdIsAnIdentifierAndOtherNegativeNumbersAreNot() {
    ContactDetector d =
        new ContactDetector(org.modus.ads.settings.AdsIngestSettings.defaults().contacts());
    java.util.List<Contact> found = d.find("join chat -1009876543210 now", null);
    assertEquals(1, found.size(), found::toString);
    assertEquals("-1009876543210", found.get(0).normalized());
    assertEquals(java.util.List.of(), d.find("balance -1000 EUR, delta -100.5, temp -10", null));
  }
}

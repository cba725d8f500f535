package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Identifier forms that leaked from the blind canaries (issue 17), each with synthetic values: the
 * identifier part of the ad must be covered by one contact of the expected kind, and the benign
 * look-alikes next to those forms must stay text.
 */
class LeakingFormsTest {
  private static final ContactDetector DETECTOR = DetectedForms.DETECTOR;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a platform's name, two slashes, the handle
        "pics on ig//vera_k21 tonight | vera_k21",
        "Zimmer frei tt//mona.wies | mona.wies",
        "snap//lunaxoxo pour les infos | lunaxoxo",
        // a contact verb, a dash, then the platform and its handle: the platform's name is no
        // handle
        "Schreib mir — insta: hanna.b.31 bitte | hanna.b.31",
        "DM me — IG: pia__glow tonight | pia__glow",
        "Escríbeme — SNAPCHAT - lorena44 ya | lorena44",
        "Schreib mir — kik me tina.nord.7 ok | tina.nord.7",
        "Schreib mir — snap ➡️ ella83 danke | ella83",
        // an emoji label touching the handle
        "Dudas? 👻vikilove42 · CV | vikilove42",
        // a name between xx after a platform, a plain name after a verb and a preposition
        "Búscame: KIK xxsaritaxx | xxsaritaxx",
        "add me on snap xxjonasxx | xxjonasxx",
        "agrégame al snap pilarcita gracias | pilarcita",
        "find me on snap as lenny209 soon | lenny209",
        "Contact via Viber community: fifi__off merci | fifi__off",
        // the handle before an arrow to the platform
        "From 8:15. dora.vex <- snapchat ok | dora.vex",
      })
  void handlesInTheseFormsAreSocialHandles(String text, String handle) {
    assertEquals(Contact.HANDLE, DetectedForms.coveringIn(text, handle, null).type());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Follow me on Instagram for news.",
        "Folgt mir auf Discord für mehr.",
        "add me on snap tonight",
        "Telegram channel for updates only",
        "Snap me later, IG/TikTok coming soon",
        "snaptastic weekend",
      })
  void platformNamesWithoutAHandleStayText(String text) {
    assertEquals(
        List.of(),
        DETECTOR.find(text, null).stream().filter(c -> c.type().equals(Contact.HANDLE)).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tel. 212 NOBOTS 555 0147 | 212 NOBOTS 555 0147 | US",
        "llamar al 34 sinbots 6123 4567 ya | 34 sinbots 6123 4567 | ES",
        "Llámame al 612 y después 345 678 | 612 y después 345 678 | ES",
        "Marca 61234 y luego 56789. Gracias | 61234 y luego 56789 | ES",
      })
  void phonesWithFillerWordsInsideAreOnePhone(String text, String phone, String region) {
    Contact c = DetectedForms.coveringIn(text, phone, region);
    assertEquals(Contact.PHONE, c.type());
    assertEquals(Contact.OBSCURED_PHONE, c.placeholder());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Empieza por 6123 y termina en 45678. Sin mascotas",
        "starts with 2125 and ends with 550147, no pets"
      })
  void aPhoneGivenAsItsEndsIsHiddenWithoutACueWhenLongEnough(String text) {
    List<Contact> p =
        DETECTOR.find(text, null).stream().filter(c -> c.type().equals(Contact.PHONE)).toList();
    assertEquals(2, p.size(), p::toString);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Number backwards (read right to left): 7410555212 thanks",
        "Nummer rückwärts: 7654 321 6510 bitte"
      })
  void aPhoneWrittenBackwardsIsAPhone(String text) {
    assertTrue(
        DETECTOR.find(text, null).stream().anyMatch(c -> c.type().equals(Contact.PHONE)),
        () -> DETECTOR.find(text, null).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QQ: 3141592653 gracias | 3141592653",
        "qq号 88776655 | 88776655",
      })
  void qqNumbersAreMessengerIds(String text, String id) {
    assertEquals(Contact.HANDLE, DetectedForms.coveringIn(text, id, null).type());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Server ist 198 punkt 51 punkt 100 punkt 7 ok | 198 punkt 51 punkt 100 punkt 7 | 198.51.100.7",
        "connecte-toi sur 192 point 0 point 2 point 14 avec | 192 point 0 point 2 point 14 | 192.0.2.14",
      })
  void anIpv4WithSpelledDotsIsAnIpAddress(String text, String written, String ip) {
    Contact c = DetectedForms.coveringIn(text, written, null);
    assertEquals(Contact.IP, c.type());
    assertEquals(ip, c.normalized());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "✉️ nina_v@posteo🔹de ✉️ | nina_v@posteo🔹de | nina_v@posteo.de",
        "Mail: Name lea_ro, Anbieter outlook.de bitte | lea_ro, Anbieter outlook.de | lea_ro@outlook.de",
        "Escríbeme a pablo.ruiz en telefonica gracias | pablo.ruiz en telefonica | pablo.ruiz@telefonica.net",
      })
  void eMailsWithAnEmojiDotOrInPartsAreEMails(String text, String written, String address) {
    Contact c = DetectedForms.coveringIn(text, written, null);
    assertEquals(Contact.EMAIL, c.type());
    assertEquals(address, c.normalized());
  }

  /** "0xAb 12cD ...": the address cut in groups of four by spaces. */
  private static String chunked(String address, int size) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < address.length(); i += size) {
      b.append(i == 0 ? "" : " ").append(address, i, Math.min(address.length(), i + size));
    }
    return b.toString();
  }

  @org.junit.jupiter.api.Test
  void walletsChunkedBySpacesAreOneWalletEndingAtTheAddress() {
    WalletProbe probe = new WalletProbe(17);
    String eth = CryptoWallets.ethereum(probe.bytes(20));
    String tron = CryptoWallets.base58Check(0x41, probe.bytes(20));
    for (String address : List.of(eth, tron)) {
      String written = chunked(address, 4);
      String text = "billetera USDT: " + written + " Entrada 100 €";
      Contact c = WalletProbe.onlyWallet(text);
      assertEquals(written, text.substring(c.start(), c.end()));
      assertTrue(c.checksumValid());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Meet @home🌹tonight, rates 150 € / 1h",
        "Build 10.0.19045.3803 installed on 14.03.2026 at 21:04",
        "Precio 1500 y 2000 euros, CP 28013, ref 2024-117",
        "NEW YORK 555 SALE 2024 ends 24/7",
        "starts with 2019 and ends with 2024",
      })
  void benignLookAlikesNearTheseFormsStayText(String text) {
    assertEquals(List.of(), DETECTOR.find(text, "US"), text);
  }
}

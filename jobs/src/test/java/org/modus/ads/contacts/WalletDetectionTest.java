package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modus.engine.Pseudonymizer;

/**
 * Crypto wallets of every common chain are identifiers; in wallet context even when their checksum
 * fails.
 */
class WalletDetectionTest {
  private static final WalletProbe PROBE = new WalletProbe(17);

  private static byte[] bytes(int n) {
    return PROBE.bytes(n);
  }

  private static List<Contact> wallets(String text) {
    return WalletProbe.wallets(text);
  }

  private static Contact onlyWallet(String text) {
    return WalletProbe.onlyWallet(text);
  }

  /**
   * Flips one character to another of the same alphabet, so the shape holds and the checksum fails.
   */
  private static String corrupt(String address) {
    int i = address.length() - 3;
    char c = address.charAt(i);
    char repl = c == 'a' ? 'b' : c == 'b' ? 'a' : c == '2' ? '3' : '2';
    return address.substring(0, i) + repl + address.substring(i + 1);
  }

  static List<String> validAddresses() {
    return List.of(
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", // Bitcoin P2PKH (bitcoin wiki)
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", // Bitcoin P2SH
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", // bech32 (BIP173)
        "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297", // bech32m (BIP350)
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", // EVM with EIP-55 checksum
        "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", // TRON (USDT TRC20 contract)
        CryptoWallets.base58Check(0x41, bytes(20)), // TRON, generated
        CryptoWallets.base58Check(0x30, bytes(20)), // Litecoin L...
        CryptoWallets.base58Check(0x32, bytes(20)), // Litecoin M...
        CryptoWallets.bech32SegwitV0("ltc", bytes(20)), // Litecoin ltc1...
        CryptoWallets.base58Check(0x1e, bytes(20)), // Dogecoin D...
        "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", // XRP genesis account
        CryptoWallets.xrp(bytes(20)),
        CryptoWallets.monero(bytes(64)));
  }

  @Test
  void everyChainsValidAddressIsAWalletWithoutAnyContext() {
    for (String a : validAddresses()) {
      Contact c = onlyWallet("regards, " + a + " merci");
      assertTrue(c.checksumValid(), a);
      assertEquals(a.length(), c.end() - c.start(), a);
    }
  }

  @Test
  void theChainsAreToldApartAndTheirChecksumsVerified() {
    assertEquals("tron", CryptoWallets.classify("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t").chain());
    assertEquals("xrp", CryptoWallets.classify("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh").chain());
    assertEquals("xmr", CryptoWallets.classify(CryptoWallets.monero(bytes(64))).chain());
    assertEquals(
        "doge", CryptoWallets.classify(CryptoWallets.base58Check(0x1e, bytes(20))).chain());
    assertEquals(
        "ltc", CryptoWallets.classify(CryptoWallets.bech32SegwitV0("ltc", bytes(20))).chain());
    assertTrue(CryptoWallets.isValidMonero(CryptoWallets.monero(bytes(64))));
    assertFalse(CryptoWallets.isValidMonero(corrupt(CryptoWallets.monero(bytes(64)))));
  }

  @Test
  void aWalletShapedTokenInWalletContextIsAWalletEvenWhenItsChecksumFails() {
    for (String a : validAddresses()) {
      String bad = corrupt(a);
      for (String context :
          List.of(
              "BTC to %s",
              "USDT TRC20: %s",
              "send to my wallet %s",
              "adresse %s",
              "billetera %s",
              "address: %s thanks",
              "%s (wallet)")) {
        String text = "Deposit first. " + String.format(context, bad) + " ok";
        Contact c = onlyWallet(text);
        assertFalse(c.checksumValid(), text);
        assertEquals(bad, text.substring(c.start(), c.end()));
      }
    }
  }

  @Test
  void withoutWalletContextAFailedChecksumLinksNothing() {
    for (String a : validAddresses()) {
      String bad = corrupt(a);
      if (!bad.startsWith("0x")
          && CryptoWallets.classify(bad) != null
          && CryptoWallets.classify(bad).checksumValid()) {
        continue; // the corrupted string happens to be a valid Solana key: not a failed checksum
      }
      // a long one is still redacted as a wallet (wherever it stands it names one), never linked
      assertTrue(
          wallets("order reference " + bad + " shipped").stream().noneMatch(Contact::checksumValid),
          bad);
    }
  }

  @Test
  void aShortSolanaKeyIsAWalletOnlyInWalletContextALongOneAnywhere() {
    String sol = "So11111111111111111111111111111111111111112";
    assertTrue(onlyWallet("pay in SOL to " + sol).checksumValid());
    assertTrue(
        onlyWallet("Solana wallet: 7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV").checksumValid());
    // 32 to 39 characters: a key of that shape needs a cue
    assertTrue(wallets("tracking code 7EcDhSYGxXyscszYEp35KHN8vvw3svAu").isEmpty());
    // 40 or more random base58 characters name a wallet wherever they stand
    assertEquals(1, wallets("see 7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV ok").size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Address: Rechtsschutzversicherungsgesellschaften 12, Berlin",
        "wallet required? no, bring your passport and identification papers",
        "send to 123456789012345678901234567890 copies",
      })
  void longOrdinaryWordsAndNumbersNearAWalletCueAreNotWallets(String text) {
    assertTrue(wallets(text).isEmpty(), () -> WalletProbe.DETECTOR.find(text, null).toString());
  }

  @Test
  void aFailedChecksumIsRecordedSoThatItLinksNothing() {
    Pseudonymizer key = new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes());
    Redactor r = new Redactor(WalletProbe.DETECTOR, key);
    String bad = corrupt("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    Redactor.Redacted out = r.redact("USDT TRC20: " + bad, null);
    assertEquals(
        List.of(
            new Redactor.Pseudonymous(Contact.WALLET, key.pseudonym(Contact.WALLET, bad), false)),
        out.contacts());
    assertFalse(out.text().contains(bad));
  }
}

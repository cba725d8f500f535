package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Wallets wrapped over lines, CashAddr (Bitcoin Cash) and name-service names ("rosa.sol"). */
class WrappedAndNamedWalletTest {
  private static final WalletProbe PROBE = new WalletProbe(29);

  private static byte[] bytes(int n) {
    return PROBE.bytes(n);
  }

  private static List<Contact> wallets(String text) {
    return WalletProbe.wallets(text);
  }

  private static Contact onlyWallet(String text) {
    return WalletProbe.onlyWallet(text);
  }

  private static String flipNearEnd(String s) {
    int i = s.length() - 3;
    char c = s.charAt(i);
    return s.substring(0, i) + (c == 'a' ? 'b' : 'a') + s.substring(i + 1);
  }

  @Test
  void aTronAddressWrappedOverTwoLinesIsOneWallet() {
    String tron = CryptoWallets.base58Check(0x41, bytes(20));
    String text =
        "[13:55] USDT TRC20 to "
            + tron.substring(0, 17)
            + "\n"
            + tron.substring(17)
            + "\n[13:57] ok";
    Contact c = onlyWallet(text);
    assertEquals(tron, c.normalized());
    assertTrue(c.checksumValid());
    assertEquals(
        tron.substring(0, 17) + "\n" + tron.substring(17), text.substring(c.start(), c.end()));
    // its checksum holds: a wallet without any cue too
    assertEquals(
        tron,
        onlyWallet("merci\n" + tron.substring(0, 20) + "\n" + tron.substring(20) + "\nbye")
            .normalized());
  }

  @Test
  void aMoneroAddressWrappedOverLinesNearACueIsAWalletEvenWithAFailedChecksum() {
    String xmr = CryptoWallets.monero(bytes(64));
    Contact c =
        onlyWallet("envoie XMR a " + xmr.substring(0, 47) + "\n" + xmr.substring(47) + "\nmerci");
    assertEquals(xmr, c.normalized());
    assertTrue(c.checksumValid());
    String bad = flipNearEnd(xmr);
    Contact b =
        onlyWallet(
            "wallet monero: "
                + bad.substring(0, 30)
                + "\n  "
                + bad.substring(30, 60)
                + "\n"
                + bad.substring(60));
    assertEquals(bad, b.normalized());
    assertFalse(b.checksumValid());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // two ordinary lines, words and numbers
        "Appartement lumineux entièrement\nrénové avec Mitarbeiterhaus\nproche gare",
        "Reference ABCD1234EFGH5678\nIJKL9012MNOP3456 for the order",
        // a random-looking wrap without cue and without a holding checksum
        "Code promo Xk9pQ2mZ7vRt4wLs\nN8bY3cHf6gJd5 valable",
      })
  void wrappedLinesThatMakeNoWalletStayText(String text) {
    assertEquals(List.of(), wallets(text));
  }

  @Test
  void cashAddrIsAWalletWithItsChecksumRecorded() {
    // the CashAddr specification's own example (20-byte hash
    // F5BF48B397DAE70BE82B3CCA4793F8EB2B6CDAC9)
    assertTrue(
        CryptoWallets.classifyCashAddr("bitcoincash:qr6m7j9njldwwzlg9v7v53unlr4jkmx6eylep8ekg2")
            .checksumValid());
    String addr = CryptoWallets.cashAddr("bitcoincash", 0, bytes(20));
    Contact c = onlyWallet("BCH: " + addr);
    assertEquals(addr, c.normalized());
    assertTrue(c.checksumValid());
    // without its prefix: still one when the checksum holds
    String bare = addr.substring(addr.indexOf(':') + 1);
    assertEquals(addr, onlyWallet("paga a " + bare + " gracias").normalized());
    // a typo: with the prefix still an identifier, not used to link
    Contact typo = onlyWallet("Bitcoin Cash-Wallet: " + flipNearEnd(addr));
    assertFalse(typo.checksumValid());
  }

  @Test
  void aBareCashAddrShapeWithAFailedChecksumAndNoCueStaysText() {
    String bare = flipNearEnd(CryptoWallets.cashAddr("bitcoincash", 0, bytes(20)));
    assertEquals(
        List.of(), wallets("le code " + bare.substring(bare.indexOf(':') + 1) + " est expiré"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SOL-Wallet: lily.sol",
        "send ETH to rosa77.eth please",
        "mi billetera es morena.crypto"
      })
  void nameServiceNamesNearAWalletCueAreWallets(String text) {
    Contact c = onlyWallet(text);
    assertTrue(
        text.endsWith(text.substring(c.start(), c.end())) || text.contains(c.normalized() + " "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "el.sol brilla hoy", // no wallet cue
        "Deploy the ERC20 contract Token.sol first", // a Solidity source file: capitalized
        "write to rosa@mail.eth.example.com", // part of an e-mail host
      })
  void namesWithoutCueOrOfAnotherShapeAreNoWallet(String text) {
    assertEquals(List.of(), wallets(text));
  }
}

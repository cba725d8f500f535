package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.modus.ads.settings.AdsIngestSettings;

/**
 * The shipped detector asked about wallets only, with seeded random key material for generated
 * addresses.
 */
final class WalletProbe {
  static final ContactDetector DETECTOR =
      new ContactDetector(AdsIngestSettings.defaults().contacts());
  private final Random random;

  WalletProbe(long seed) {
    random = new Random(seed);
  }

  byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  static List<Contact> wallets(String text) {
    return DETECTOR.find(text, null).stream().filter(c -> c.type().equals(Contact.WALLET)).toList();
  }

  static Contact onlyWallet(String text) {
    List<Contact> w = wallets(text);
    assertEquals(
        1,
        w.size(),
        () -> "expected one wallet in '" + text + "', found " + DETECTOR.find(text, null));
    return w.get(0);
  }
}

package org.modus.engine;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms (HMAC-SHA-256) for personal identifiers. Same identifier and key give the same
 * pseudonym across runs and corpora, so ads can be linked without anyone seeing the number; without
 * the key the pseudonym cannot be reversed by trying all phone numbers. Serializable: only the key
 * travels to executors; each thread keeps its own {@link Mac}.
 */
public final class Pseudonymizer implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Hex characters kept: 80 bits, collision-free in practice for corpora of billions of
   * identifiers.
   */
  public static final int LENGTH = 20;

  private final byte[] key;
  // volatile: built lazily (it is transient, so an executor rebuilds it after deserialization) by
  // double-checked locking, which is only safe on a volatile field
  private transient volatile ThreadLocal<Mac> mac;

  public Pseudonymizer(byte[] key) {
    if (key == null || key.length < 16) {
      throw new ModusException("The pseudonymization key must be at least 16 bytes (128 bits).");
    }
    this.key = key.clone();
  }

  /**
   * Pseudonym of a normalized identifier of a type (phone, email, ...). The type is part of the MAC
   * input so that the same string as two types gives two pseudonyms.
   */
  public String pseudonym(String type, String normalizedValue) {
    byte[] digest =
        mac().doFinal((type + '\u0000' + normalizedValue).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest).substring(0, LENGTH);
  }

  private Mac mac() {
    if (mac == null) {
      synchronized (this) {
        if (mac == null) {
          mac = ThreadLocal.withInitial(this::newMac);
        }
      }
    }
    Mac m = mac.get();
    m.reset();
    return m;
  }

  private Mac newMac() {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return m;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
    }
  }
}

package org.modus.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Where the project secret for pseudonyms comes from, in order: {@code --key-file} / config {@code
 * key_file}, then the environment variable {@value #ENV}. A real run without either fails with the
 * fix spelled out; only the demo makes a throwaway key.
 */
public final class KeySource {
  public static final String ENV = "MODUS_KEY";

  private KeySource() {}

  public static Pseudonymizer load(Path keyFile, Map<String, String> env) {
    if (keyFile != null) {
      try {
        return new Pseudonymizer(decode(Files.readString(keyFile, StandardCharsets.UTF_8).strip()));
      } catch (IOException e) {
        throw new ModusException("Cannot read the key file " + keyFile + ": " + e.getMessage());
      }
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new Pseudonymizer(decode(fromEnv.strip()));
    }
    throw new ModusException(
        "No pseudonymization key: set "
            + ENV
            + " or pass --key-file FILE "
            + "(make one with: ./modus keygen --out secrets/modus.key). Keep the same key to link runs.");
  }

  /**
   * A key is standard base64 of at least 16 bytes (what {@code keygen} writes: 32 random bytes).
   * Any other text is taken as a passphrase, its UTF-8 bytes the secret, with a warning: a typed
   * phrase is far easier to guess than random bytes, and a pseudonym is only as safe as its key.
   */
  static byte[] decode(String text) {
    try {
      byte[] b = Base64.getDecoder().decode(text);
      if (b.length >= 16) {
        return b;
      }
    } catch (IllegalArgumentException notBase64) {
      // fall through: a passphrase
    }
    System.err.println(
        "modus: warning: the key is not base64 of 16 or more bytes, so it is used as a "
            + "passphrase; make a random key with ./modus keygen --out FILE");
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Writes a new random 256-bit key, readable by the owner only where the file system allows. */
  public static void generate(Path out) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    try {
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Files.writeString(
          out, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the folder's ACL applies.
      }
    } catch (IOException e) {
      throw new ModusException("Cannot write the key file " + out + ": " + e.getMessage());
    }
  }
}

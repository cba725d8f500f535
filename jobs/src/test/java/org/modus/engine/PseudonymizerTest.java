package org.modus.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymizerTest {
  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

  @Test
  void isTheTruncatedHmacSha256OfTypeAndValue() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    String expected =
        HexFormat.of()
            .formatHex(mac.doFinal("phone\u0000+33612345678".getBytes(StandardCharsets.UTF_8)))
            .substring(0, Pseudonymizer.LENGTH);
    assertEquals(expected, new Pseudonymizer(KEY).pseudonym("phone", "+33612345678"));
  }

  @Test
  void sameKeyLinksOtherKeyDoesNot() {
    Pseudonymizer a = new Pseudonymizer(KEY);
    Pseudonymizer b =
        new Pseudonymizer("another key, 32 bytes long......".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        a.pseudonym("email", "x@example.org"),
        new Pseudonymizer(KEY).pseudonym("email", "x@example.org"));
    assertNotEquals(a.pseudonym("email", "x@example.org"), b.pseudonym("email", "x@example.org"));
    assertNotEquals(a.pseudonym("email", "x"), a.pseudonym("social_handle", "x"));
  }

  @Test
  void survivesJavaSerializationAsSparkShipsIt() throws Exception {
    Pseudonymizer p = new Pseudonymizer(KEY);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(p);
    }
    Pseudonymizer copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (Pseudonymizer) in.readObject();
    }
    assertEquals(p.pseudonym("phone", "1"), copy.pseudonym("phone", "1"));
  }

  @Test
  void aRealRunWithoutAKeyFailsWithTheFix() {
    ModusException e = assertThrows(ModusException.class, () -> KeySource.load(null, Map.of()));
    assertTrue(e.getMessage().contains(KeySource.ENV), e.getMessage());
    assertTrue(e.getMessage().contains("keygen"), e.getMessage());
  }

  @Test
  void aPassphraseIsAcceptedWithAWarningAndABase64KeyWithout() {
    java.io.PrintStream before = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      KeySource.load(null, Map.of(KeySource.ENV, "q3J8kq0h0m1nS0qS4Yq2Jw5u6T9yP1vX3cA7bD2eF4g="));
      assertEquals(
          "",
          captured.toString(java.nio.charset.StandardCharsets.UTF_8),
          "a base64 key: no warning");
      KeySource.load(null, Map.of(KeySource.ENV, "correct horse battery staple"));
      assertTrue(
          captured
              .toString(java.nio.charset.StandardCharsets.UTF_8)
              .contains("used as a passphrase"));
    } finally {
      System.setErr(before);
    }
  }

  @Test
  void generatedKeyFilesLoadBack(@TempDir Path dir) {
    Path key = dir.resolve("k/modus.key");
    KeySource.generate(key);
    assertEquals(
        KeySource.load(key, Map.of()).pseudonym("phone", "1"),
        KeySource.load(key, Map.of()).pseudonym("phone", "1"));
  }
}

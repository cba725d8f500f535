package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-thread memo of match keys is invisible: it always answers what TextFolding.key answers.
 */
class KeyCacheTest {
  static final List<String> WORDS =
      List.of(
          "Fees",
          "fees",
          "DEPÓSITO",
          "llegados",
          "logées",
          "whats@pp",
          "t3legr4m",
          "24/7",
          "3000EUR",
          "Straße",
          "Arbeiten",
          "",
          "x",
          "tele-gram",
          "\ud83d\ude00");

  @Test
  void givesTheKeyTextFoldingGivesInEachLanguage() {
    for (String lang : List.of("en", "fr", "es", "de")) {
      for (String w : WORDS) {
        assertEquals(TextFolding.key(lang, w), KeyCache.forThread(lang).key(w), lang + " " + w);
        assertEquals(
            TextFolding.key(lang, w),
            KeyCache.forThread(lang).key(w),
            "second look-up " + lang + " " + w);
        assertEquals(
            TextFolding.key(lang, w), KeyCache.forJoins(lang).key(w), "joins " + lang + " " + w);
      }
    }
  }

  @Test
  void languagesDoNotShareKeys() {
    assertEquals("fee", KeyCache.forThread("en").key("fees"));
    assertEquals(
        "fees", KeyCache.forThread("es").key("fees"), "Spanish keeps the s of a 4-letter word");
  }

  @Test
  void staysRightPastItsBound() {
    KeyCache keys = KeyCache.forThread("en");
    for (int i = 0; i < KeyCache.MAX_ENTRIES * 2 + 10; i++) {
      String w = "Word" + i + "s";
      assertEquals(TextFolding.key("en", w), keys.key(w), w);
    }
    assertEquals("fee", keys.key("fees"));
  }

  @Test
  void isOnePerThreadAndLanguage() {
    assertSame(KeyCache.forThread("fr"), KeyCache.forThread("fr"));
    assertNotSame(
        KeyCache.forThread("fr"), KeyCache.forJoins("fr"), "joins have a memo of their own");
  }
}

package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one-pass checks that let the detector skip a whole-text pattern: each must say yes wherever
 * its pattern would find something, or an identifier would go through unread.
 */
class OnePassGatesTest {
  @Test
  void letterSpacedRunsAreNeverSkipped() {
    assertTrue(ContactDetector.mayBeLetterSpaced("mon snap c'est m i l a . 2 2"));
    assertTrue(ContactDetector.mayBeLetterSpaced("m i l a 2"));
    assertFalse(ContactDetector.mayBeLetterSpaced("m i l a"), "four characters are no run");
    assertFalse(ContactDetector.mayBeLetterSpaced("a room, a bed, a desk and a view"));
    String[] pieces = {
      "a ", "b ", "7 ", ". ", "@ ", "_ ", "- ", "é ", " ", "  ", "\t", "\n", "ab ", "a", "x"
    };
    assertNeverSkipped(ContactDetector.LETTER_SPACED, pieces, ContactDetector::mayBeLetterSpaced);
  }

  @Test
  void lowerCaseIbanStartsAreNeverSkipped() {
    assertTrue(AccountFinder.hasLettersThenDigits("iban fr76 3000 6000 0112 3456 7890 189"));
    assertFalse(AccountFinder.hasLettersThenDigits("FR76 in capitals, or 2 rooms for 450"));
    String[] pieces = {"fr", "f", "R", "7", "76", " ", "-", ".", "x", "ab12", "Ab", "٣"};
    assertNeverSkipped(AccountFinder.LOWER_IBAN, pieces, AccountFinder::hasLettersThenDigits);
  }

  @Test
  void anEmailHintIsNeverSkipped() {
    ContactDetector detector =
        new ContactDetector(org.modus.ads.settings.AdsIngestSettings.defaults().contacts());
    assertTrue(detector.mayHoldEmail("nora_22 AT example dot org"));
    assertTrue(detector.mayHoldEmail("nora_22 aroba\u017Fe example point fr"), "long s");
    assertFalse(detector.mayHoldEmail("a room near the station, 450 a month"));
    // the long s, the Kelvin sign and the dotted and dotless i read as ASCII letters in the hint
    String[] pieces = {
      "nora",
      "_22",
      " ",
      "at",
      "AT",
      "a\u212At",
      "arobase",
      "aroba\u017Fe",
      "chez",
      "CH\u0130EZ",
      "bei",
      "b\u0131ei",
      "example",
      " dot ",
      " point ",
      ".",
      "org",
      "(",
      ")",
      "%",
      "\\",
      "x"
    };
    assertNeverSkipped(
        java.util.regex.Pattern.compile("(?s).*"),
        pieces,
        s -> detector.mayHoldEmail(s) == detector.emailHintFinds(s));
  }

  private static void assertNeverSkipped(
      Pattern pattern, String[] pieces, java.util.function.Predicate<String> gate) {
    int found = 0;
    for (String s : RandomTexts.of(pieces, 20000, 30, 20261208L)) {
      if (pattern.matcher(s).find()) {
        found++;
        assertTrue(gate.test(s), s);
      }
    }
    assertTrue(found > 100, "the random texts hold matches: " + found);
  }
}

package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One pass over a text for a list of words in any case: it must answer as a test of each word in
 * turn answers, for capitals, accents and the letters Java's case-blind comparison folds.
 */
class CaseFreeNeedlesTest {
  private static final List<String> NEEDLES =
      List.of(" dot ", " punto ", " point ", "[dot]", "arroba", "paypal", "é", "ſ", "k");

  @Test
  void findsEachWordInAnyCase() {
    CaseFreeNeedles needles = new CaseFreeNeedles(NEEDLES);
    assertTrue(needles.in("rosa DOT vip? no: rosa Dot vip"));
    assertTrue(needles.in("rosa PUNTO es"));
    assertTrue(needles.in("mila[DOT]net"));
    assertTrue(needles.in("pay by PayPal"));
    assertTrue(needles.in("CAFÉ"));
    assertFalse(needles.in("a room near the station, 450 a month"));
    assertFalse(needles.in("dotted line"), "' dot ' needs its spaces");
    assertFalse(new CaseFreeNeedles(List.of()).in("anything"));
  }

  @Test
  void answersAsALoopOverTheWordsAnswers() {
    String[] pieces = {
      " ", "dot", "DOT", "Dot", "punto", "PUNTO", "[", "]", "arr", "oba", "ARROBA", "pay", "PAL",
      "É", "é", "S", "s", "ſ", "K", "\u212A", "x", "İ", "ı", "point", "POİNT"
    };
    CaseFreeNeedles needles = new CaseFreeNeedles(NEEDLES);
    for (String s : RandomTexts.of(pieces, 5000, 12, 20261207L)) {
      boolean loop = NEEDLES.stream().anyMatch(w -> ContactDetector.containsIgnoreCase(s, w));
      assertEquals(loop, needles.in(s), s);
    }
  }

  @Test
  void anEmptyWordIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new CaseFreeNeedles(List.of("dot", "")));
  }
}

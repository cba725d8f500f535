package org.modus.extract;

import java.util.List;

/** What the number rules (pay, age bands) ask of the tokens around a span. */
final class TokenSpans {
  private TokenSpans() {}

  /**
   * Whether a concept hit stands within {@code before} tokens before the span or {@code after}
   * tokens after it.
   */
  static boolean hitNear(
      List<PhraseIndex.Hit<String>> hits, int start, int end, int before, int after) {
    if (hits == null) {
      return false;
    }
    for (PhraseIndex.Hit<String> h : hits) {
      if ((h.end() <= start && start - h.end() <= before)
          || (h.start() >= end && h.start() - end <= after)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word between the bounds of a range ("18 - 21", "5 a 10 mil", "1500 to 3000", "20 bis 25").
   */
  static boolean isRangeSeparator(String key) {
    return key.equals("-")
        || key.equals("\u2013")
        || key.equals("to")
        || key.equals("a")
        || key.equals("à")
        || key.equals("bis")
        || key.equals("y")
        || key.equals("and")
        || key.equals("et")
        || key.equals("/");
  }
}

package org.modus.extract;

import java.util.Map;
import java.util.Set;

/**
 * A cheap language guess for documents without one (case narratives, survey answers): counts the
 * function words of each language (contexts file, set {@code language_hint}) and falls back to English.
 */
final class LanguageGuess {
  static final String SET = "language_hint";

  private LanguageGuess() {}

  static String guess(String text, Lexicon lexicon) {
    Map<String, ContextSet> hints = lexicon.contexts().get(SET);
    if (hints == null || text == null) {
      return "en";
    }
    String best = "en";
    int bestCount = 0;
    String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+");
    for (Map.Entry<String, ContextSet> e : hints.entrySet()) {
      Set<String> keys = e.getValue().keys();
      int count = 0;
      for (String w : words) {
        if (!w.isEmpty() && keys.contains(TextFolding.key(e.getKey(), w))) {
          count++;
        }
      }
      if (count > bestCount) {
        best = e.getKey();
        bestCount = count;
      }
    }
    return best;
  }
}

package org.modus.ads.contacts;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The lower-cased words (runs of letters and digits) of the text the detector is reading. The
 * detector asks whether a text holds a word of one cue list or another a dozen times per text; the
 * words are read once, for the last text asked about on this thread (a String is immutable, so the
 * same instance has the same words), instead of once per list.
 */
final class TextWords {
  private record Last(String text, Set<String> words) {}

  private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

  private TextWords() {}

  static Set<String> of(String text) {
    Last last = LAST.get();
    if (last != null && last.text() == text) {
      return last.words();
    }
    Set<String> words = read(text);
    LAST.set(new Last(text, words));
    return words;
  }

  static Set<String> read(String text) {
    Set<String> words = new HashSet<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }
}

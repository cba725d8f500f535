package org.modus.ads.contacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a text holds one of a list of needles (lower case, as the callers give them), in any
 * case, in one pass over the text. The detector asks this of every text for lists of a few dozen
 * words (spelled dots, mail cues, messenger leads); a pass per word made these questions a tenth of
 * its time. At each position only the needles that begin with that character are compared, as
 * {@link String#regionMatches(boolean, int, String, int, int)} compares them: the answer is the one
 * a loop over the needles gives.
 */
final class CaseFreeNeedles implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private static final String[] NONE = new String[0];

  /** Needles by the exact character a match may begin with (the needle's first, or its capital). */
  private final String[][] ascii = new String[128][];

  private final Map<Character, String[]> other = new HashMap<>();

  private final boolean empty;

  CaseFreeNeedles(java.util.Collection<String> lowerNeedles) {
    Map<Character, List<String>> byFirst = new HashMap<>();
    for (String needle : lowerNeedles) {
      if (needle.isEmpty()) {
        throw new IllegalArgumentException("an empty needle is in every text");
      }
      char first = needle.charAt(0);
      byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(needle);
      char upper = Character.toUpperCase(first);
      if (upper != first) {
        byFirst.computeIfAbsent(upper, k -> new ArrayList<>()).add(needle);
      }
    }
    byFirst.forEach(
        (c, needles) -> {
          String[] array = needles.toArray(NONE);
          if (c < 128) {
            ascii[c] = array;
          } else {
            other.put(c, array);
          }
        });
    this.empty = byFirst.isEmpty();
  }

  private static char asciiFold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  boolean in(String text) {
    if (empty) {
      return false;
    }
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      String[] candidates = c < 128 ? ascii[c] : other.isEmpty() ? null : other.get(c);
      if (candidates != null) {
        // the second character first, where an ASCII test settles it: " dot " and " punto " share
        // their first, and most texts have a space every few characters
        char second = i + 1 < n ? text.charAt(i + 1) : 0;
        for (String needle : candidates) {
          if (needle.length() <= n - i
              && (needle.length() == 1
                  || second >= 128
                  || needle.charAt(1) >= 128
                  || asciiFold(second) == asciiFold(needle.charAt(1)))
              && text.regionMatches(true, i, needle, 0, needle.length())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}

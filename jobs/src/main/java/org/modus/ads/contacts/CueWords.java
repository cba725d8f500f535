package org.modus.ads.contacts;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A configured list of cue words or phrases ("wallet", "send to", "iban") looked up as whole words,
 * case-insensitively, in a window around a candidate identifier. Used only once a candidate has
 * been found, so a plain scan is cheaper than any index.
 */
final class CueWords implements Serializable {
  private static final long serialVersionUID = 1L;
  private final List<String> cues;

  CueWords(List<String> cues) {
    this.cues =
        cues == null
            ? List.of()
            : cues.stream()
                .map(c -> c.toLowerCase(Locale.ROOT).strip())
                .filter(c -> !c.isEmpty())
                .toList();
  }

  /**
   * True when a cue occurs within {@code chars} characters before {@code start} or after {@code
   * end}.
   */
  boolean near(String text, int start, int end, int chars) {
    return in(text, Math.max(0, start - chars), start)
        || in(text, end, Math.min(text.length(), end + chars));
  }

  /** True when the lower-case word is one of the cues. */
  boolean matchesWhole(String lowerWord) {
    return cues.contains(lowerWord);
  }

  /** True when a cue occurs as a whole word in text[from, to). */
  boolean in(String text, int from, int to) {
    String window = text.substring(from, to).toLowerCase(Locale.ROOT);
    for (String cue : cues) {
      int i = window.indexOf(cue);
      while (i >= 0) {
        int after = i + cue.length();
        if ((i == 0 || !Character.isLetterOrDigit(window.charAt(i - 1)))
            && (after == window.length() || !Character.isLetterOrDigit(window.charAt(after)))) {
          return true;
        }
        i = window.indexOf(cue, i + 1);
      }
    }
    return false;
  }
}

package org.modus.ads.contacts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only where a match can begin: at the start of a word (no letter, digit or '_'
 * before it, or no letter) that opens with one of the pattern's lead words, in any case. Java's
 * {@code find} tries a pattern at every position of the text, and for the handle patterns, whose
 * lead is an alternation of a few hundred platform names and contact verbs, each try compares every
 * word: those tries were the largest single cost of contact detection. Here a position is turned
 * down by one character test and a table look-up, and only the survivors are matched ({@code
 * lookingAt} with transparent bounds, so look-behinds see the text before the position as {@code
 * find} lets them).
 *
 * <p>The result is the one {@link Matcher#find(int)} gives for any pattern of the form {@code
 * (?iu)(?<![\p{L}\p{N}_])(?:lead|lead|...)...}: a lead's characters are compared as the pattern's
 * Unicode case folding compares them (upper, then lower case), and a lead with spaces, which the
 * pattern reads as {@code \s+}, only up to its first space.
 */
final class LeadStarts implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Folded lead prefixes by their folded first character; ASCII in an array, the rest in a map. */
  private final char[][][] ascii = new char[128][][];

  private final Map<Character, char[][]> other = new HashMap<>();

  /**
   * The pattern's look-behind turns down a letter only, not a digit or '_' ({@code (?<!\p{L})}).
   */
  private final boolean afterLetterOnly;

  /** For a pattern whose leads stand after {@code (?<![\p{L}\p{N}_])}. */
  LeadStarts(Collection<String> leads) {
    this(leads, false);
  }

  /** {@code afterLetterOnly}: for a pattern whose leads stand after {@code (?<![\p{L}])}. */
  LeadStarts(Collection<String> leads, boolean afterLetterOnly) {
    this.afterLetterOnly = afterLetterOnly;
    Map<Character, List<char[]>> byFirst = new HashMap<>();
    for (String lead : leads) {
      String s = lead.strip();
      int space = 0;
      while (space < s.length() && !Character.isWhitespace(s.charAt(space))) {
        space++;
      }
      if (space == 0) {
        throw new IllegalArgumentException("a blank lead word begins everywhere");
      }
      char[] prefix = new char[space];
      for (int i = 0; i < space; i++) {
        prefix[i] = fold(s.charAt(i));
      }
      byFirst.computeIfAbsent(prefix[0], k -> new ArrayList<>()).add(prefix);
    }
    byFirst.forEach(
        (c, prefixes) -> {
          char[][] array = prefixes.toArray(new char[0][]);
          if (c < 128) {
            ascii[c] = array;
          } else {
            other.put(c, array);
          }
        });
  }

  /** As {@code m.find(from)} on the whole of {@code text}, for a pattern led by these words. */
  boolean find(Matcher m, String text, int from) {
    int n = text.length();
    for (int p = Math.max(from, 0); p < n; p++) {
      if (p > 0) {
        char before = text.charAt(p - 1);
        if (afterLetterOnly
            ? Character.isLetter(before)
            : before == '_' || Character.isLetterOrDigit(before)) {
          continue; // the pattern's look-behind turns a position inside a word down
        }
      }
      if (opensLead(text, p)) {
        m.region(p, n).useTransparentBounds(true).useAnchoringBounds(false);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code tail}, a pattern every match of which begins with {@code c}, matches at some
   * occurrence of {@code c} in {@code text}: a gate on a rare character ('@') tried only where it
   * stands, not at every position as {@code find} would.
   */
  static boolean matchesAtSome(Pattern tail, String text, char c) {
    int i = text.indexOf(c);
    if (i < 0) {
      return false;
    }
    Matcher m = tail.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (; i >= 0; i = text.indexOf(c, i + 1)) {
      if (m.region(i, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * As {@code m.find(from)}, for a pattern every match of which begins with '+' or an ASCII digit
   * that no ASCII digit precedes (its look-behind turns a digit before it down): tried at the start
   * of each run of digits only.
   */
  static boolean findAtNumberStart(Matcher m, String text, int from) {
    int n = text.length();
    for (int p = Math.max(from, 0); p < n; p++) {
      char c = text.charAt(p);
      if ((c == '+' || c >= '0' && c <= '9')
          && (p == 0 || text.charAt(p - 1) < '0' || text.charAt(p - 1) > '9')) {
        m.region(p, n).useTransparentBounds(true).useAnchoringBounds(false);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean opensLead(String text, int p) {
    char first = fold(text.charAt(p));
    char[][] prefixes = first < 128 ? ascii[first] : other.isEmpty() ? null : other.get(first);
    if (prefixes == null) {
      return false;
    }
    for (char[] prefix : prefixes) {
      if (prefix.length <= text.length() - p && matchesAt(text, p, prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(String text, int p, char[] prefix) {
    for (int k = 1; k < prefix.length; k++) {
      char c = text.charAt(p + k);
      if (c != prefix[k] && fold(c) != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  /** The case folding of {@code (?iu)}: upper case, then lower case. */
  private static char fold(char c) {
    return c < 128
        ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
        : Character.toLowerCase(Character.toUpperCase(c));
  }
}

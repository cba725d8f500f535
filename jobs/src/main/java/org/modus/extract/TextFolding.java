package org.modus.extract;

import org.modus.schemas.AccentFolding;

/**
 * Folds a token to the form both the lexicon and the text are matched in: lower case, accents
 * removed, filter-evading character games undone ("whats@pp", "t3legram", "in$ta"), and a light
 * per-language stem so simple plural and gender inflections meet ("llegada"/"llegados",
 * "frais"/"frai", "fees"/"fee"). The same functions run on cues at load time and on text at match
 * time, so they only need to be consistent, not linguistically right.
 */
public final class TextFolding {
  private TextFolding() {}

  /**
   * Lower case, accents and joiners removed, a hashtag's '#' dropped ("#LinkedIn" is LinkedIn);
   * leet substitutions undone in mostly-alphabetic tokens. Styled letters that ads use to slip past
   * filters (mathematical bold or script "𝕀𝔾", full-width "ＷｈａｔｓＡｐｐ") fold to their plain
   * letters.
   */
  public static String fold(String token) {
    String s =
        token.length() > 1 && token.charAt(0) == '#' && Character.isLetter(token.codePointAt(1))
            ? token.substring(1)
            : token;
    return undoLeet(stripJoiners(AccentFolding.tokenLetters(s)));
  }

  /** Folds then stems: the key a token is looked up by. */
  public static String key(String lang, String token) {
    return stem(lang, fold(token));
  }

  /**
   * Undoes digit/symbol-for-letter substitutions, but only in tokens that are mostly letters (at
   * least two letters, and at least as many letters as substituted characters), so "24h", "3000eur"
   * or "24/7" stay what they are.
   */
  static String undoLeet(String s) {
    int letters = 0;
    int subs = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (leet(c) != 0) {
        subs++;
      }
    }
    if (subs == 0 || letters < 2 || letters < subs * 2) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = leet(c);
      b.append(r == 0 ? c : r);
    }
    return b.toString();
  }

  private static char leet(char c) {
    return switch (c) {
      case '0' -> 'o';
      case '1', '!', '|' -> 'i';
      case '3' -> 'e';
      case '4', '@' -> 'a';
      case '5', '$' -> 's';
      case '7' -> 't';
      default -> 0;
    };
  }

  /**
   * Drops in-word dots, hyphens, apostrophes, underscores and asterisks ("tele-gram", "what's",
   * "w.app").
   */
  static String stripJoiners(String s) {
    if (s.length() < 2) {
      return s;
    }
    boolean hasLetter = false;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        hasLetter = true;
        break;
      }
    }
    if (!hasLetter) {
      return s;
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isJoiner(c)) {
        if (b == null) {
          b = new StringBuilder(s.length());
          b.append(s, 0, i);
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : (b.length() == 0 ? s : b.toString());
  }

  private static boolean isJoiner(char c) {
    return c == '.' || c == '-' || c == '\'' || c == '\u2019' || c == '_' || c == '*';
  }

  /**
   * Every leet substitution undone and every joiner dropped, whatever the token's letters: a loose
   * form for pre-filters that must not miss what {@link #fold} does to a longer text holding the
   * token.
   */
  static String undoLeetAndJoiners(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean joiner = isJoiner(c);
      char letter = joiner ? 0 : leet(c);
      if (joiner || letter != 0) {
        if (b == null) {
          b = new StringBuilder(s.length());
          b.append(s, 0, i);
        }
        if (letter != 0) {
          b.append(letter);
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** The most characters {@link #stem} cuts from a token (fr: a plural s or x, then e twice). */
  static final int MAX_STEM_CUT = 3;

  /**
   * Light inflection stripping on a folded token. en: plural s; fr: plural s/x then feminine e
   * (twice for "ée"); es/other Romance: plural s then the final gender vowel. Short tokens are left
   * alone so function words do not collide.
   */
  public static String stem(String lang, String s) {
    if (s.length() <= 3 || !Character.isLetter(s.charAt(s.length() - 1))) {
      return s;
    }
    switch (lang) {
      case "fr" -> {
        if (endsWith(s, 's') || endsWith(s, 'x')) {
          s = s.substring(0, s.length() - 1);
        }
        for (int i = 0; i < 2 && s.length() > 4 && endsWith(s, 'e'); i++) {
          s = s.substring(0, s.length() - 1);
        }
        return s;
      }
      case "es" -> {
        if (endsWith(s, 's') && s.length() > 4) {
          s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 4 && (endsWith(s, 'a') || endsWith(s, 'o') || endsWith(s, 'e'))) {
          s = s.substring(0, s.length() - 1);
        }
        return s;
      }
      case "de" -> {
        if (s.length() > 5 && (s.endsWith("en") || s.endsWith("er"))) {
          return s.substring(0, s.length() - 2);
        }
        if (s.length() > 4 && (endsWith(s, 'e') || endsWith(s, 'n') || endsWith(s, 's'))) {
          return s.substring(0, s.length() - 1);
        }
        return s;
      }
      default -> {
        if (endsWith(s, 's') && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
          return s.substring(0, s.length() - 1);
        }
        return s;
      }
    }
  }

  private static boolean endsWith(String s, char c) {
    return s.charAt(s.length() - 1) == c;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }
}

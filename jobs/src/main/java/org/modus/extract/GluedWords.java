package org.modus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits words that scraping glued together where a line break was lost ("verificationsnapchat",
 * "140onlyfans", "contactduos") and a public platform's host left readable by ingest
 * ("onlyfans.com" before a redacted profile), at the boundary of a known cue word, so the cue is
 * matched like any other token. Per token a few hash look-ups on its prefixes and suffixes, never a
 * regular expression per cue; tokens already known to the lexicon are never split.
 *
 * <p>Where a piece may stand: a brand (a single-word cue of every language, of 6 letters or more:
 * "snapchat", "onlyfans") after any letters; any single-word cue of 4 letters or more ("duos",
 * "russian", "onlyfans") next to digits or another word of the lexicon's vocabulary (of 4 letters
 * or more), so ordinary words ("canteen", "cashier", "headline", "interactive", "instant") are not
 * cut.
 */
final class GluedWords {
  /** Shortest token tried: a cue of 4 letters and a piece of 2. */
  static final int MIN_TOKEN = 6;

  static final int MIN_WORD = 4;
  static final int MIN_BRAND = 5;

  private final String lang;
  private final Set<String> brands;
  private final Set<String> cueWords;
  private final Set<String> vocabulary;
  private final java.util.function.Predicate<String> known;

  /**
   * {@code brands} and {@code cueWords} hold single-word cues folded (not stemmed), {@code
   * vocabulary} the keys of every word of the lexicon's phrases; {@code known} tells a key that
   * already begins a cue.
   */
  GluedWords(
      String lang,
      Set<String> brands,
      Set<String> cueWords,
      Set<String> vocabulary,
      java.util.function.Predicate<String> known) {
    this.lang = lang;
    this.brands = brands;
    this.cueWords = cueWords;
    this.vocabulary = vocabulary;
    this.known = known;
  }

  /** The tokens with glued ones split; the same list when nothing is split. */
  List<Token> split(List<Token> tokens) {
    List<Token> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      List<Token> pieces = pieces(t);
      if (pieces != null && out == null) {
        out = new ArrayList<>(tokens.size() + 4);
        out.addAll(tokens.subList(0, i));
      }
      if (out != null) {
        if (pieces != null) {
          out.addAll(pieces);
        } else {
          out.add(t);
        }
      }
    }
    return out == null ? tokens : out;
  }

  private List<Token> pieces(Token t) {
    String text = t.text();
    if (text.length() < MIN_TOKEN
        || text.startsWith("qqph")
        || known.test(t.key())
        || vocabulary.contains(t.key())) {
      return null;
    }
    String s = text.toLowerCase(Locale.ROOT);
    if (s.indexOf('.') > 0) {
      return host(t, text, s);
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return null;
      }
    }
    int bestCut = -1;
    int bestLength = 0;
    for (int cut = 2; cut <= s.length() - 2; cut++) {
      String left = s.substring(0, cut);
      String right = s.substring(cut);
      if (right.length() > bestLength && fits(right, left, true)) {
        bestCut = cut;
        bestLength = right.length();
      }
      if (left.length() > bestLength && fits(left, right, false)) {
        bestCut = cut;
        bestLength = left.length();
      }
    }
    if (bestCut < 0) {
      return null;
    }
    return List.of(piece(t, text.substring(0, bestCut)), piece(t, text.substring(bestCut)));
  }

  /**
   * Whether {@code word} is a cue that may be cut from {@code rest}. A brand of 6 letters or more
   * may end a run of letters ("verificationsnapchat"): ordinary words do not end in one. A brand
   * does begin ordinary words ("interac" in "interactive", "insta" in "instant"), so after one, as
   * after any cue word, the rest must be digits or a word of the lexicon.
   */
  private boolean fits(String word, String rest, boolean wordIsSuffix) {
    if (word.length() < MIN_WORD || !letters(word)) {
      return false;
    }
    // The cue as written, or its plural: a stem would let "bados" stand for "badoo".
    String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    boolean digits = digits(rest);
    if (wordIsSuffix
        && word.length() > MIN_BRAND
        && (brands.contains(word) || brands.contains(singular))
        && letters(rest)) {
      return true;
    }
    if (!cueWords.contains(word) && !cueWords.contains(singular)) {
      return false;
    }
    return digits
        || rest.length() >= MIN_WORD
            && letters(rest)
            && vocabulary.contains(TextFolding.stem(lang, rest));
  }

  /** "onlyfans.com", "m.facebook.com": the brand label becomes a token of its own. */
  private List<Token> host(Token t, String text, String s) {
    int from = 0;
    while (from < s.length()) {
      int dot = s.indexOf('.', from);
      int end = dot < 0 ? s.length() : dot;
      String label = s.substring(from, end);
      if (label.length() >= MIN_BRAND && letters(label) && brands.contains(label)) {
        List<Token> out = new ArrayList<>(3);
        if (from > 0) {
          out.add(piece(t, text.substring(0, from)));
        }
        out.add(piece(t, text.substring(from, end)));
        if (end < s.length()) {
          out.add(piece(t, text.substring(end)));
        }
        return out.size() == 1 ? null : out;
      }
      if (dot < 0) {
        break;
      }
      from = dot + 1;
    }
    return null;
  }

  private Token piece(Token t, String text) {
    return new Token(
        text, TextFolding.key(lang, text), t.sentence(), t.lemma() == null ? null : text, t.ner());
  }

  private static boolean letters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }
}

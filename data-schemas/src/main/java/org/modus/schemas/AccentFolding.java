package org.modus.schemas;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place text is folded for matching: lower case with accents removed, in the variants that
 * the things matched need. Every variant removes accents the same way (Unicode decomposition, then
 * the combining marks dropped); they differ in what else they do, and each difference is relied on:
 *
 * <ul>
 *   <li>{@link #lowerNoAccents}: nothing else. Number words keep "ß" because German spellings with
 *       "ss" are entries of their own.
 *   <li>{@link #labelKey}: punctuation runs become one space, the form mapping-file keys and ingest
 *       headers are compared in ("Respondent_ID" is "respondent id").
 *   <li>{@link #compactKey}: letters that decomposition leaves whole (ø, æ, œ, ß...) spelled out
 *       and every non-alphanumeric dropped, so "U.S." meets "US" and "Côte-d'Ivoire" "cote d
 *       ivoire". The country loader checks that this merges no two names.
 *   <li>{@link #tokenLetters}: styled letters (full-width, mathematical) that ads use to slip past
 *       filters made plain, and ø, æ, œ, ß one letter each, the form the extraction lexicon was
 *       built in.
 *   <li>{@link #lowerThenStripAccents}: canonical decomposition only, for ids already published.
 * </ul>
 *
 * <p>A single superset would change mapping keys, lexicon ids and country look-ups that outputs and
 * tests rely on, which is why the variants stay separate but live here together.
 */
public final class AccentFolding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  private AccentFolding() {}

  /**
   * Compatibility decomposition with the combining marks dropped: "Zéro" is "Zero", "ﬁ" is "fi".
   */
  public static String stripAccents(String s) {
    return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
  }

  /** Lower case without accents; letters decomposition leaves whole ("ß", "ø") are kept. */
  public static String lowerNoAccents(String s) {
    if (isAscii(s)) {
      return s.toLowerCase(Locale.ROOT);
    }
    return stripAccents(s).toLowerCase(Locale.ROOT);
  }

  /**
   * The key of a published label or code against mapping files: lower case, accents removed, every
   * run of non-alphanumerics as one space, trimmed; "" for null.
   */
  public static String labelKey(String s) {
    if (s == null) {
      return "";
    }
    String folded = stripAccents(s.strip()).toLowerCase(Locale.ROOT);
    return NOT_ALPHANUMERIC.matcher(folded).replaceAll(" ").strip();
  }

  /**
   * The key names and codes of places are looked up by: lower-case ASCII letters and digits only,
   * the letters decomposition cannot split spelled out (œ oe, æ ae, ø o, ß ss, ł l, đ d, ı i).
   */
  public static String compactKey(String s) {
    String folded =
        stripAccents(s.strip())
            .toLowerCase(Locale.ROOT)
            .replace("œ", "oe")
            .replace("æ", "ae")
            .replace("ø", "o")
            .replace("ß", "ss")
            .replace("ł", "l")
            .replace("đ", "d")
            .replace("ı", "i");
    return NOT_ALPHANUMERIC.matcher(folded).replaceAll("");
  }

  /**
   * A text token's letters as the lexicon matches them: styled letters (NFKC) made plain, lower
   * case, accents removed, and ß ø æ œ as s o a o (one letter each, unlike {@link #compactKey}).
   * Case is lowered before the accents go, as the lexicon's cues were folded when it was built.
   */
  public static String tokenLetters(String token) {
    String s = token;
    if (!isAscii(s)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
    s = s.toLowerCase(Locale.ROOT);
    if (!isAscii(s)) {
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
      s = s.replace('ß', 's').replace('ø', 'o').replace('æ', 'a').replace('œ', 'o');
    }
    return s;
  }

  /**
   * Lower case, then canonical decomposition with the marks dropped: styled letters are kept as
   * they are. The form lexicon entry ids were minted in; changing it would rename published ids.
   */
  public static String lowerThenStripAccents(String s) {
    return MARKS
        .matcher(Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
        .replaceAll("");
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

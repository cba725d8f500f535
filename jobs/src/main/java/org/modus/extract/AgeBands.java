package org.modus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A young age band asked for ("girls 18-21 preferred", "de 18 a 25 años", "Edad 18 a 22"): an
 * explicit age limit that stops in the early twenties says the ad wants young people, which the
 * taxonomy's youth indicator is about. An ordinary band ("age 20-30", "23-45") is not one. Pure
 * function of the tokens and the document's concept hits.
 */
final class AgeBands {
  /**
   * Words that make a pair of numbers an age band ("age", "años", "girls"), concept of the lexicon.
   */
  static final String AGE_WORD = "age_word";

  /** The lexicon entry that a young age band is reported under. */
  static final LexiconEntry ENTRY =
      new LexiconEntry(
          "*.youth.rule.young_age_band",
          "*",
          "age band lower-upper, upper <= youth_age_band_max",
          "ad_indicator",
          "youth",
          1.0,
          null,
          null,
          "an age limit in the early twenties: language suggesting youth (taxonomy-v1 youth)",
          "lexicon.properties:youth_age_band_max");

  /** The youngest lower bound read as an age (below it a pair of numbers is something else). */
  private static final int LOWEST_AGE = 16;

  /** The oldest lower bound of a young band ("20-24"). */
  private static final int HIGHEST_LOWER = 20;

  /** Tokens an age word may stand before the band ("Edad: 18 a 22") or after it ("18-21 años"). */
  private static final int WORD_BEFORE = 3;

  private static final int WORD_AFTER = 2;

  /** A band found: its tokens. */
  record Band(int start, int end) {}

  private AgeBands() {}

  static List<Band> find(
      List<Token> tokens, Map<String, List<PhraseIndex.Hit<String>>> concepts, int maxUpper) {
    List<PhraseIndex.Hit<String>> words = concepts.get(AGE_WORD);
    List<Band> out = new ArrayList<>();
    if (words == null) {
      return out;
    }
    for (int i = 0; i < tokens.size(); i++) {
      int[] band = bandAt(tokens, i);
      if (band == null) {
        continue;
      }
      int end = band[2];
      if (band[0] >= LOWEST_AGE
          && band[0] <= HIGHEST_LOWER
          && band[1] > band[0]
          && band[1] <= maxUpper
          && TokenSpans.hitNear(words, i, end, WORD_BEFORE, WORD_AFTER)) {
        out.add(new Band(i, end));
      }
      i = end - 1;
    }
    return out;
  }

  /** {lower, upper, end} of a band written at token i ("18-21", "18 - 21", "18 a 25"), or null. */
  private static int[] bandAt(List<Token> tokens, int i) {
    String text = tokens.get(i).text();
    int dash = Math.max(text.indexOf('-'), text.indexOf('\u2013'));
    if (dash > 0) {
      Integer lo = twoDigits(text.substring(0, dash));
      Integer hi = twoDigits(text.substring(dash + 1));
      return lo == null || hi == null ? null : new int[] {lo, hi, i + 1};
    }
    Integer lo = twoDigits(text);
    if (lo == null
        || i + 2 >= tokens.size()
        || !TokenSpans.isRangeSeparator(tokens.get(i + 1).key())) {
      return null;
    }
    Integer hi = twoDigits(tokens.get(i + 2).text());
    return hi == null ? null : new int[] {lo, hi, i + 3};
  }

  private static Integer twoDigits(String s) {
    return s.length() == 2 && Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(1))
        ? Integer.valueOf(s)
        : null;
  }
}

package org.modus.ads.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Map;
import java.util.regex.Pattern;
import org.modus.ads.settings.LanguageSampling;

/**
 * Language of an ad among the supported ones (en, fr, es, de) or "other": by a vote of its function
 * words when that is clear ({@link FunctionWordVote}), else with Lingua. The detector loads large
 * n-gram models, so one is built per JVM (holder idiom: lazy and race-free) and shared by every
 * task of the executor; Lingua's detector is thread-safe.
 */
public final class AdLanguages {
  public static final String OTHER = "other";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\[[a-z_]+:[0-9a-f]+\\]");
  private static final Map<Language, String> CODES =
      Map.of(
          Language.ENGLISH,
          "en",
          Language.FRENCH,
          "fr",
          Language.SPANISH,
          "es",
          Language.GERMAN,
          "de");

  private AdLanguages() {}

  private static final class Holder {
    static final LanguageDetector DETECTOR =
        LanguageDetectorBuilder.fromLanguages(
                Language.ENGLISH,
                Language.FRENCH,
                Language.SPANISH,
                Language.GERMAN,
                // decoys: without them Italian or Portuguese ads would be forced into es/fr
                Language.ITALIAN,
                Language.PORTUGUESE)
            .withMinimumRelativeDistance(0.02)
            // Trigram models only: several times faster to load and run; ads are long enough for
            // them.
            .withLowAccuracyMode()
            .build();
  }

  /** "en", "fr", "es", "de" or "other" (also for text shorter than {@code minChars} letters). */
  public static String detect(String text, int minChars) {
    return detect(text, LanguageSampling.oneStep(minChars, 0));
  }

  /** As {@link #detect(String, int)}, judged on the leading samples that {@code sampling} says. */
  public static String detect(String text, LanguageSampling sampling) {
    if (text == null) {
      return OTHER;
    }
    String clean = PLACEHOLDER.matcher(text).replaceAll(" ");
    String full = sample(clean, sampling.sampleChars());
    if (full.codePoints().filter(Character::isLetter).count() < sampling.minChars()) {
      return OTHER;
    }
    String voted = FunctionWordVote.decide(full, sampling.voteMinWords(), sampling.voteMinLead());
    if (voted != null) {
      // a decoy's words (Italian, Portuguese) decide "other", as Lingua's decoys do
      return CODES.containsValue(voted) ? voted : OTHER;
    }
    if (sampling.quickChars() > 0) {
      String quick = sample(clean, sampling.quickChars());
      if (quick.length() < full.length()) {
        Language sure = leader(confidences(quick), sampling.quickMargin());
        if (sure != null) {
          return CODES.getOrDefault(sure, OTHER);
        }
      }
    }
    return CODES.getOrDefault(Holder.DETECTOR.detectLanguageOf(full), OTHER);
  }

  static Map<Language, Double> confidences(String text) {
    return Holder.DETECTOR.computeLanguageConfidenceValues(text);
  }

  /**
   * The language whose confidence leads every other by at least {@code margin}, or null. Lingua
   * gives the best language 1.0 and the others their likelihood relative to it.
   */
  static Language leader(Map<Language, Double> confidences, double margin) {
    Language best = null;
    double top = 0;
    double second = 0;
    for (Map.Entry<Language, Double> e : confidences.entrySet()) {
      double v = e.getValue();
      if (v > top) {
        second = top;
        top = v;
        best = e.getKey();
      } else if (v > second) {
        second = v;
      }
    }
    return best != null && top - second >= margin * top ? best : null;
  }

  /** The first {@code sampleChars} characters of a text, cut back to a word break. */
  public static String sample(String text, int sampleChars) {
    if (sampleChars <= 0 || text.length() <= sampleChars) {
      return text;
    }
    int cut = sampleChars;
    while (cut > sampleChars / 2 && !Character.isWhitespace(text.charAt(cut))) {
      cut--;
    }
    return text.substring(0, cut);
  }
}

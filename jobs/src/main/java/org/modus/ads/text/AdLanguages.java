package org.modus.ads.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.Serializable;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Language of an ad among the supported ones (en, fr, es, de) or "other", with Lingua. The detector
 * loads large n-gram models, so one is built per JVM (holder idiom: lazy and race-free) and shared by
 * every task of the executor; Lingua's detector is thread-safe.
 */
public final class AdLanguages {
  public static final String OTHER = "other";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\[[a-z_]+:[0-9a-f]+\\]");
  private static final Map<Language, String> CODES = Map.of(
      Language.ENGLISH, "en", Language.FRENCH, "fr", Language.SPANISH, "es", Language.GERMAN, "de");

  private AdLanguages() {}

  private static final class Holder {
    static final LanguageDetector DETECTOR = LanguageDetectorBuilder
        .fromLanguages(Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.GERMAN,
            // decoys: without them Italian or Portuguese ads would be forced into es/fr
            Language.ITALIAN, Language.PORTUGUESE)
        .withMinimumRelativeDistance(0.02)
        // Trigram models only: several times faster to load and run; ads are long enough for them.
        .withLowAccuracyMode()
        .build();
  }

  /**
   * How much of an ad the language is judged on (the {@code language_*} settings of
   * data-schemas/config/ads-ingest.json). Lingua's cost grows with the text (a hash look-up per
   * trigram and language) while its accuracy levels off after a few hundred characters, so the
   * language is first judged on a short leading sample, and only when the runner-up language comes
   * within {@code quickMargin} of the best (Lingua's relative confidence) on the longer one.
   *
   * @param minChars fewer letters than this: "other"
   * @param quickChars the short sample's length; 0 or not below {@code sampleChars}: one step only
   * @param quickMargin the lead the best language needs on the short sample, in (0, 1]
   * @param sampleChars the longer sample's length; 0: the whole text
   */
  public record Sampling(int minChars, int quickChars, double quickMargin, int sampleChars)
      implements Serializable {
    public Sampling {
      if (minChars < 0 || quickChars < 0 || sampleChars < 0 || !(quickMargin > 0 && quickMargin <= 1)) {
        throw new IllegalArgumentException("language sampling: lengths must be >= 0 and the quick margin in "
            + "(0, 1], got " + minChars + ", " + quickChars + ", " + quickMargin + ", " + sampleChars);
      }
    }

    /** One step on the first {@code sampleChars} characters (0: the whole text). */
    public static Sampling oneStep(int minChars, int sampleChars) {
      return new Sampling(minChars, 0, 1, sampleChars);
    }

    /** The same judgement without the quick first step: the longer sample only. */
    public Sampling withoutQuickStep() {
      return oneStep(minChars, sampleChars);
    }
  }

  /** "en", "fr", "es", "de" or "other" (also for text shorter than {@code minChars} letters). */
  public static String detect(String text, int minChars) {
    return detect(text, Sampling.oneStep(minChars, 0));
  }

  /** As {@link #detect(String, int)}, judged on the leading samples that {@code sampling} says. */
  public static String detect(String text, Sampling sampling) {
    if (text == null) {
      return OTHER;
    }
    String clean = PLACEHOLDER.matcher(text).replaceAll(" ");
    String full = sample(clean, sampling.sampleChars());
    if (full.codePoints().filter(Character::isLetter).count() < sampling.minChars()) {
      return OTHER;
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
   * The language whose confidence leads every other by at least {@code margin}, or null. Lingua gives
   * the best language 1.0 and the others their likelihood relative to it.
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

  static String sample(String text, int sampleChars) {
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

package org.modus.ads.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Map;

/**
 * Language of an ad among the supported ones (en, fr, es, de) or "other", with Lingua. The detector
 * loads large n-gram models, so one is built per JVM (holder idiom: lazy and race-free) and shared by
 * every task of the executor; Lingua's detector is thread-safe.
 */
public final class AdLanguages {
  public static final String OTHER = "other";
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

  /** "en", "fr", "es", "de" or "other" (also for text shorter than {@code minChars} letters). */
  public static String detect(String text, int minChars) {
    if (text == null) {
      return OTHER;
    }
    String letters = text.replaceAll("\\[[a-z_]+:[0-9a-f]+\\]", " ");
    if (letters.codePoints().filter(Character::isLetter).count() < minChars) {
      return OTHER;
    }
    Language best = Holder.DETECTOR.detectLanguageOf(letters);
    return CODES.getOrDefault(best, OTHER);
  }
}

package org.modus.ads.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
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

  /** "en", "fr", "es", "de" or "other" (also for text shorter than {@code minChars} letters). */
  public static String detect(String text, int minChars) {
    return detect(text, minChars, Integer.MAX_VALUE);
  }

  /**
   * As {@link #detect(String, int)}, judged on the first {@code sampleChars} characters (cut at a word
   * boundary). Lingua's cost grows with the text while its accuracy levels off after a few hundred
   * characters, so a bounded sample makes detection cost the same for every ad; the sample length is
   * {@code language_sample_chars} in data-schemas/config/ads-ingest.json.
   */
  public static String detect(String text, int minChars, int sampleChars) {
    if (text == null) {
      return OTHER;
    }
    String letters = sample(PLACEHOLDER.matcher(text).replaceAll(" "), sampleChars);
    if (letters.codePoints().filter(Character::isLetter).count() < minChars) {
      return OTHER;
    }
    Language best = Holder.DETECTOR.detectLanguageOf(letters);
    return CODES.getOrDefault(best, OTHER);
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

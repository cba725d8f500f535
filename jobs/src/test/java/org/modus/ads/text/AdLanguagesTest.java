package org.modus.ads.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.pemistahl.lingua.api.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modus.ads.settings.LanguageSampling;

/**
 * The two-step language judgement: a short leading sample when it is clear, a longer one when not.
 */
class AdLanguagesTest {
  private static final String FRENCH =
      "Nous recrutons un agent d'entretien pour notre hôtel, temps plein. ";
  private static final String ENGLISH =
      "We are hiring cleaning staff for our hotel, full time, good pay and a friendly team. ";

  @Test
  void aClearShortSampleDecidesWithoutReadingFurther() {
    String ad = FRENCH + ENGLISH.repeat(10);
    assertEquals(
        "fr", AdLanguages.detect(ad, new LanguageSampling(12, FRENCH.length(), 0.1, 0, 0, 1)));
    assertEquals(
        "en",
        AdLanguages.detect(ad, LanguageSampling.oneStep(12, 0)),
        "judged on the whole text, the ad is English");
  }

  @Test
  void anUnclearShortSampleDefersToTheLongerOne() {
    String names = "Hotel Paris jobs, Hotel Dubai jobs, Hotel Madrid jobs, Hotel Berlin jobs. ";
    String ad =
        names
            + "Buscamos camareros y personal de limpieza para hoteles en la costa, con alojamiento "
            + "incluido y buen sueldo. Contrato de temporada, incorporación inmediata.";
    assertNull(
        AdLanguages.leader(AdLanguages.confidences(names), 0.1),
        "precondition: the names alone are unclear");
    assertEquals(
        "es", AdLanguages.detect(ad, new LanguageSampling(12, names.length(), 0.1, 300, 0, 1)));
  }

  @Test
  void aClearVoteOfFunctionWordsDecidesAndAnUnclearOneLeavesItToLingua() {
    LanguageSampling voting = new LanguageSampling(12, 0, 1, 300, 4, 4);
    // Lingua would call this one English (the nouns); its function words are French
    String frenchFrame =
        "Nous avons des jobs pour vous: hostess, staff, manager, event crew, "
            + "dans notre club, avec le dress code et les horaires du week-end.";
    assertEquals("fr", FunctionWordVote.decide(frenchFrame, 4, 4));
    assertEquals("fr", AdLanguages.detect(frenchFrame, voting));
    String mixed =
        "We are hiring and you will work with us. Buscamos personal y ofrecemos un sueldo muy bueno,"
            + " tenemos alojamiento y más.";
    assertNull(FunctionWordVote.decide(mixed, 4, 4), "as many English words as Spanish: no vote");
    assertEquals(
        AdLanguages.detect(mixed, voting.withoutVote()),
        AdLanguages.detect(mixed, voting),
        "an unclear vote leaves the judgement to Lingua");
  }

  @Test
  void aDecoysWordsDecideOther() {
    String italian =
        "Siamo una agenzia che cerca personale per alberghi, anche senza esperienza: questo lavoro"
            + " è molto semplice e gli orari sono flessibili.";
    assertEquals("it", FunctionWordVote.decide(italian, 4, 4));
    assertEquals("other", AdLanguages.detect(italian, new LanguageSampling(12, 0, 1, 300, 4, 4)));
  }

  @Test
  void aFewFunctionWordsAreNoVote() {
    assertNull(FunctionWordVote.decide("Hotel jobs Dubai - the best pay - call now", 4, 4));
    assertNull(FunctionWordVote.decide("the and you", 4, 4), "three words are not four");
    assertEquals("en", FunctionWordVote.decide("the and you your", 4, 4));
    assertNull(FunctionWordVote.decide("the and you your", 0, 4), "0 words: no vote at all");
  }

  @Test
  void aLeaderNeedsTheMarginOverTheRunnerUp() {
    Map<Language, Double> close =
        Map.of(Language.SPANISH, 1.0, Language.PORTUGUESE, 0.95, Language.FRENCH, 0.7);
    Map<Language, Double> clear = Map.of(Language.SPANISH, 1.0, Language.PORTUGUESE, 0.85);
    assertNull(AdLanguages.leader(close, 0.1));
    assertEquals(Language.SPANISH, AdLanguages.leader(clear, 0.1));
    assertEquals(Language.SPANISH, AdLanguages.leader(Map.of(Language.SPANISH, 1.0), 0.1));
    assertNull(AdLanguages.leader(Map.of(), 0.1));
  }

  @Test
  void tooFewLettersIsOtherWhateverTheSampling() {
    assertEquals(
        "other", AdLanguages.detect("ok 06 12 34", new LanguageSampling(12, 120, 0.1, 300, 4, 4)));
  }

  @Test
  void samplingSettingsOutOfRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LanguageSampling(12, 120, 0, 300, 4, 4));
    assertThrows(
        IllegalArgumentException.class, () -> new LanguageSampling(12, -1, 0.1, 300, 4, 4));
    assertThrows(
        IllegalArgumentException.class, () -> new LanguageSampling(12, 120, 0.1, 300, -1, 4));
    assertThrows(
        IllegalArgumentException.class, () -> new LanguageSampling(12, 120, 0.1, 300, 4, 0.5));
  }
}

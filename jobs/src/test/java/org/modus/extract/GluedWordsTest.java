package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Words glued where scraping lost a line break are split at a cue's boundary, ordinary words never.
 */
class GluedWordsTest {
  private static final DocumentExtractor X = DocumentExtractor.defaults();

  private static Set<String> categories(String lang, String text) {
    return X.extract(lang, text).features().stream()
        .filter(f -> !f.negated())
        .map(f -> f.family() + "/" + f.category())
        .collect(java.util.stream.Collectors.toSet());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Ask for my photo verificationsnapchat|platform/snapchat",
        "en|Rates 140onlyfans too|platform/onlyfans",
        "en|Subscribe onlyfans.com/[url:ab12cd] now|platform/onlyfans",
        "en|Subscribe onlyfans.com/[url:ab12cd] now|recruitment_channel/adult_content_platform",
        "fr|Abonne-toi onlyfans.com/[url:ab12cd]|platform/onlyfans",
        "es|Sígueme en instagram.com/[url:ab12cd]|platform/instagram"
      })
  void aCueGluedToAnotherWordOrAHostIsFound(String lang, String text, String category) {
    assertTrue(categories(lang, text).contains(category), () -> categories(lang, text).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A fully interactive session, instant reply",
        "The canteen cashier was fifteen",
        "Read the headline and the guidelines",
        "Resultados comprobados desde el primer día"
      })
  void ordinaryWordsAreNotCut(String text) {
    Set<String> found = categories(text.startsWith("Resultados") ? "es" : "en", text);
    assertFalse(
        found.stream()
            .anyMatch(
                c ->
                    c.startsWith("platform/")
                        || c.startsWith("payment_method/")
                        || c.startsWith("ad_indicator/youth")),
        found::toString);
  }

  @org.junit.jupiter.api.Test
  void nothingIsSplitInATextWithoutGluedWords() {
    LanguageMatcher m = LanguageMatcher.forLanguage("en", X.lexicon());
    List<Token> tokens =
        NlpPipelines.tokenize("en", "Call me for an outcall tonight", NlpOptions.defaults());
    assertEquals(tokens, m.splitGlued(tokens));
  }
}

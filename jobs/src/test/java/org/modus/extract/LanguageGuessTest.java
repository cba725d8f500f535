package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A narrative or survey answer without a language column gets ingest's language, English when none
 * fits.
 */
class LanguageGuessTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | Il leur a pris leurs passeports à l'arrivée et les menaçait de les dénoncer.",
        "es | Les quitaron los documentos y tenían que pagar una deuda que no dejaba de crecer.",
        "de | Die Arbeiterinnen durften die Unterkunft nicht verlassen.",
        "en | The recruiter kept their passports and told them the debt had doubled.",
        // Italian is none of the supported languages: the extractor reads it with the English cues
        "en | Il datore di lavoro tratteneva i documenti dei lavoratori stagionali.",
        "en | ''",
      })
  void documentsWithoutALanguageGetOne(String expected, String text) {
    assertEquals(expected, LanguageGuess.guess(text));
  }
}

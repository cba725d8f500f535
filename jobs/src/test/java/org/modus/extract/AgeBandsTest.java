package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The youth indicator from an age band: an age limit that stops in the early twenties, written as
 * ads write ranges, near a word that makes the numbers ages.
 */
class AgeBandsTest {
  private static final DocumentExtractor X = DocumentExtractor.defaults();

  private static boolean youth(String lang, String text) {
    return X.extract(lang, text, null).features().stream()
        .anyMatch(
            f ->
                !f.negated()
                    && f.lexiconEntry().equals(AgeBands.ENTRY.id())
                    && f.label().equals("ad_indicator/youth"));
  }

  @Test
  void aYoungBandNearAnAgeWordIsYouthLanguage() {
    assertTrue(youth("en", "Hostesses wanted, girls 18-21 preferred."));
    assertTrue(youth("es", "Se buscan muchachas de 18 a 24 años para atención en bar."));
    assertTrue(youth("es", "Edad: 19 a 23. Escribir por privado."));
    assertTrue(youth("fr", "Filles de 18 - 22 ans pour soirées."));
  }

  @Test
  void anOrdinaryBandOrNumbersThatAreNotAgesAreNot() {
    assertFalse(youth("en", "Spa therapists, age 20-30, training given."), "up to 30");
    assertFalse(youth("en", "Cleaners, ages 23-45 welcome."), "an adult band");
    assertFalse(youth("en", "Shifts 18-22 on weekdays."), "hours, not ages");
    assertFalse(youth("fr", "Ouvert de 18 à 23 heures."), "opening hours");
    assertFalse(youth("en", "18+ only, girls."), "an age floor alone is no band");
  }
}

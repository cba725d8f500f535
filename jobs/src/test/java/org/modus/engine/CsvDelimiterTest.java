package org.modus.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsvDelimiterTest {
  @Test
  void theMostFrequentSeparatorOfTheHeaderWins() {
    assertEquals(',', CsvDelimiter.detect("job_id,title,location,description"));
    assertEquals(';', CsvDelimiter.detect("Country;Year;Sex;Value"));
    assertEquals('\t', CsvDelimiter.detect("country\tyear\tvalue"));
  }

  @Test
  void separatorsInsideQuotesDoNotCount() {
    assertEquals(';', CsvDelimiter.detect("\"Detected victims, by sex, and age\";Year;Value"));
  }

  @Test
  void tiesAndSingleColumnsFallBackToComma() {
    assertEquals(',', CsvDelimiter.detect("description"));
    assertEquals(',', CsvDelimiter.detect("a,b;c"));
  }

  @Test
  void aConfiguredDelimiterIsOneCharacterOrTabByName() {
    assertEquals(';', CsvDelimiter.configured(";"));
    assertEquals('|', CsvDelimiter.configured("|"));
    assertEquals('\t', CsvDelimiter.configured("tab"));
    assertEquals('\t', CsvDelimiter.configured("\\t"));
    assertEquals('\t', CsvDelimiter.configured("\t"));
  }

  @Test
  void noConfiguredDelimiterMeansDetectItOnTheHeader() {
    assertNull(CsvDelimiter.configured(null));
    assertNull(CsvDelimiter.configured(""));
    assertEquals(';', CsvDelimiter.configuredOrDetected(null, "Country;Year;Value"));
    assertEquals(',', CsvDelimiter.configuredOrDetected(",", "Country;Year;Value"));
  }

  @Test
  void aLongerDelimiterIsRefusedNamingTheValueNotCutToItsFirstCharacter() {
    ModusException e = assertThrows(ModusException.class, () -> CsvDelimiter.configured(";;"));
    assertTrue(e.getMessage().contains("';;'"), e.getMessage());
    assertTrue(e.getMessage().contains("one character"), e.getMessage());
    assertThrows(ModusException.class, () -> CsvDelimiter.configured("comma"));
  }
}

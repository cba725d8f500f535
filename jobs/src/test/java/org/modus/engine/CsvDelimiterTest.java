package org.modus.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

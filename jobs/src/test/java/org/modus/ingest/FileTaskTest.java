package org.modus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modus.engine.ModusException;

class FileTaskTest {
  private static FileTask withDelimiter(String delimiter) {
    return new FileTask("s", "in/a.csv", "ctdc", delimiter, null, null, null);
  }

  @Test
  void caseAggregateAndSurveyFilesReadTheDelimiterAsTheAdReaderDoes() {
    assertEquals(';', withDelimiter(";").delimiterChar());
    assertEquals('\t', withDelimiter("tab").delimiterChar());
    assertNull(withDelimiter(null).delimiterChar());
  }

  @Test
  void aTwoCharacterDelimiterIsRefusedRatherThanCutToItsFirstCharacter() {
    ModusException e =
        assertThrows(ModusException.class, () -> withDelimiter(";;").delimiterChar());
    assertTrue(e.getMessage().contains("';;'"), e.getMessage());
  }
}

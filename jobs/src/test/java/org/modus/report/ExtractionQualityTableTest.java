package org.modus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modus.extract.ExtractionQuality;
import org.modus.extract.ExtractionQuality.Entry;

class ExtractionQualityTableTest {

  @Test
  void aFamilysPrecisionAndRecallPoolTheCountsOfItsCategories() {
    List<ExtractionQualityTable.FamilyQuality> q =
        ExtractionQualityTable.perFamily(
            List.of(
                new Entry("payment_method", "cryptocurrency", 30, 2, 5, 200),
                new Entry("payment_method", "cash", 10, 8, 0, 220),
                new Entry("platform", "telegram", 15, 0, 1, 240)));

    assertEquals(2, q.size());
    ExtractionQualityTable.FamilyQuality pay = q.get(0);
    assertEquals("payment_method", pay.family());
    assertEquals(2, pay.categories());
    // micro: (30 + 10) / (30 + 10 + 2 + 8), not the mean of 30/32 and 10/18
    assertEquals(40.0 / 50, pay.precision(), 1e-12);
    assertEquals(40.0 / 45, pay.recall(), 1e-12);
  }

  @Test
  void familyLevelRowsAreNotAddedToTheCategoryCounts() {
    List<ExtractionQualityTable.FamilyQuality> q =
        ExtractionQualityTable.perFamily(
            List.of(
                new Entry("platform", null, 100, 0, 4, 150),
                new Entry("platform", "telegram", 15, 0, 1, 240)));

    assertEquals(1, q.size());
    assertEquals(15, q.get(0).tp());
    assertEquals(1, q.get(0).categories());
  }

  @Test
  void precisionIsUnknownWhenTheExtractorFoundNothingAndRecallWhenNothingWasLabelled() {
    ExtractionQualityTable.FamilyQuality none =
        new ExtractionQualityTable.FamilyQuality("vk", 1, 0, 0, 0);

    assertNull(none.precision());
    assertNull(none.recall());
  }

  @Test
  void theCommittedMeasurementGivesOneRowPerMeasuredFamilyWithSharesBetweenZeroAndOne() {
    ExtractionQuality committed = ExtractionQuality.load();
    var table =
        ExtractionQualityTable.table(ExtractionQualityTable.perFamily(committed.categories()));

    assertEquals(committed.families().size(), table.rows().size());
    for (List<Object> row : table.rows()) {
      for (String c : List.of("precision", "recall")) {
        double v = (Double) table.value(row, c);
        assertEquals(true, v >= 0 && v <= 1, c + " of " + row);
      }
    }
  }
}

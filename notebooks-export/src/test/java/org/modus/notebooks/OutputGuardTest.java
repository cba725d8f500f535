package org.modus.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutputGuardTest {
  private final OutputGuard guard = OutputGuard.load();

  @Test
  void countsFromOneToBelowTheThresholdAreWithheldWithTheSharesInTheirRow() {
    CsvTable t =
        new CsvTable(
            List.of("country", "ads", "share", "case_count"),
            List.of(
                List.of("DE", "11", "0.5", "40"),
                List.of("LU", "10", "0.2", "40"),
                List.of("MT", "0", "0.0", "1"),
                List.of("CY", "", "", "")));
    OutputGuard.Guarded g = guard.apply(t, 11);
    assertEquals(
        List.of("DE", "11", "0.5", "40"), g.table().rows().get(0), "11 is at the threshold");
    assertEquals(List.of("LU", "suppressed", "suppressed", "40"), g.table().rows().get(1));
    assertEquals(
        List.of("MT", "0", "suppressed", "suppressed"),
        g.table().rows().get(2),
        "zero is no small cell");
    assertEquals(List.of("CY", "", "", ""), g.table().rows().get(3), "already suppressed upstream");
    assertEquals(4, g.smallCells());
    assertEquals(0, g.identifierCells());
  }

  @Test
  void estimatedCountsAreSmallCellsButAttributesNamedLikeCountsAreNot() {
    CsvTable t =
        new CsvTable(
            List.of("feature_count", "count_low", "count_high", "rate_per_100k"),
            List.of(List.of("3", "2.5", "14.0", "0.8"), List.of("4", "12.0", "20.0", "1.1")));
    OutputGuard.Guarded g = guard.apply(t, 11);
    assertEquals(List.of("3", "suppressed", "14.0", "suppressed"), g.table().rows().get(0));
    assertEquals(List.of("4", "12.0", "20.0", "1.1"), g.table().rows().get(1));
  }

  @Test
  void identifierShapedTextIsWithheld() {
    for (String id :
        List.of(
            "jane.doe@example.org",
            "+44 20 7946 0958",
            "call 0612345678 now",
            "@quick_fox99",
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
            "0x52908400098527886E0F7030069857D2E4169EE7",
            "https://example.org/u/someone")) {
      assertTrue(guard.looksLikeIdentifier(id), id);
    }
  }

  @Test
  void datesPeriodsAndMeasurementsAreLeftAlone() {
    for (String ok :
        List.of(
            "2024-01-01",
            "2024-Q1",
            "2024-03",
            "0.123456789012",
            "1234567890",
            "-3.5",
            "payment_method",
            "DE",
            "gift cards (prepaid)",
            "2024-01-01 00:00:00",
            "1e-05")) {
      assertFalse(guard.looksLikeIdentifier(ok), ok);
    }
  }
}

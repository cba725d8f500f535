package org.modus.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modus.sample.PlantedTrend;
import org.modus.trends.PlantedTrendCheck.Finding;

class PlantedTrendCheckTest {
  private static final PlantedTrend RISING =
      new PlantedTrend("platform", "telegram", "country", "FRA", "increasing", "");
  private static final PlantedTrend NEW =
      new PlantedTrend("payment_method", "cryptocurrency", "all", "all", "emerging", "");

  private static Finding trend(
      String category, String dim, String value, String direction, double q) {
    String family = category.equals("cryptocurrency") ? "payment_method" : "platform";
    return new Finding("trend_tests", family, category, dim, value, direction, q);
  }

  private static Finding signal(
      String category, String dim, String value, String status, double q) {
    String family = category.equals("cryptocurrency") ? "payment_method" : "platform";
    return new Finding("emerging_signals", family, category, dim, value, status, q);
  }

  @Test
  void plantedTrendsAreRecoveredByAFindingOfTheirKindInTheirSeries() {
    PlantedTrendCheck.Outcome o =
        PlantedTrendCheck.check(
            List.of(RISING, NEW),
            List.of(
                trend("telegram", "country", "FRA", "increasing", 0.001),
                signal("cryptocurrency", "all", "all", "emerging", 0.01)));
    assertTrue(o.allRecovered());
    assertEquals(0.0, o.unrelatedShare());
  }

  @Test
  void aFindingOfTheWrongKindOrDirectionOrSeriesDoesNotRecover() {
    PlantedTrendCheck.Outcome o =
        PlantedTrendCheck.check(
            List.of(RISING, NEW),
            List.of(
                trend("telegram", "country", "FRA", "decreasing", 0.001),
                signal("telegram", "country", "FRA", "emerging", 0.001),
                trend("telegram", "country", "ESP", "increasing", 0.001),
                trend("cryptocurrency", "all", "all", "increasing", 0.001)));
    assertFalse(o.allRecovered());
    assertEquals(List.of(RISING, NEW), o.missed());
    assertEquals(4, o.relatedFindings().size(), "same categories as planted ones");
  }

  @Test
  void findingsInOtherCategoriesAreTheCandidateFalseDiscoveries() {
    PlantedTrendCheck.Outcome o =
        PlantedTrendCheck.check(
            List.of(RISING),
            List.of(
                trend("telegram", "country", "FRA", "increasing", 0.001),
                trend("telegram", "all", "all", "increasing", 0.002),
                trend("signal", "site", "site-a", "decreasing", 0.03),
                signal("viber", "country", "MEX", "declining", 0.04)));
    assertTrue(o.allRecovered());
    assertEquals(1, o.relatedFindings().size());
    assertEquals(2, o.unrelatedFindings().size());
    assertEquals(0.5, o.unrelatedShare());
  }

  @Test
  void dimensionValuesMatchWhateverTheirCase() {
    assertTrue(
        PlantedTrendCheck.check(
                List.of(RISING), List.of(trend("telegram", "country", "fra", "increasing", 0.001)))
            .allRecovered());
  }

  @Test
  void anUnknownPlantedDirectionIsAnError() {
    PlantedTrend odd = new PlantedTrend("platform", "telegram", "country", "FRA", "up", "");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PlantedTrendCheck.check(
                List.of(odd), List.of(trend("telegram", "country", "FRA", "increasing", 0.001))));
  }
}

package org.modus.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A job reports what it did; the stage runner says which stage did it. */
class StageReportTest {
  private static final StageReport JOBS_REPORT =
      new StageReport(5, 4, 1, Map.of("ads", 4L), List.of("w"), Map.of("files", 2));

  @Test
  void aJobsReportNamesNoStageUntilTheRunnerStampsTheOneItRan() {
    assertNull(JOBS_REPORT.stage());
    StageReport recorded = JOBS_REPORT.withStage(Stage.INGEST_ADS);
    assertEquals(
        new StageReport("ingest-ads", 5, 4, 1, Map.of("ads", 4L), List.of("w"), Map.of("files", 2)),
        recorded);
  }

  @Test
  void aReportAlreadyNamingItsStageKeepsIt() {
    StageReport named = new StageReport("ingest-cases", 1, 1, 0, Map.of(), List.of(), Map.of());
    assertEquals(named, named.withStage(Stage.INGEST_CASES));
  }

  @Test
  void aReportNamingAnotherStageIsRefusedRatherThanRecordedUnderEitherName() {
    StageReport named = new StageReport("ingest-cases", 1, 1, 0, Map.of(), List.of(), Map.of());
    assertThrows(IllegalStateException.class, () -> named.withStage(Stage.INGEST_SURVEY));
  }

  @Test
  void aDerivedStageReadsAndAcceptsTheRowsItWrote() {
    StageReport derived = StageReport.derived(Map.of("trends", 3L, "trend_tests", 2L), List.of());
    assertEquals(5, derived.rowsRead());
    assertEquals(5, derived.accepted());
    assertEquals(0, derived.quarantined());
  }

  @Test
  void outputsAndDetailsKeepTheOrderTheJobGaveThemSoEveryRunListsThemAlike() {
    java.util.LinkedHashMap<String, Long> outputs = new java.util.LinkedHashMap<>();
    java.util.LinkedHashMap<String, Object> details = new java.util.LinkedHashMap<>();
    for (String t :
        List.of("ads", "ad_contacts", "ad_links", "ad_sources", "quarantine/ads", "z", "a", "m")) {
      outputs.put(t, 1L);
      details.put(t, t);
    }
    StageReport report =
        new StageReport(8, 8, 0, outputs, List.of(), details).withStage(Stage.INGEST_ADS);
    assertEquals(List.copyOf(outputs.keySet()), List.copyOf(report.outputs().keySet()));
    assertEquals(List.copyOf(details.keySet()), List.copyOf(report.details().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> report.outputs().put("x", 1L));
  }
}

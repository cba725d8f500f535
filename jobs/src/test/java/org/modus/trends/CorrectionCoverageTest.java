package org.modus.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionCoverageTest {
  @Test
  void theWrittenFileReadsBackToTheSameMeasurement() {
    CorrectionCoverage c =
        new CorrectionCoverage(
            "2026-12-06", "cmd", "demo", List.of("all", "source"), 0.95, "expected", 10, 9, 6, 4);
    CorrectionCoverage back =
        CorrectionCoverage.read(
            new ByteArrayInputStream(c.toJson().getBytes(StandardCharsets.UTF_8)), "test");
    assertEquals(c, back);
    assertEquals(0.9, back.coverage(), 1e-12);
    assertEquals(4 / 6.0, back.closerShare(), 1e-12);
  }

  @Test
  void countsThatCannotBeTogetherAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new CorrectionCoverage("d", "c", "x", List.of(), 0.95, "t", 10, 11, 5, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CorrectionCoverage("d", "c", "x", List.of(), 0.95, "t", 10, 9, 5, 6));
  }

  /**
   * The committed file (quoted by the report) is a measurement by DemoTruthCoverageIT against the
   * expected share; that it still matches what the test measures is checked by the IT itself (it
   * needs Spark).
   */
  @Test
  void theCommittedFileIsTheIntegrationTestsMeasurementAgainstTheExpectedShare() {
    CorrectionCoverage committed = CorrectionCoverage.load();
    assertTrue(committed.command().contains("-Dtest=DemoTruthCoverageIT"), committed.command());
    assertTrue(committed.target().startsWith("expected true share"), committed.target());
    assertTrue(committed.cells() > 0, "no cells");
    assertTrue(committed.date().matches("\\d{4}-\\d{2}-\\d{2}"), committed.date());
  }
}

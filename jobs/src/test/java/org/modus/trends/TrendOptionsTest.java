package org.modus.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.ConfigFixtures;
import org.modus.engine.ModusException;
import org.modus.engine.RunConfig;
import org.modus.extract.ExtractionQuality;

class TrendOptionsTest {
  /** A run config setting one trends key. */
  static RunConfig trends(String key, String value) {
    ObjectNode block = JsonNodeFactory.instance.objectNode();
    block.putObject("trends").put(key, value);
    return ConfigFixtures.withSettings(block.toString());
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    TrendOptions o = TrendOptions.defaultOptions();
    assertEquals(0.05, o.fdr());
    assertEquals(6, o.minPeriods());
    assertEquals(3, o.minNonzeroPeriods());
    assertEquals(4, o.baselinePeriods());
    assertEquals(List.of("all", "country", "region", "site", "source"), o.dimensions());
  }

  @Test
  void runConfigOverridesTheDefaults() {
    TrendOptions o =
        TrendOptions.load(
            ConfigFixtures.withSettings(
                "{\"trends\": {\"fdr\": \"0.1\", \"baseline_periods\": 6, \"dimensions\": \"all, country\"}}"));
    assertEquals(0.1, o.fdr());
    assertEquals(6, o.baselinePeriods());
    assertEquals(List.of("all", "country"), o.dimensions());
    assertEquals(6, o.minPeriods());
  }

  @Test
  void anUnknownKeyIsAnErrorListingTheKnownOnes() {
    ModusException e =
        assertThrows(ModusException.class, () -> TrendOptions.load(trends("min_period", "4")));
    assertTrue(
        e.getMessage().contains("min_period") && e.getMessage().contains("min_periods"),
        e.getMessage());
  }

  @Test
  void badValuesAreErrorsNamingTheOption() {
    assertTrue(
        assertThrows(ModusException.class, () -> TrendOptions.load(trends("fdr", "5%")))
            .getMessage()
            .contains("trends.fdr"));
    assertTrue(
        assertThrows(ModusException.class, () -> TrendOptions.load(trends("fdr", "1.5")))
            .getMessage()
            .contains("trends.fdr"));
    assertTrue(
        assertThrows(ModusException.class, () -> TrendOptions.load(trends("dimensions", "city")))
            .getMessage()
            .contains("city"));
  }

  @Test
  void correctionsUseTheCommittedQualityUnlessTheConfigNamesAnotherFile(@TempDir Path dir)
      throws Exception {
    ExtractionQuality committed = ExtractionQuality.load();
    assertEquals(
        committed.goldSha256(), TrendOptions.defaultOptions().quality("none").goldSha256());

    ExtractionQuality own =
        new ExtractionQuality(
            "truth/evaluation.jsonl",
            "ab12",
            "dev",
            "ingested",
            committed.lexiconVersion(),
            "none",
            "2026-12-06",
            20,
            List.of(),
            List.of(new ExtractionQuality.Entry("payment_method", "cash", 8, 1, 2, 9)));
    Path file = dir.resolve("quality.json");
    Files.writeString(file, own.toJson("test"));
    ExtractionQuality read =
        TrendOptions.load(trends("extraction_quality", file.toString())).quality("none");
    assertEquals("truth/evaluation.jsonl", read.gold());
    assertEquals(0.8, read.category("payment_method", "cash").orElseThrow().sensitivity(), 1e-9);

    ModusException missing =
        assertThrows(
            ModusException.class,
            () ->
                TrendOptions.load(trends("extraction_quality", dir.resolve("nope.json").toString()))
                    .quality("none"));
    assertTrue(
        missing.getMessage().contains("nope.json")
            && missing.getMessage().contains("--write-quality"),
        missing.getMessage());
  }

  @Test
  void periodKindsAreTheConfigValues() {
    assertEquals(PeriodKind.QUARTER, PeriodKind.of("quarter"));
    assertThrows(ModusException.class, () -> PeriodKind.of("week"));
  }
}

package org.modus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.aggregates.SourceAgreement;
import org.modus.compare.CompareSettings;
import org.modus.engine.ModusException;
import org.modus.engine.RunConfig;
import org.modus.evaluate.EvaluationSettings;
import org.modus.reports.ReportSettings;
import org.modus.schemas.Settings;
import org.modus.trends.CorrectionSettings;
import org.modus.trends.TrendOptions;

/**
 * Every stage reads its settings one way: its file of data-schemas/config through {@link Settings},
 * then the run config's {@code settings: {<file name>: ...}} block, checked by the same rules.
 */
class StageSettingsTest {

  static RunConfig config(Path dir, String yaml) throws Exception {
    Path f = dir.resolve("run.yaml");
    Files.writeString(f, yaml);
    return RunConfig.load(f);
  }

  @Test
  void everyShippedSettingsFileLoadsThroughTheOneLoader() {
    Set<String> loaded = new TreeSet<>();
    AdsIngestSettings.defaults();
    loaded.add(AdsIngestSettings.NAME);
    CompareSettings.load();
    loaded.add(CompareSettings.NAME);
    EvaluationSettings.load();
    loaded.add(EvaluationSettings.NAME);
    ReportSettings.shipped();
    loaded.add(ReportSettings.NAME);
    SourceAgreement.load();
    loaded.add(SourceAgreement.NAME);
    TrendOptions.defaultOptions();
    loaded.add(TrendOptions.NAME);
    assertEquals(new TreeSet<>(Settings.NAMES), loaded, "each settings file has its loader");
    SettingsCheck.check(RunConfig.defaults());
  }

  @Test
  void theShippedDefaultsAreTheOnesTheOutputsWereMadeWith() {
    assertEquals(
        new CompareSettings(
            0.10, 3.5, 2.5, "detected_victims", "total", "total", 500, List.of("contact")),
        CompareSettings.load());
    assertEquals(new SourceAgreement(0.05, 1), SourceAgreement.load());
    assertEquals(
        new ReportSettings(
            List.of("all>region>country", "all>source>site"),
            7,
            50,
            new ReportSettings.FigureLimits(6, 6, 3)),
        ReportSettings.shipped());
    TrendOptions t = TrendOptions.defaultOptions();
    assertEquals(
        List.of(0.05, 6.0, 3.0, 10.0, 4.0, 2.0, 5.0),
        List.of(
            t.fdr(),
            (double) t.minPeriods(),
            (double) t.minNonzeroPeriods(),
            t.minTotalPerPeriod(),
            (double) t.baselinePeriods(),
            (double) t.minBaselinePeriods(),
            (double) t.minSignalEvents()));
    assertEquals("", t.extractionQuality());
  }

  @Test
  void anyStagesSettingsAreOverriddenUnderSettingsInTheRunConfig(@TempDir Path dir)
      throws Exception {
    RunConfig c =
        config(
            dir,
            """
        output: out
        settings:
          trends:
            min_periods: 8
            dimensions: [all, country]
            correction: {resamples: 500}
          compare:
            likert: {up: 4}
          source-discrepancies:
            tolerance:
              relative: "0.1"
          report:
            max_headlines: 3
          ads-ingest:
            near_dup: {threshold: 0.7}
        """);
    SettingsCheck.check(c);
    assertEquals(8, TrendOptions.load(c).minPeriods());
    assertEquals(List.of("all", "country"), TrendOptions.load(c).dimensions());
    assertEquals(0.05, TrendOptions.load(c).fdr(), "keys not overridden keep the file's value");
    assertEquals(4.0, CompareSettings.load(c).likertUp());
    assertEquals(2.5, CompareSettings.load(c).likertDown());
    assertEquals(new SourceAgreement(0.1, 1), SourceAgreement.load(c));
    assertEquals(3, ReportSettings.load(c.settings()).maxHeadlines());
    assertEquals(500, CorrectionSettings.load(c).resamples());
    assertEquals(
        CorrectionSettings.load().seed(),
        CorrectionSettings.load(c).seed(),
        "a group's keys not overridden keep the file's value");
    assertEquals(0.7, AdsIngestSettings.load(c.settings()).nearDup().threshold());
    assertEquals(
        c.settings().root(),
        c.toManifestJson().get("settings"),
        "the manifest records the overrides");
    RunConfig recorded =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .setPropertyNamingStrategy(
                com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
            .treeToValue(c.toManifestJson(), RunConfig.class);
    assertEquals(
        8,
        TrendOptions.load(recorded).minPeriods(),
        "a stage run alone reads them back from the manifest");
  }

  @Test
  void anUnknownOverrideKeyIsRejectedWithTheConfigFileAndLine(@TempDir Path dir) throws Exception {
    RunConfig c =
        config(
            dir,
            """
        output: out
        settings:
          compare:
            likert:
              upp: 4
        """);
    ModusException e = assertThrows(ModusException.class, () -> SettingsCheck.check(c));
    assertEquals(
        "Config "
            + dir.resolve("run.yaml")
            + " line 5: unknown key 'settings.compare.likert.upp'; known keys "
            + "in settings.compare.likert: [down, up] (keys starting with _ are comments)",
        e.getMessage());
  }

  @Test
  void aValueOfTheWrongKindIsRejectedWithTheConfigFileAndLine(@TempDir Path dir) throws Exception {
    RunConfig c = config(dir, "output: out\nsettings:\n  trends:\n    min_periods: six\n");
    ModusException e = assertThrows(ModusException.class, () -> SettingsCheck.check(c));
    assertEquals(
        "Config "
            + dir.resolve("run.yaml")
            + " line 4: settings.trends.min_periods must be a number, got 'six'",
        e.getMessage());
  }

  @Test
  void aValueOutOfRangeIsRejectedWithTheLineWhereItWasWritten(@TempDir Path dir) throws Exception {
    RunConfig c =
        config(dir, "output: out\nsettings:\n  trends:\n    correction:\n      prior: 0\n");
    ModusException e = assertThrows(ModusException.class, () -> SettingsCheck.check(c));
    assertEquals(
        "Config "
            + dir.resolve("run.yaml")
            + " line 5: settings.trends.correction.prior must be positive (a Beta parameter), got"
            + " 0.0",
        e.getMessage());
  }

  @Test
  void anUnknownSettingsFileIsRejectedWhenTheConfigIsRead(@TempDir Path dir) {
    ModusException e =
        assertThrows(
            ModusException.class,
            () -> config(dir, "output: out\nsettings:\n  trend:\n    fdr: 0.1\n"));
    assertTrue(
        e.getMessage().contains("run.yaml line 3: unknown settings 'settings.trend'"),
        e.getMessage());
  }

  @Test
  void theOldTrendsBlockIsRejectedWithWhereItMoved(@TempDir Path dir) {
    ModusException e =
        assertThrows(ModusException.class, () -> config(dir, "output: out\ntrends:\n  fdr: 0.1\n"));
    assertTrue(
        e.getMessage().contains("at line 2") && e.getMessage().contains("settings: {trends:"),
        e.getMessage());
  }

  @Test
  void overridesThatWouldHaveNoOrAnUnevenEffectAreRefused(@TempDir Path dir) throws Exception {
    RunConfig scores = config(dir, "settings:\n  evaluate-scores:\n    seed: 1\n");
    assertTrue(
        assertThrows(ModusException.class, () -> SettingsCheck.check(scores))
            .getMessage()
            .contains("evaluate-scores reads no run config"));
    RunConfig contacts =
        config(dir, "settings:\n  ads-ingest:\n    contacts:\n      wallet_context_chars: 10\n");
    assertTrue(
        assertThrows(ModusException.class, () -> SettingsCheck.check(contacts))
            .getMessage()
            .contains("line 3: settings.ads-ingest.contacts cannot be overridden"));
  }
}

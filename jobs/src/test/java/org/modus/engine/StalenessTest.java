package org.modus.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stage's outputs are stale once a stage it read runs again: the manifest says which and why. */
class StalenessTest {
  private static void complete(Manifest m, String stage, String... reads) {
    m.stageStarted(stage, List.of(reads));
    m.stageCompleted(new StageReport(stage, 1, 1, 0, Map.of(), List.of(), Map.of()), 1);
  }

  @Test
  void aReIngestMakesEveryStageDownstreamStaleUntilItRunsAgain(@TempDir Path dir) {
    Manifest m = Manifest.openOrCreate(new RunDir(dir.toString()), new Configuration());
    complete(m, "ingest-ads");
    complete(m, "extract", "ingest-ads");
    complete(m, "trends", "ingest-ads", "extract");
    assertEquals(List.of(), m.staleness("trends"));

    complete(m, "ingest-ads");
    assertEquals(List.of("ingest-ads ran again since"), m.staleness("extract"));
    assertEquals(List.of("ingest-ads ran again since", "extract is stale"), m.staleness("trends"));

    complete(m, "extract", "ingest-ads");
    assertEquals(List.of(), m.staleness("extract"));
    assertEquals(List.of("ingest-ads ran again since", "extract ran again since"), m.staleness("trends"));
    complete(m, "trends", "ingest-ads", "extract");
    assertEquals(List.of(), m.staleness("trends"), "the manifest is read back the same way after a save");
    assertEquals(List.of(), Manifest.openOrCreate(new RunDir(dir.toString()), new Configuration()).staleness("trends"));
  }

  @Test
  void aStageLeftRunningIsInterruptedAndWhatReadItsOldOutputIsStale(@TempDir Path dir) {
    Manifest m = Manifest.openOrCreate(new RunDir(dir.toString()), new Configuration());
    complete(m, "ingest-ads");
    complete(m, "extract", "ingest-ads");
    m.stageStarted("ingest-ads", List.of()); // then killed
    assertEquals(List.of("ingest-ads is running since"), m.staleness("extract"));
    assertEquals(List.of("ingest-ads"), m.markInterrupted());
    assertEquals("interrupted", m.root().path("stages").path("ingest-ads").path("status").asText());
    assertEquals(List.of("ingest-ads is interrupted since"), m.staleness("extract"));
    assertTrue(m.markInterrupted().isEmpty(), "marked once");
  }

  @Test
  void aStageReadingStaleOutputsIsRefusedBeforeAnyWorkWhenAskedWithTheStagesToReRun(@TempDir Path dir) {
    Manifest m = Manifest.openOrCreate(new RunDir(dir.toString()), new Configuration());
    complete(m, "ingest-ads");
    complete(m, "trends", "ingest-ads");
    complete(m, "ingest-ads");
    RunContext ctx = new RunContext(new RunDir(dir.toString()), RunConfig.defaults(), m, () -> null);
    ModusException e = org.junit.jupiter.api.Assertions.assertThrows(ModusException.class, () -> StageRunner.run(
        null, ctx, "report", List.of("trends"), true, () -> {
          throw new AssertionError("no work on stale inputs");
        }));
    assertTrue(e.getMessage().contains("report would read stale outputs of trends (ingest-ads ran again since)")
        && e.getMessage().contains("--allow-stale"), e.getMessage());
  }
}

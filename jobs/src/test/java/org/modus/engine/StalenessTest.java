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
    assertEquals(
        List.of("ingest-ads ran again since", "extract ran again since"), m.staleness("trends"));
    complete(m, "trends", "ingest-ads", "extract");
    assertEquals(
        List.of(), m.staleness("trends"), "the manifest is read back the same way after a save");
    assertEquals(
        List.of(),
        Manifest.openOrCreate(new RunDir(dir.toString()), new Configuration()).staleness("trends"));
  }

  @Test
  void anAttemptThatNeverCommittedLeavesTheCommittedOutputsAndWhatReadThemCurrent(
      @TempDir Path dir) {
    Manifest m = Manifest.openOrCreate(new RunDir(dir.toString()), new Configuration());
    complete(m, "ingest-ads");
    String committed = m.completeAttempt("ingest-ads");
    complete(m, "extract", "ingest-ads");
    m.stageStarted("ingest-ads", List.of()); // then killed: its outputs were only staged
    assertEquals(List.of(), m.staleness("extract"), "nothing extract read has changed");
    assertEquals(List.of("ingest-ads"), m.markInterrupted());
    assertEquals("interrupted", m.root().path("stages").path("ingest-ads").path("status").asText());
    assertEquals(
        committed, m.completeAttempt("ingest-ads"), "the committed attempt stays recorded");
    assertEquals(
        1,
        m.root().path("stages").path("ingest-ads").path("rows_read").asLong(),
        "with its counts");
    assertEquals(List.of(), m.staleness("extract"));
    assertTrue(m.markInterrupted().isEmpty(), "marked once");

    m.stageStarted("ingest-ads", List.of());
    m.stageFailed("ingest-ads", "bad input");
    assertEquals(
        committed, m.completeAttempt("ingest-ads"), "a failed attempt changes no output either");
    assertEquals(List.of(), m.staleness("extract"));
  }

  @Test
  void aStageCommittingWhenItsCommandEndedIsListedWithItsOutputsToMove(@TempDir Path dir) {
    Manifest m = Manifest.openOrCreate(new RunDir(dir.toString()), new Configuration());
    m.stageStarted("trends", List.of());
    m.stageCommitting(
        new StageReport("trends", 3, 3, 0, Map.of("trends", 3L), List.of(), Map.of()),
        5,
        "_staging/trends-x",
        List.of("tables/trends", "tables/trend_tests"));
    Manifest reopened = Manifest.openOrCreate(new RunDir(dir.toString()), new Configuration());
    assertEquals(
        List.of(
            new Manifest.PendingCommit(
                "trends", "_staging/trends-x", List.of("tables/trends", "tables/trend_tests"))),
        reopened.pendingCommits());
    assertEquals(List.of(), reopened.markInterrupted(), "committed, so not interrupted");
    reopened.stageCommitted("trends");
    assertEquals(List.of(), reopened.pendingCommits());
    assertEquals("complete", reopened.root().path("stages").path("trends").path("status").asText());
  }

  @Test
  void aManifestSaveCutBetweenDeleteAndRenameIsReadFromItsWholeAsideCopy(@TempDir Path dir)
      throws Exception {
    Manifest m = Manifest.openOrCreate(new RunDir(dir.toString()), new Configuration());
    complete(m, "ingest-ads");
    java.nio.file.Files.move(dir.resolve("manifest.json"), dir.resolve("manifest.json.tmp"));
    assertEquals(
        m.completeAttempt("ingest-ads"),
        Manifest.openOrCreate(new RunDir(dir.toString()), new Configuration())
            .completeAttempt("ingest-ads"));
  }

  @Test
  void aStageReadingStaleOutputsIsRefusedBeforeAnyWorkWhenAskedWithTheStagesToReRun(
      @TempDir Path dir) {
    Manifest m = Manifest.openOrCreate(new RunDir(dir.toString()), new Configuration());
    complete(m, "ingest-ads");
    complete(m, "trends", "ingest-ads");
    complete(m, "ingest-ads");
    RunContext ctx =
        new RunContext(new RunDir(dir.toString()), RunConfig.defaults(), m, () -> null);
    ModusException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ModusException.class,
            () ->
                StageRunner.run(
                    null,
                    ctx,
                    Stage.REPORT,
                    List.of(Stage.TRENDS),
                    true,
                    () -> {
                      throw new AssertionError("no work on stale inputs");
                    }));
    assertTrue(
        e.getMessage()
                .contains("report would read stale outputs of trends (ingest-ads ran again since)")
            && e.getMessage().contains("--allow-stale"),
        e.getMessage());
  }
}

package org.modus.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stage's id names its manifest entry, run-directory folders and subcommand in every run ever
 * written.
 */
class StageTest {
  @Test
  void theStagesAreNamedAsRunDirectoriesAndTheCommandLineNameThemInPipelineOrder() {
    assertEquals(
        List.of(
            "ingest-ads",
            "ingest-cases",
            "ingest-aggregates",
            "ingest-survey",
            "extract",
            "trends",
            "compare",
            "report",
            "export-notebook"),
        Arrays.stream(Stage.values()).map(Stage::id).toList());
  }

  @Test
  void aStageInAMessageReadsAsItsId() {
    assertEquals("stage export-notebook", "stage " + Stage.EXPORT_NOTEBOOK);
  }
}

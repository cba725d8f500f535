package org.modus.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modus.engine.RunDir;
import org.modus.sample.PlantedTrend;
import org.modus.sample.SampleGenerator;
import org.modus.testing.DemoRun;
import org.modus.testing.SparkTestSession;
import org.modus.trends.PlantedTrendCheck;

/**
 * The demo's trends tables recover every trend the sample generator planted (its ground truth is
 * written beside the inputs), and findings that were not planted stay within what the false-discovery
 * control allows.
 */
class DemoPlantedTrendsIT {

  @Test
  void everyPlantedTrendIsFoundAndUnplantedFindingsStayRare() throws Exception {
    Path run = DemoRun.dir();
    JsonNode truth = new ObjectMapper().readTree(run.resolve("input").resolve(SampleGenerator.GROUND_TRUTH_FILE).toFile());
    List<PlantedTrend> planted = new ArrayList<>();
    for (JsonNode p : truth.path("planted")) {
      planted.add(new PlantedTrend(p.path("family").asText(), p.path("category").asText(),
          p.path("dimension").asText(), p.path("dimensionValue").asText(), p.path("direction").asText(),
          p.path("description").asText()));
    }
    assertFalse(planted.isEmpty(), "the sample plants no trend");

    PlantedTrendCheck.Outcome outcome =
        PlantedTrendCheck.check(planted, SparkTestSession.get(), new RunDir(run.toString()));
    assertTrue(outcome.allRecovered(), "missed: " + outcome.missed());
    // BH at 5% bounds the expected share of false discoveries; with a fixed seed allow some slack
    // above it, but a pipeline that finds noise everywhere fails.
    assertTrue(outcome.unrelatedShare() <= 0.15, "unplanted findings: " + outcome.unrelatedFindings());
  }
}

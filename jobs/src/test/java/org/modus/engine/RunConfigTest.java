package org.modus.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunConfigTest {

  @Test
  void theShippedExampleLoadsWithPathsResolvedAgainstItsFolder() {
    Path example = Path.of("../examples/run-config.yaml").toAbsolutePath().normalize();
    RunConfig c = RunConfig.load(example);
    assertEquals(11, c.disclosureThreshold());
    assertEquals("quarter", c.period());
    assertEquals(
        example.getParent().resolve("data/ads/jobboard-*.csv").toString(), c.ads().get(0).input());
    assertEquals("description", c.ads().get(0).map().get("text"));
    assertEquals(";", c.ads().get(0).delimiter());
    assertEquals("ctdc", c.cases().get(0).format());
  }

  @Test
  void anAdTextFromSeveralColumnsMayBeAYamlListOrColumnsJoinedByPlus(@TempDir Path dir)
      throws Exception {
    Path f = dir.resolve("c.yaml");
    Files.writeString(
        f,
        "output: out\nads:\n  - name: jobs\n    input: a.csv\n    map:\n      text: [title, description, "
            + "benefits]\n      ad_id: job_id\n  - name: more\n    input: b.csv\n    map: {text: title+description}\n");
    RunConfig c = RunConfig.load(f);
    assertEquals("title+description+benefits", c.ads().get(0).map().get("text"));
    assertEquals("job_id", c.ads().get(0).map().get("ad_id"));
    assertEquals("title+description", c.ads().get(1).map().get("text"));
  }

  @Test
  void defaultsApplyWhenKeysAreAbsent(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("c.yaml");
    Files.writeString(f, "output: out\n");
    RunConfig c = RunConfig.load(f);
    assertEquals(RunConfig.DEFAULT_DISCLOSURE_THRESHOLD, c.disclosureThreshold());
    assertEquals(dir.resolve("out").toString(), c.output());
    assertTrue(c.ads().isEmpty());
  }

  @Test
  void aTypoIsAnErrorNamingTheKeyAndLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("c.yaml");
    Files.writeString(f, "output: out\ndisclosure_treshold: 5\n");
    ModusException e = assertThrows(ModusException.class, () -> RunConfig.load(f));
    assertTrue(e.getMessage().contains("disclosure_treshold"), e.getMessage());
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void badValuesAreRefusedWithTheAllowedOnes(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("c.yaml");
    Files.writeString(f, "period: week\n");
    ModusException e = assertThrows(ModusException.class, () -> RunConfig.load(f));
    assertTrue(e.getMessage().contains("month, quarter or year"), e.getMessage());
  }

  @Test
  void aStageRunAloneRecoversTheRunsConfigFromTheManifestButNeverTheKeyFile(@TempDir Path dir) {
    RunConfig original =
        RunConfig.load(Path.of("../examples/run-config.yaml").toAbsolutePath().normalize());
    Manifest m =
        Manifest.openOrCreate(
            new RunDir(dir.toString()), new org.apache.hadoop.conf.Configuration());
    m.put("config", original.toManifestJson());
    m.save();
    RunConfig recorded =
        RunConfig.recordedIn(
                Manifest.openOrCreate(
                    new RunDir(dir.toString()), new org.apache.hadoop.conf.Configuration()))
            .orElseThrow();
    assertEquals(original.disclosureThreshold(), recorded.disclosureThreshold());
    assertEquals(original.ads(), recorded.ads());
    assertEquals(original.cases(), recorded.cases());
    assertEquals(null, recorded.keyFile());
  }

  @Test
  void theManifestRecordsAColumnMappingInKeyOrderWhateverOrderTheConfigGaveIt(@TempDir Path dir)
      throws Exception {
    Path f = dir.resolve("c.yaml");
    Files.writeString(
        f,
        "output: out\nads:\n  - name: jobs\n    input: a.csv\n    map: {title: t, text: body, city:"
            + " town, ad_id: id, posted_at: d, country: c, category: s}\n");
    java.util.List<String> keys = new java.util.ArrayList<>();
    RunConfig.load(f)
        .toManifestJson()
        .path("ads")
        .get(0)
        .path("map")
        .fieldNames()
        .forEachRemaining(keys::add);
    assertEquals(keys.stream().sorted().toList(), keys);
    assertEquals(7, keys.size());
  }

  @Test
  void urisAreLeftAlone() {
    assertEquals(
        "s3a://bucket/ads/*.csv", RunConfig.resolve(Path.of("/base"), "s3a://bucket/ads/*.csv"));
    assertEquals("/base/ads.csv", RunConfig.resolve(Path.of("/base"), "ads.csv"));
  }
}

package org.modus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ModusCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = ModusCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void everyStageHasItsOwnSubcommandWithHelp() {
    for (String stage :
        new String[] {
          "ingest-ads",
          "ingest-cases",
          "ingest-aggregates",
          "ingest-survey",
          "extract",
          "trends",
          "compare",
          "report",
          "export-notebook",
          "demo",
          "run",
          "sql",
          "evaluate-scores",
          "evaluate-extraction",
          "status"
        }) {
      out.getBuffer().setLength(0);
      assertEquals(0, run(stage, "--help"), stage);
      assertTrue(out.toString().contains("Usage: modus " + stage), stage + ": " + out);
    }
  }

  /** A run whose ads were ingested again after extract, trends and compare ran. */
  private static String staleRun(java.nio.file.Path dir) {
    org.modus.engine.RunDir run = new org.modus.engine.RunDir(dir.resolve("run").toString());
    org.modus.engine.Manifest m =
        org.modus.engine.Manifest.openOrCreate(run, new org.apache.hadoop.conf.Configuration());
    String[][] stages = {
      {"ingest-ads"},
      {"extract", "ingest-ads"},
      {"trends", "ingest-ads", "extract"},
      {"compare", "extract"},
      {"ingest-ads"}
    };
    for (String[] s : stages) {
      m.stageStarted(s[0], java.util.List.of(s).subList(1, s.length));
      m.stageCompleted(
          new org.modus.engine.StageReport(
              s[0], 5, 4, 1, java.util.Map.of(), java.util.List.of(), java.util.Map.of()),
          10);
    }
    return run.root();
  }

  @Test
  void statusListsEveryStageWithItsCountsAndWhatIsStale(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String run = staleRun(dir);
    assertEquals(0, run("status", "--run", run));
    String text = out.toString();
    assertTrue(text.contains("lock: free"), text);
    assertTrue(
        text.lines()
            .anyMatch(
                l -> l.startsWith("ingest-ads") && l.contains("complete") && l.endsWith("no")),
        text);
    assertTrue(
        text.lines()
            .anyMatch(
                l -> l.startsWith("extract") && l.endsWith("yes: ingest-ads ran again since")),
        text);
    assertTrue(
        text.lines().anyMatch(l -> l.startsWith("trends") && l.contains("extract is stale")), text);
    assertEquals(ModusCli.EXIT_USAGE, run("status", "--run", dir.resolve("nothing").toString()));
    assertTrue(
        err.toString().contains("not a Modus run directory")
            || err.toString().contains("No manifest.json"),
        err.toString());
  }

  @Test
  void aPublishCutShortIsRefusedByReadersAndFinishedByStatusRepair(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    String run = staleRun(dir);
    org.modus.engine.Manifest m =
        org.modus.engine.Manifest.openOrCreate(
            new org.modus.engine.RunDir(run), new org.apache.hadoop.conf.Configuration());
    m.stageStarted("trends", java.util.List.of());
    m.stageCommitting(
        new org.modus.engine.StageReport(
            "trends", 1, 1, 0, java.util.Map.of(), java.util.List.of(), java.util.Map.of()),
        1,
        "_staging/trends-a",
        java.util.List.of("tables/trends"));
    java.nio.file.Path staged = dir.resolve("run/_staging/trends-a/tables/trends");
    java.nio.file.Files.createDirectories(staged);
    java.nio.file.Files.writeString(staged.resolve("_SUCCESS"), "");

    assertEquals(
        ModusCli.EXIT_USAGE,
        run("sql", "--run", run, "SELECT 1"),
        "refused before any Spark starts");
    assertTrue(
        err.toString().contains("Stage trends of " + run + " is being published")
            && err.toString().contains("--repair"),
        err.toString());

    assertEquals(0, run("status", "--run", run, "--repair"));
    assertTrue(out.toString().contains("repaired: stage trends had committed"), out.toString());
    assertTrue(java.nio.file.Files.exists(dir.resolve("run/tables/trends/_SUCCESS")));
    assertTrue(!java.nio.file.Files.exists(dir.resolve("run/_staging")));
    assertTrue(
        out.toString().lines().anyMatch(l -> l.startsWith("trends") && l.contains("complete")),
        out.toString());
  }

  @Test
  void anUnknownOptionIsAShortErrorWithAPointerToHelp() {
    assertEquals(ModusCli.EXIT_USAGE, run("trends", "--run", "x", "--bogus"));
    assertTrue(err.toString().startsWith("modus: Unknown option: '--bogus'"), err.toString());
    assertTrue(err.toString().contains("./modus trends --help"), err.toString());
    assertTrue(err.toString().lines().count() <= 2, err.toString());
  }

  @Test
  void aMissingRequiredOptionIsNamed() {
    assertEquals(ModusCli.EXIT_USAGE, run("report"));
    assertTrue(err.toString().contains("--run"), err.toString());
  }

  @Test
  void aUserErrorIsOneLineWithoutAStackTrace() {
    assertEquals(ModusCli.EXIT_USAGE, run("run", "--config", "does/not/exist.yaml"));
    assertEquals(
        "modus: error: Config file not found: does/not/exist.yaml", err.toString().strip());
  }
}

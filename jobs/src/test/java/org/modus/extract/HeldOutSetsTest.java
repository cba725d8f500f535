package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.cli.ModusCli;
import picocli.CommandLine;

/** The held-out ad sets are refused by name, before their file is opened. */
class HeldOutSetsTest {
  private static final String AD =
      "{\"id\":\"d1\",\"lang\":\"en\",\"split\":\"dev\",\"text\":\"Pay in bitcoin.\","
          + "\"labels\":[\"payment_method/cryptocurrency\"],\"negated_labels\":[]}";

  private static String refused(String... args) {
    CommandLine cli = ModusCli.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    assertEquals(ModusCli.EXIT_USAGE, cli.execute(args));
    return err.toString();
  }

  @Test
  void trainingRefusesAdSetV2(@TempDir Path dir) throws Exception {
    Path v2 = Files.writeString(dir.resolve("ads-v2.jsonl"), AD);
    String err =
        refused(
            "train-classifier", "--gold", v2.toString(), "--out", dir.resolve("m.tsv").toString());
    assertTrue(err.contains("held out whole"), err);
    assertTrue(Files.notExists(dir.resolve("m.tsv")));
  }

  @Test
  void trainingRefusesAdSetV10EvenAmongOtherFiles(@TempDir Path dir) throws Exception {
    Path ok = Files.writeString(dir.resolve("ads-v3.jsonl"), AD);
    Path v10 = Files.writeString(dir.resolve("ads-v10.jsonl"), AD);
    String err =
        refused(
            "train-classifier", "--gold", ok + "," + v10, "--out", dir.resolve("m.tsv").toString());
    assertTrue(err.contains("never trains"), err);
  }

  @Test
  void evaluatingWithTheClassifierRefusesV10sTestHalfAndV10Whole(@TempDir Path dir)
      throws Exception {
    Path v10 = Files.writeString(dir.resolve("ads-v10.jsonl"), AD);
    Path model = dir.resolve("m.tsv");
    LinearModelTest.model().save(model);
    String err =
        refused(
            "evaluate-extraction",
            "--gold",
            v10.toString(),
            "--split",
            "test",
            "--classifier",
            model.toString());
    assertTrue(err.contains("--split dev"), err);
    err =
        refused("evaluate-extraction", "--gold", v10.toString(), "--classifier", model.toString());
    assertTrue(err.contains("--split dev"), err);
  }

  @Test
  void scoringAHeldOutHalfOnceToReportIsADeliberateAct(@TempDir Path dir) throws Exception {
    Path v10 = Files.writeString(dir.resolve("ads-v10.jsonl"), AD.replace("\"dev\"", "\"test\""));
    Path model = dir.resolve("m.tsv");
    LinearModelTest.model().save(model);
    CommandLine cli = ModusCli.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    assertEquals(
        0,
        cli.execute(
            "evaluate-extraction",
            "--gold",
            v10.toString(),
            "--split",
            "test",
            "--classifier",
            model.toString(),
            "--score-held-out"));
  }

  @Test
  void evaluatingWithTheClassifierRefusesAdSetV2() {
    String err =
        refused(
            "evaluate-extraction",
            "--gold",
            "eval/blind/ads-v2.jsonl",
            "--split",
            "dev",
            "--classifier",
            "m.tsv");
    assertTrue(err.contains("held out whole"), err);
  }
}

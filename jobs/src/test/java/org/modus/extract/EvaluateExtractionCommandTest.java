package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.cli.ModusCli;
import picocli.CommandLine;

/** evaluate-extraction end to end through the command line. */
class EvaluateExtractionCommandTest {

  private static String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, ModusCli.commandLine().execute(args));
    } finally {
      System.setOut(old);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsMicroFamilyAndCategoryFiguresPerSplit(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(
        gold,
        String.join(
            "\n",
            "{\"id\":\"d1\",\"lang\":\"en\",\"split\":\"dev\",\"text\":\"Pay in bitcoin.\","
                + "\"labels\":[\"payment_method/cryptocurrency\"],\"negated_labels\":[]}",
            "{\"id\":\"t1\",\"lang\":\"fr\",\"split\":\"test\",\"text\":\"Pas de frais, logement fourni.\","
                + "\"labels\":[\"deceptive_recruitment/accommodation_provided\",\"platform/telegram\"],"
                + "\"negated_labels\":[\"deceptive_recruitment/upfront_fee\"]}"));
    String out = run("evaluate-extraction", "--gold", gold.toString(), "--errors");
    assertTrue(out.contains("== split dev: 1 documents"), out);
    assertTrue(out.contains("== split test: 1 documents"), out);
    // test: accommodation found (tp), telegram missing (fn), fee negated so not predicted: P=1,
    // R=0.5
    assertTrue(out.contains("P=1.000 R=0.500 F1=0.667  (tp=1 fp=0 fn=1)"), out);
    assertTrue(out.contains("t1 FN platform/telegram"), out);
  }

  @Test
  void aLabelOutsideTheTaxonomyIsAUsageErrorNamingIt(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("bad.jsonl");
    Files.writeString(
        gold,
        "{\"id\":\"x\",\"lang\":\"en\",\"split\":\"dev\",\"text\":\"t\","
            + "\"labels\":[\"payment_method/pigeon\"]}");
    CommandLine cli = ModusCli.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    assertEquals(
        ModusCli.EXIT_USAGE, cli.execute("evaluate-extraction", "--gold", gold.toString()));
    assertTrue(err.toString().contains("payment_method/pigeon"), err.toString());
  }
}

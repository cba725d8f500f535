package org.modus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

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
    for (String stage : new String[] {"ingest-ads", "ingest-cases", "ingest-aggregates", "ingest-survey",
        "extract", "trends", "compare", "report", "export-notebook", "demo", "run", "sql"}) {
      out.getBuffer().setLength(0);
      assertEquals(0, run(stage, "--help"), stage);
      assertTrue(out.toString().contains("Usage: modus " + stage), stage + ": " + out);
    }
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
    assertEquals("modus: error: Config file not found: does/not/exist.yaml", err.toString().strip());
  }
}

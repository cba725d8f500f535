package org.modus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code ./modus report --lang}: which language the report is written in. Parsing only, no Spark.
 */
class ReportLangOptionTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** The report language that {@code report --run DIR} with these options would write. */
  private String languageOf(String... options) {
    List<String> args = new ArrayList<>(List.of("--run", dir.resolve("run").toString()));
    args.addAll(List.of(options));
    StageCommands.Report report = new StageCommands.Report();
    new CommandLine(report).parseArgs(args.toArray(String[]::new));
    return report.config().reportLang();
  }

  private Path config(String reportLang) throws Exception {
    Path f = dir.resolve("config.yaml");
    Files.writeString(f, "report_lang: " + reportLang + "\n");
    return f;
  }

  private int modus(String... args) {
    CommandLine cli = ModusCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void withoutLangOrAConfigTheReportIsInEnglish() {
    assertEquals("en", languageOf());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void englishAndFrenchAreAccepted(String lang) {
    assertEquals(lang, languageOf("--lang", lang));
  }

  @Test
  void withoutLangTheReportKeepsTheLanguageOfTheConfig() throws Exception {
    assertEquals("fr", languageOf("--config", config("fr").toString()));
  }

  @Test
  void langOverridesTheLanguageOfTheConfig() throws Exception {
    assertEquals("fr", languageOf("--config", config("en").toString(), "--lang", "fr"));
    assertEquals("en", languageOf("--config", config("fr").toString(), "--lang", "en"));
  }

  @Test
  void anUnknownLanguageIsAUsageErrorNamingTheAcceptedOnesBeforeTheRunIsTouched() {
    Path run = dir.resolve("run");
    assertEquals(ModusCli.EXIT_USAGE, modus("report", "--run", run.toString(), "--lang", "de"));
    String text = err.toString();
    assertTrue(text.startsWith("modus: Invalid value for option '--lang': "), text);
    assertTrue(text.contains("en or fr") && text.contains("'de'"), text);
    assertTrue(text.contains("./modus report --help"), text);
    assertTrue(text.lines().count() <= 2, text);
    assertFalse(text.contains("Exception") || text.contains("\tat "), text);
    assertFalse(
        Files.exists(run),
        "refused while parsing: the run directory is neither created nor locked");
  }

  @Test
  void languageCodesAreLowerCaseAsInTheConfig() {
    assertEquals(
        ModusCli.EXIT_USAGE,
        modus("report", "--run", dir.resolve("run").toString(), "--lang", "FR"));
    assertTrue(err.toString().contains("'FR'"), err.toString());
  }

  @Test
  void theHelpShowsTheAcceptedLanguages() {
    assertEquals(0, modus("report", "--help"));
    assertTrue(out.toString().contains("--lang=en|fr"), out.toString());
  }
}

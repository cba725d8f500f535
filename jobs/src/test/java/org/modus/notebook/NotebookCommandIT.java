package org.modus.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.notebooks.NotebookValidator;
import org.modus.testing.SparkTestSession;

/** {@code modus export-notebook --run DIR} end to end, in its own JVM as the launcher runs it. */
class NotebookCommandIT {

  @Test
  void exportNotebookWritesValidNotebooksIntoTheRunDirectory(@TempDir Path dir) throws Exception {
    Path run = ReportedRun.withTrends(SparkTestSession.get(), dir.resolve("r1"));
    ReportedRun.reportFigure(SparkTestSession.get(), run);

    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(jvmOptions().split("\\s+")));
    cmd.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "org.modus.cli.ModusCli",
            "export-notebook",
            "--run",
            run.toString(),
            "--master",
            "local[1]"));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("export-notebook"), out);

    ObjectMapper json = new ObjectMapper();
    for (String name : List.of("report.ipynb", "report-sql.ipynb", "tables.ipynb")) {
      Path nb = run.resolve("notebooks/" + name);
      assertEquals(List.of(), NotebookValidator.problems(json.readTree(nb.toFile())), name);
    }
    try (var files = Files.list(run.resolve("notebooks"))) {
      assertEquals(
          List.of("report-sql.ipynb", "report.ipynb", "tables.ipynb"),
          files.map(f -> f.getFileName().toString()).sorted().toList(),
          "nothing else left behind");
    }
  }

  /** The module-opening flags Spark needs, as the launcher reads them. */
  private static String jvmOptions() throws IOException {
    try (InputStream in = NotebookCommandIT.class.getResourceAsStream("/modus-jvm.options")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }
}

package org.modus.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference implementation agrees: Jupyter's own {@code nbformat.validate} accepts every exported
 * notebook, and the file is byte for byte what Jupyter would save, so saving it unchanged is no diff. Skipped (not failed) where no python3 with nbformat is installed; on Debian/Ubuntu
 * {@code apt-get install -y python3-nbformat} provides it (for /usr/bin/python3).
 */
class PythonNbformatIT {
  private static final String CHECK = """
      import sys, nbformat
      for path in sys.argv[1:]:
          nb = nbformat.read(path, as_version=nbformat.NO_CONVERT)
          nbformat.validate(nb)
          assert nb.nbformat == 4 and nb.nbformat_minor == 5, (nb.nbformat, nb.nbformat_minor)
          # nbformat.write saves writes(nb) plus a final newline: opening and saving changes nothing.
          with open(path, encoding="utf-8") as f:
              assert f.read() == nbformat.writes(nb) + "\\n", "not laid out as Jupyter saves it"
          print("valid", path, len(nb.cells))
      """;

  /** The first python3 that can import nbformat: on PATH first, then the system one. */
  static String pythonWithNbformat() {
    for (String python : List.of("python3", "/usr/bin/python3")) {
      try {
        Process p = new ProcessBuilder(python, "-c", "import nbformat").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
          return python;
        }
      } catch (IOException e) {
        // not installed here; try the next
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  @Test
  void jupytersNbformatValidatesEveryExportedNotebook(@TempDir Path dir) throws Exception {
    String python = pythonWithNbformat();
    assumeTrue(python != null, "python3 with nbformat not installed (apt-get install -y python3-nbformat)");
    NotebookExport.Result r = ReportFixture.export(ReportFixture.standard(dir.resolve("run")).write());
    List<String> command = new ArrayList<>(List.of(python, "-c", CHECK));
    for (Map.Entry<String, byte[]> nb : r.notebooks().entrySet()) {
      Path file = dir.resolve(nb.getKey());
      Files.write(file, nb.getValue());
      command.add(file.toString());
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(120, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), out);
    assertEquals(r.notebooks().size(), out.lines().filter(l -> l.startsWith("valid ")).count(), out);
  }
}

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
 * The reference implementation agrees: Jupyter's own {@code nbformat.validate} accepts every
 * exported notebook, and the file is byte for byte what Jupyter would save, so saving it unchanged
 * is no diff. Skipped (not failed) where no python3 with nbformat is installed; on Debian/Ubuntu
 * {@code apt-get install -y python3-nbformat} provides it (for /usr/bin/python3).
 */
class PythonJupyterIT {
  private static final String CHECK =
      """
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

  /** The first python3 that can import {@code modules}: on PATH first, then the system one. */
  static String pythonWith(String modules) {
    for (String python : List.of("python3", "/usr/bin/python3")) {
      try {
        Process p =
            new ProcessBuilder(python, "-c", "import " + modules).redirectErrorStream(true).start();
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
    String python = pythonWith("nbformat");
    assumeTrue(
        python != null,
        "python3 with nbformat not installed (apt-get install -y python3-nbformat)");
    NotebookExport.Result r =
        ReportFixture.export(ReportFixture.standard(dir.resolve("run")).write());
    List<String> command = new ArrayList<>(List.of(python, "-c", CHECK));
    for (Map.Entry<String, byte[]> nb : r.notebooks().entrySet()) {
      Path file = dir.resolve(nb.getKey());
      Files.write(file, nb.getValue());
      command.add(file.toString());
    }
    String out = run(command);
    assertEquals(
        r.notebooks().size(), out.lines().filter(l -> l.startsWith("valid ")).count(), out);
  }

  /**
   * The plotting helper the PySpark notebook defines draws every figure kind from a query result
   * shaped like the report's CSV (pandas and matplotlib, headless). Skipped without them ({@code
   * apt-get install -y python3-pandas python3-matplotlib}).
   */
  @Test
  void thePlotHelperDrawsEveryFigureKindFromTheReportsResult(@TempDir Path dir) throws Exception {
    String python = pythonWith("nbformat, pandas, matplotlib");
    assumeTrue(python != null, "python3 with nbformat, pandas and matplotlib not installed");
    ReportFixture fx = ReportFixture.standard(dir.resolve("run"));
    NotebookExport.Result r = ReportFixture.export(fx.write());
    Path nb = dir.resolve("report.ipynb");
    Files.write(nb, r.notebooks().get(Flavour.PYSPARK.fileName()));
    String script =
        """
        import sys, nbformat, pandas as pd, matplotlib
        matplotlib.use("Agg")
        nb = nbformat.read(sys.argv[1], as_version=4)
        helper = next(c.source for c in nb.cells if c.get("id") == "modus-plot-helper")
        scope = {}
        exec(helper, scope)
        import matplotlib.pyplot as plt
        pdf = pd.read_csv(sys.argv[2], encoding="utf-8-sig")
        for kind in ["line", "stacked", "heatmap", "small_multiples"]:
            plt.close("all")
            scope["plot_figure"](pdf, kind, "t")
            axes = plt.gcf().axes
            drawn = sum(len(a.lines) + len(a.patches) + len(a.images) for a in axes)
            assert drawn > 0, kind
            print("drew", kind, drawn)
        scope["plot_figure"](pdf, "table", "t")
        """;
    String out =
        run(
            List.of(
                python,
                "-c",
                script,
                nb.toString(),
                dir.resolve("run/report/tables/payment_method_share_all.csv").toString()));
    assertEquals(4, out.lines().filter(l -> l.startsWith("drew ")).count(), out);
  }

  private static String run(List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("MPLBACKEND", "Agg");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(120, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}

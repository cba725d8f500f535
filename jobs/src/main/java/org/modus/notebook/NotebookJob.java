package org.modus.notebook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.modus.engine.ModusException;
import org.modus.engine.RunContext;
import org.modus.engine.StageReport;
import org.modus.notebooks.NotebookExport;

/**
 * Exports Jupyter notebooks that recompute every report figure from the run's Parquet tables.
 *
 * <p>Input: {@code DIR/report/figures.json} with the CSVs and charts it names (written by the
 * report stage) and {@code DIR/manifest.json}. Output: {@code DIR/notebooks/report.ipynb} (PySpark
 * with matplotlib), {@code DIR/notebooks/report-sql.ipynb} (Spark SQL only) and {@code
 * DIR/notebooks/tables.ipynb} (the run's tables), nbformat 4.5, validated before they are written.
 * Spark itself is not used: the notebooks carry the report's SQL for the reader to run. Example:
 * {@code ./modus export-notebook --run runs/r1}. See docs/notebooks.md.
 */
public final class NotebookJob {
  private NotebookJob() {}

  public static StageReport run(SparkSession spark, RunContext ctx) {
    var conf = spark.sparkContext().hadoopConfiguration();
    NotebookExport.Result result;
    try {
      result =
          NotebookExport.build(
              new HadoopRunFiles(ctx.runDir(), conf),
              ctx.manifest().root(),
              ctx.config().disclosureThreshold());
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new ModusException(
          "Cannot export notebooks for " + ctx.runDir() + ": " + e.getMessage(), e);
    }
    FileSystem fs = writer(ctx.runDir().fileSystem(conf));
    Map<String, Long> outputs = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> nb : result.notebooks().entrySet()) {
      String target = ctx.runDir().notebooks() + "/" + nb.getKey();
      write(
          fs,
          ctx.runDir().openStage().map(stage -> stage.stagedPath(target)).orElse(target),
          nb.getValue());
      // Per notebook what it covers: figures for the report notebooks, tables for tables.ipynb.
      long covers =
          nb.getKey().equals(NotebookExport.TABLES_NOTEBOOK) ? result.tables() : result.figures();
      outputs.put("notebooks/" + nb.getKey(), covers);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("figures", result.figures());
    details.put("charts_embedded", result.charts());
    details.put("tables", result.tables());
    details.put("stored_cells_withheld", result.withheldCells());
    details.put("notebooks", List.copyOf(result.notebooks().keySet()));
    return new StageReport(
        result.figures(), result.figures(), 0, outputs, result.warnings(), details);
  }

  /**
   * Local runs get no Hadoop .crc side files next to the notebooks; Jupyter users would see them.
   */
  private static FileSystem writer(FileSystem fs) {
    return fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
  }

  /** Writes beside the target and renames over it, so a reader never sees half a notebook. */
  private static void write(FileSystem fs, String target, byte[] bytes) {
    Path path = new Path(target);
    Path tmp = new Path(path.getParent(), "." + path.getName() + ".tmp");
    try {
      fs.mkdirs(path.getParent());
      try (OutputStream out = fs.create(tmp, true)) {
        out.write(bytes);
      }
      if (fs.exists(path)) {
        fs.delete(path, false);
      }
      if (!fs.rename(tmp, path)) {
        throw new IOException("rename of " + tmp + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path, e);
    }
  }
}

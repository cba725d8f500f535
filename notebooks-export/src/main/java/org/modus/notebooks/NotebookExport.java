package org.modus.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.modus.schemas.TableCatalog;

/**
 * Builds a run's notebooks from {@code report/figures.json}, the report's CSVs and charts, and
 * {@code manifest.json}: one notebook per flavour ({@link Flavour}), plus {@code tables.ipynb} for
 * the tables the run holds, each validated against the nbformat 4.5 schema before it is handed
 * back. Reads through {@link RunFiles} and returns bytes, so the caller decides where and how they
 * are written.
 */
public final class NotebookExport {
  public static final String FIGURES = "report/figures.json";
  public static final String TABLES_NOTEBOOK = TablesNotebook.FILE;

  private NotebookExport() {}

  /**
   * The notebooks (file name to bytes: the {@link Flavour}s, then tables.ipynb) and what the export
   * noticed.
   */
  public record Result(
      Map<String, byte[]> notebooks,
      int figures,
      int charts,
      int withheldCells,
      int tables,
      List<String> warnings) {
    public Result {
      notebooks = Collections.unmodifiableMap(new LinkedHashMap<>(notebooks));
      warnings = List.copyOf(warnings);
    }
  }

  public static Result build(RunFiles run, JsonNode manifest, int disclosureThreshold) {
    byte[] figuresJson =
        run.read(FIGURES)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No "
                            + FIGURES
                            + " in the run directory: run the report stage first (./modus report --run DIR)"));
    ReportFigures report = ReportFigures.parse(figuresJson);
    OutputGuard guard = OutputGuard.load();
    List<String> warnings = new ArrayList<>();
    List<FigureContent> contents = new ArrayList<>();
    Set<String> tables = new LinkedHashSet<>();
    Set<String> declared = Set.copyOf(TableCatalog.names());
    int withheld = 0;
    int charts = 0;

    for (ReportFigures.Figure f : report.figures()) {
      String where = "figure '" + f.id() + "'";
      CsvTable table = null;
      int withheldHere = 0;
      if (f.hasCsv()) {
        OutputGuard.Guarded guarded =
            guard.apply(CsvTable.parse(read(run, "report/" + f.csv(), where)), disclosureThreshold);
        if (guarded.identifierCells() > 0) {
          warnings.add(
              where
                  + ": "
                  + guarded.identifierCells()
                  + " stored cell(s) looked like raw identifiers and were withheld; check the report stage");
        }
        table = guarded.table();
        withheldHere = guarded.withheld();
        withheld += withheldHere;
      } else {
        warnings.add(where + " has no csv in " + FIGURES + "; its notebook cell stores no table");
      }
      String png = null;
      if (f.hasChart()) {
        png = Base64.getEncoder().encodeToString(read(run, "report/" + f.png(), where));
        charts++;
      }
      Set<String> used = new LinkedHashSet<>(f.tables());
      if (f.hasSql()) {
        for (String problem : SqlReferences.problems(f.sql())) {
          warnings.add(where + ": " + problem);
        }
        used.addAll(SqlReferences.of(f.sql()).tables());
      } else if (!f.tables().isEmpty()) {
        warnings.add(
            where + " has no sql in " + FIGURES + "; its notebook cell cannot recompute it");
      } // else: facts from manifest.json (inputs, stages, settings), which the provenance cell
      // shows too
      for (String t : used) {
        if (!declared.contains(t)) {
          continue; // reported above as an undeclared table
        }
        tables.add(t);
        if (run.read("tables/" + t + "/_SUCCESS").isEmpty()) {
          warnings.add(where + ": table '" + t + "' is not in this run's tables/ folder");
        }
      }
      contents.add(new FigureContent(f, table, png, withheldHere));
    }

    Map<String, byte[]> notebooks = new LinkedHashMap<>();
    for (Flavour flavour : Flavour.values()) {
      ObjectNode nb =
          ReportNotebook.build(
              flavour, report, contents, List.copyOf(tables), manifest, disclosureThreshold);
      NotebookValidator.requireValid(flavour.fileName(), nb);
      notebooks.put(flavour.fileName(), Nbformat.toBytes(nb));
    }
    List<String> present =
        TableCatalog.names().stream()
            .filter(t -> run.read("tables/" + t + "/_SUCCESS").isPresent())
            .toList();
    if (!present.isEmpty()) {
      ObjectNode nb = TablesNotebook.build(present, manifest, disclosureThreshold);
      NotebookValidator.requireValid(TablesNotebook.FILE, nb);
      notebooks.put(TablesNotebook.FILE, Nbformat.toBytes(nb));
    }
    return new Result(notebooks, contents.size(), charts, withheld, present.size(), warnings);
  }

  private static byte[] read(RunFiles run, String path, String where) {
    Optional<byte[]> bytes = run.read(path);
    return bytes.orElseThrow(
        () ->
            new IllegalStateException(
                where
                    + " of "
                    + FIGURES
                    + " names "
                    + path
                    + ", which is not in the run directory"));
  }
}

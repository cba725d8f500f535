package org.modus.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.modus.schemas.FieldSpec;
import org.modus.schemas.TableCatalog;
import org.modus.schemas.TableSpec;

/**
 * {@code tables.ipynb}: a starting point for analyses the report does not make. Per table the run
 * holds, its declaration (what each column means, its type, its closed set of values) and a cell
 * that registers it as a view and shows a few rows. It stores no outputs, so it carries no data.
 */
final class TablesNotebook {
  static final String FILE = "tables.ipynb";
  static final int PREVIEW_ROWS = 10;

  private TablesNotebook() {}

  static ObjectNode build(List<String> tables, JsonNode manifest, int threshold) {
    List<ObjectNode> cells = new ArrayList<>();
    cells.add(
        Nbformat.markdown(
            "modus-title",
            "# Run tables\n\n"
                + "The run's tables as declared in `data-schemas/tables/`, one section each, with a cell that "
                + "registers the table as a view and shows "
                + PREVIEW_ROWS
                + " rows. The notebook stores no "
                + "outputs. Published tables hold pseudonyms, never raw identifiers; apply the disclosure "
                + "threshold ("
                + threshold
                + ") to any count you publish from them."));
    cells.add(Nbformat.markdown("modus-provenance", Provenance.markdown(manifest, threshold)));
    cells.add(
        Nbformat.code(
            "modus-parameters",
            ReportNotebook.template("parameters.py"),
            List.of(),
            List.of("parameters")));
    for (String name : tables) {
      TableSpec spec = TableCatalog.table(name);
      cells.add(Nbformat.markdown(CellIds.of(name, "table-md"), describe(spec)));
      String code =
          "spark.read.parquet(f\"{RUN_DIR}/tables/"
              + name
              + "\").createOrReplaceTempView("
              + ReportNotebook.pyString(name)
              + ")\n"
              + "df = "
              + PySql.call("SELECT * FROM " + name + " LIMIT " + PREVIEW_ROWS)
              + "\n"
              + "df.show(truncate=60)";
      cells.add(Nbformat.code(CellIds.of(name, "table-code"), code, List.of(), List.of()));
    }
    ObjectNode meta = ReportNotebook.metadata("Run tables", "tables", threshold, manifest);
    return Nbformat.notebook(meta, cells);
  }

  private static String describe(TableSpec spec) {
    StringBuilder s =
        new StringBuilder("## ")
            .append(Markdown.code(spec.table()))
            .append("\n\n")
            .append(Markdown.text(spec.description()))
            .append("\n\n")
            .append("| Column | Type | Nullable | Meaning |\n|---|---|---|---|\n");
    for (FieldSpec f : spec.fields()) {
      String meaning = Markdown.cell(f.description());
      if (f.isClosed()) {
        meaning +=
            " One of: "
                + String.join(", ", f.allowed().stream().map(Markdown::code).toList())
                + ".";
      }
      s.append("| ")
          .append(Markdown.code(f.name()))
          .append(" | ")
          .append(Markdown.cell(f.type()))
          .append(" | ")
          .append(f.nullable() ? "yes" : "no")
          .append(" | ")
          .append(meaning)
          .append(" |\n");
    }
    return s.toString().stripTrailing();
  }
}

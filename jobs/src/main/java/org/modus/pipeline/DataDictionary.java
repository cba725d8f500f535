package org.modus.pipeline;

import org.modus.schemas.FieldSpec;
import org.modus.schemas.TableCatalog;
import org.modus.schemas.TableSpec;

/** The data dictionary, generated from the table declarations so it cannot drift from them. */
public final class DataDictionary {
  private DataDictionary() {}

  public static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Modus data dictionary\n\n")
        .append(
            "Generated from `data-schemas/tables/` by `./modus data-dictionary`; do not edit by hand.\n")
        .append(
            "Country codes are ISO 3166-1 alpha-3; dates are ISO dates; family and category ids follow ")
        .append("taxonomy v1.\n");
    for (String name : TableCatalog.names()) {
      TableSpec t = TableCatalog.table(name);
      md.append("\n## `")
          .append(name)
          .append("`\n\n")
          .append(t.description())
          .append("\n\n")
          .append("| column | type | nullable | description |\n|---|---|---|---|\n");
      for (FieldSpec f : t.fields()) {
        String desc = f.description().replace("|", "\\|");
        if (f.isClosed()) {
          desc +=
              " Allowed: "
                  + String.join(", ", f.allowed().stream().map(a -> "`" + a + "`").toList())
                  + ".";
        }
        md.append("| `")
            .append(f.name())
            .append("` | ")
            .append(f.type().replace("<", "&lt;").replace(">", "&gt;"))
            .append(" | ")
            .append(f.nullable() ? "yes" : "no")
            .append(" | ")
            .append(desc)
            .append(" |\n");
      }
    }
    return md.toString();
  }
}

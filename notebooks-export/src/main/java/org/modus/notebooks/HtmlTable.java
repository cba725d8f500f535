package org.modus.notebooks;

import java.util.ArrayList;
import java.util.List;

/** A stored table output: escaped HTML for Jupyter's view and aligned text for plain viewers. */
final class HtmlTable {
  private HtmlTable() {}

  static String html(CsvTable t, int maxRows) {
    StringBuilder s = new StringBuilder("<table>\n<thead>\n<tr>");
    for (String h : t.header()) {
      s.append("<th>").append(escape(h)).append("</th>");
    }
    s.append("</tr>\n</thead>\n<tbody>\n");
    for (List<String> row : t.rows().subList(0, Math.min(maxRows, t.rows().size()))) {
      s.append("<tr>");
      for (String c : row) {
        s.append("<td>").append(escape(c)).append("</td>");
      }
      s.append("</tr>\n");
    }
    s.append("</tbody>\n</table>\n");
    s.append(more(t, maxRows).isEmpty() ? "" : "<p>" + escape(more(t, maxRows)) + "</p>\n");
    s.append("<p>")
        .append(t.rows().size())
        .append(" rows &times; ")
        .append(t.header().size())
        .append(" columns</p>");
    return s.toString();
  }

  static String text(CsvTable t, int maxRows) {
    List<List<String>> shown = new ArrayList<>();
    shown.add(t.header());
    shown.addAll(t.rows().subList(0, Math.min(maxRows, t.rows().size())));
    int[] width = new int[t.header().size()];
    for (List<String> r : shown) {
      for (int i = 0; i < r.size(); i++) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    StringBuilder s = new StringBuilder();
    for (List<String> r : shown) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.size(); i++) {
        line.append(i == 0 ? "" : "  ").append(pad(r.get(i), width[i]));
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
    String more = more(t, maxRows);
    s.append(more.isEmpty() ? "" : more + "\n");
    s.append(t.rows().size()).append(" rows x ").append(t.header().size()).append(" columns");
    return s.toString();
  }

  private static String more(CsvTable t, int maxRows) {
    int hidden = t.rows().size() - maxRows;
    return hidden > 0 ? "(" + hidden + " more rows in the report CSV)" : "";
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(w - s.length());
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}

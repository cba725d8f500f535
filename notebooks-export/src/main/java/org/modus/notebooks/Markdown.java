package org.modus.notebooks;

/** Escaping for report text placed in markdown cells, where HTML and table pipes would be live. */
final class Markdown {
  private Markdown() {}

  static String text(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ");
  }

  static String cell(String s) {
    return text(s).replace("|", "\\|");
  }

  static String code(String s) {
    return "`" + (s == null ? "" : s.replace("`", "'")) + "`";
  }
}

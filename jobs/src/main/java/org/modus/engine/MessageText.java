package org.modus.engine;

import java.util.List;

/**
 * Text from an input file made safe to print in a one-line message: control and other non-printable
 * characters escaped ({@code \u0000}), long values cut, long lists cut with a count. A file's
 * content never reaches a message whole: only names (column names, label values) pass through here.
 */
public final class MessageText {
  static final int MAX_VALUE_CHARS = 60;
  static final int MAX_LIST_ITEMS = 20;

  private MessageText() {}

  public static String value(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < s.length() && shown < MAX_VALUE_CHARS; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      shown++;
      int type = Character.getType(cp);
      boolean printable =
          !Character.isISOControl(cp)
              && type != Character.FORMAT
              && type != Character.UNASSIGNED
              && type != Character.SURROGATE
              && type != Character.PRIVATE_USE
              && cp != 0xFFFD;
      if (printable) {
        out.appendCodePoint(cp);
      } else {
        out.append(String.format("\\u%04x", cp));
      }
    }
    int total = s.codePointCount(0, s.length());
    return total > MAX_VALUE_CHARS ? out + "... (" + total + " characters)" : out.toString();
  }

  /** "[a, b, c]", each value made safe, at most 20 of them, then "and N more". */
  public static String list(List<String> values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size() && i < MAX_LIST_ITEMS; i++) {
      out.append(i == 0 ? "" : ", ").append(value(values.get(i)));
    }
    out.append(']');
    if (values.size() > MAX_LIST_ITEMS) {
      out.append(" and ").append(values.size() - MAX_LIST_ITEMS).append(" more");
    }
    return out.toString();
  }
}

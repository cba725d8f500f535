package org.modus.notebooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a Spark SQL statement into Python source as {@code spark.sql(...)} so that it reads exactly
 * as the report ran it, and finds it again. A raw triple-quoted string keeps backslashes (regular
 * expressions in SQL) untouched; a statement that would end such a string early falls back to an
 * escaped one-line literal.
 */
public final class PySql {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CALL =
      Pattern.compile(
          "spark\\.sql\\(\\s*(?:r\"\"\"(.*?)\"\"\"|r'''(.*?)'''|(\"(?:[^\"\\\\]|\\\\.)*\"))\\s*\\)",
          Pattern.DOTALL);

  private PySql() {}

  /** {@code spark.sql(r"""\n<sql>\n""")}. */
  public static String call(String sql) {
    return "spark.sql(" + literal(sql) + ")";
  }

  static String literal(String sql) {
    String body = "\n" + sql.strip() + "\n";
    if (!body.contains("\"\"\"")) {
      return "r\"\"\"" + body + "\"\"\"";
    }
    if (!body.contains("'''")) {
      return "r'''" + body + "'''";
    }
    try {
      // A JSON string literal is also a valid Python string literal.
      return JSON.writeValueAsString(sql.strip());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every statement passed to {@code spark.sql(...)} in {@code code}, in order, as Spark sees it.
   */
  public static List<String> extract(String code) {
    List<String> out = new ArrayList<>();
    Matcher m = CALL.matcher(code);
    while (m.find()) {
      if (m.group(1) != null) {
        out.add(m.group(1).strip());
      } else if (m.group(2) != null) {
        out.add(m.group(2).strip());
      } else {
        try {
          out.add(JSON.readValue(m.group(3), String.class));
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException("Unreadable spark.sql literal: " + m.group(3), e);
        }
      }
    }
    return out;
  }
}

package org.modus.notebooks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.modus.schemas.TableCatalog;
import org.modus.schemas.TableSpec;

/**
 * The tables and columns a Spark SQL statement names, found by a small tokenizer rather than a
 * parser, so a notebook can be checked against the declared schemas without Spark.
 *
 * <p>What it understands: tables after FROM and JOIN (and after commas in a FROM list), CTE names
 * ({@code WITH x AS (...)}), aliases ({@code AS name}, a bare name right after a table or a closing
 * parenthesis), qualified columns ({@code t.col}), backquoted names, comments and string literals.
 * Limits: a column whose name is also a keyword or type ({@code year}, {@code date}) is only
 * checked when backquoted; a bare output alias after a plain column ({@code SELECT a b}) is taken
 * for a column; lambda parameters ({@code x -> ...}), struct fields ({@code col.field}) and column
 * lists of CTEs are not followed (their names must be introduced with AS to be recognized).
 */
public record SqlReferences(Set<String> tables, Set<String> columns, Set<String> derivedNames) {

  private static final Set<String> KEYWORDS =
      Set.of(
          "select",
          "from",
          "where",
          "group",
          "by",
          "order",
          "having",
          "as",
          "and",
          "or",
          "not",
          "in",
          "is",
          "null",
          "true",
          "false",
          "case",
          "when",
          "then",
          "else",
          "end",
          "join",
          "left",
          "right",
          "inner",
          "outer",
          "full",
          "cross",
          "on",
          "using",
          "limit",
          "offset",
          "distinct",
          "asc",
          "desc",
          "union",
          "all",
          "with",
          "between",
          "like",
          "ilike",
          "rlike",
          "regexp",
          "over",
          "partition",
          "rows",
          "range",
          "preceding",
          "following",
          "unbounded",
          "current",
          "row",
          "nulls",
          "first",
          "last",
          "interval",
          "exists",
          "semi",
          "anti",
          "lateral",
          "view",
          "intersect",
          "except",
          "minus",
          "window",
          "filter",
          "within",
          "any",
          "some",
          "escape",
          "div",
          "qualify",
          "pivot",
          "unpivot",
          "for",
          "values",
          "tablesample",
          "cluster",
          "distribute",
          "sort",
          "grouping",
          "sets",
          "cube",
          "rollup",
          "string",
          "int",
          "integer",
          "bigint",
          "smallint",
          "tinyint",
          "double",
          "float",
          "real",
          "decimal",
          "numeric",
          "date",
          "timestamp",
          "timestamp_ntz",
          "boolean",
          "long",
          "binary",
          "array",
          "map",
          "struct",
          "year",
          "quarter",
          "month",
          "week",
          "day",
          "hour",
          "minute",
          "second");

  /** Keywords that end a FROM list at their nesting depth. */
  private static final Set<String> FROM_ENDS =
      Set.of(
          "where",
          "group",
          "order",
          "having",
          "limit",
          "union",
          "intersect",
          "except",
          "window",
          "qualify",
          "cluster",
          "distribute",
          "sort",
          "lateral",
          "select");

  public SqlReferences {
    tables = Set.copyOf(tables);
    columns = Set.copyOf(columns);
    derivedNames = Set.copyOf(derivedNames);
  }

  enum Kind {
    WORD,
    QUOTED,
    SYMBOL,
    NUMBER,
    STRING
  }

  record Token(Kind kind, String text) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    boolean isName() {
      return kind == Kind.QUOTED || (kind == Kind.WORD && !KEYWORDS.contains(lower()));
    }

    boolean is(String s) {
      return (kind == Kind.WORD || kind == Kind.SYMBOL) && lower().equals(s);
    }
  }

  public static SqlReferences of(String sql) {
    List<Token> t = tokenize(sql);
    Set<String> tables = new LinkedHashSet<>();
    Set<String> derived = new LinkedHashSet<>();
    // Names of relations the query makes itself (CTEs, subquery aliases): never stored tables. A
    // column
    // alias may share a table's name ("count(*) AS ads ... FROM ads") and must not hide the table.
    Set<String> relations = new LinkedHashSet<>();
    Set<Integer> consumed = new HashSet<>();

    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      // CTE: name AS (
      if (tok.isName()
          && i + 2 < t.size()
          && t.get(i + 1).is("as")
          && t.get(i + 2).is("(")
          && (i > 0 && (t.get(i - 1).is("with") || t.get(i - 1).is(",")))) {
        derived.add(tok.lower());
        relations.add(tok.lower());
        consumed.add(i);
      }
      // A name right after a closing parenthesis names a subquery or an expression: (SELECT ...) t
      if (tok.isName() && i > 0 && t.get(i - 1).is(")")) {
        derived.add(tok.lower());
        relations.add(tok.lower());
        consumed.add(i);
      }
      if (tok.is("as") && i + 1 < t.size() && t.get(i + 1).isName()) {
        derived.add(t.get(i + 1).lower());
        if (i > 0 && t.get(i - 1).is(")")) {
          relations.add(t.get(i + 1).lower()); // (SELECT ...) AS t
        }
        consumed.add(i + 1);
      }
    }
    findTables(t, tables, derived, consumed);
    tables.removeAll(relations);

    Set<String> columns = new LinkedHashSet<>();
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (consumed.contains(i) || !tok.isName()) {
        continue;
      }
      boolean functionCall = i + 1 < t.size() && t.get(i + 1).is("(") && tok.kind() == Kind.WORD;
      boolean qualifier = i + 1 < t.size() && t.get(i + 1).is(".");
      if (functionCall || qualifier) {
        continue;
      }
      columns.add(tok.lower());
    }
    columns.removeAll(derived);
    return new SqlReferences(tables, columns, derived);
  }

  /**
   * Tables are the names right after FROM, JOIN, or a comma of a FROM list at the same parenthesis
   * depth; a name right after a table (or after AS) is its alias.
   */
  private static void findTables(
      List<Token> t, Set<String> tables, Set<String> derived, Set<Integer> consumed) {
    Set<Integer> fromDepths = new HashSet<>();
    int depth = 0;
    boolean expectTable = false;
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (tok.is("(")) {
        depth++;
        expectTable = false;
      } else if (tok.is(")")) {
        fromDepths.remove(depth);
        depth--;
        expectTable = false;
      } else if (tok.is("from")) {
        fromDepths.add(depth);
        expectTable = true;
      } else if (tok.is("join") || (tok.is(",") && fromDepths.contains(depth))) {
        expectTable = true;
      } else if (tok.kind() == Kind.WORD && FROM_ENDS.contains(tok.lower())) {
        fromDepths.remove(depth);
        expectTable = false;
      } else if (expectTable && tok.isName()) {
        tables.add(tok.lower());
        consumed.add(i);
        expectTable = false;
        int j = i + 1;
        if (j < t.size() && t.get(j).is("as")) {
          j++;
        }
        if (j < t.size() && t.get(j).isName()) {
          derived.add(t.get(j).lower());
          consumed.add(j);
          i = j;
        }
      } else {
        expectTable = false;
      }
    }
  }

  /** What in {@code sql} the declared schemas do not have; empty when every name resolves. */
  public static List<String> problems(String sql) {
    SqlReferences refs = of(sql);
    List<String> problems = new ArrayList<>();
    Set<String> known = new LinkedHashSet<>();
    Set<String> declared = Set.copyOf(TableCatalog.names());
    for (String table : refs.tables()) {
      if (!declared.contains(table)) {
        problems.add("table '" + table + "' is not declared in data-schemas/tables");
        continue;
      }
      TableSpec spec = TableCatalog.table(table);
      spec.fieldNames().forEach(f -> known.add(f.toLowerCase(Locale.ROOT)));
    }
    for (String column : refs.columns()) {
      if (!known.contains(column)) {
        problems.add("column '" + column + "' is in none of the tables " + refs.tables());
      }
    }
    return problems;
  }

  static List<Token> tokenize(String sql) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i < n && sql.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '\'' || c == '"') {
        int j = i + 1;
        while (j < n && sql.charAt(j) != c) {
          j += sql.charAt(j) == '\\' ? 2 : 1;
        }
        out.add(new Token(Kind.STRING, sql.substring(i, Math.min(j + 1, n))));
        i = j + 1;
      } else if (c == '`') {
        int j = sql.indexOf('`', i + 1);
        if (j < 0) {
          throw new IllegalArgumentException("Unclosed backquote in SQL: " + sql);
        }
        out.add(new Token(Kind.QUOTED, sql.substring(i + 1, j)));
        i = j + 1;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '.')) {
          j++;
        }
        out.add(new Token(Kind.NUMBER, sql.substring(i, j)));
        i = j;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
          j++;
        }
        out.add(new Token(Kind.WORD, sql.substring(i, j)));
        i = j;
      } else {
        out.add(new Token(Kind.SYMBOL, String.valueOf(c)));
        i++;
      }
    }
    return out;
  }
}

package org.modus.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SqlReferencesTest {

  @Test
  void findsTablesAfterFromAndJoinAndTheColumnsUsedAnywhere() {
    SqlReferences r =
        SqlReferences.of(
            """
        SELECT t.period, x.test, SUM(t.count) AS n
        FROM trends t JOIN trend_tests AS x ON t.category = x.category
        WHERE t.dimension = 'all' -- a comment naming no_such_column
        GROUP BY t.period, x.test /* and another: ghost */
        ORDER BY n DESC""");
    assertEquals(Set.of("trends", "trend_tests"), r.tables());
    assertEquals(Set.of("period", "test", "count", "category", "dimension"), r.columns());
    assertTrue(r.derivedNames().containsAll(Set.of("t", "x", "n")));
  }

  @Test
  void stringLiteralsFunctionsKeywordsAndNumbersAreNotColumns() {
    SqlReferences r =
        SqlReferences.of(
            "SELECT coalesce(share, 0.0), CAST(total AS DOUBLE), 'share_of_nothing' FROM trends "
                + "WHERE period_start >= DATE '2024-01-01' AND category IN ('crypto', 'it''s') LIMIT 10");
    assertEquals(Set.of("share", "total", "period_start", "category"), r.columns());
  }

  @Test
  void cteNamesAndSubqueryAliasesAreNotTables() {
    SqlReferences r =
        SqlReferences.of(
            """
        WITH q AS (SELECT category, count FROM trends), r AS (SELECT category FROM q)
        SELECT s.category FROM (SELECT category FROM r) s, emerging_signals e""");
    assertEquals(Set.of("trends", "emerging_signals"), r.tables());
    assertEquals(Set.of("category", "count"), r.columns());
  }

  @Test
  void backquotedNamesAreNames() {
    SqlReferences r = SqlReferences.of("SELECT `count`, `year` FROM `trends`");
    assertEquals(Set.of("trends"), r.tables());
    assertEquals(Set.of("count", "year"), r.columns());
  }

  @Test
  void aColumnAliasNamedLikeATableDoesNotHideTheTable() {
    SqlReferences r =
        SqlReferences.of(
            "WITH a AS (SELECT country, count(*) AS n FROM ads GROUP BY country), "
                + "c AS (SELECT country_exploitation AS country, count(*) AS n FROM cases GROUP BY country_exploitation) "
                + "SELECT coalesce(a.country, c.country) AS country, a.n AS ads, c.n AS cases "
                + "FROM a FULL OUTER JOIN c ON a.country = c.country");
    assertEquals(Set.of("ads", "cases"), r.tables());
    assertTrue(r.columns().contains("country_exploitation"), r.columns().toString());
    assertEquals(
        List.of(),
        SqlReferences.problems(
            "SELECT count(*) AS ads, country_exploitation FROM cases "
                + "GROUP BY country_exploitation"));
  }

  @Test
  void problemsNameUndeclaredTablesAndColumns() {
    assertEquals(
        List.of(), SqlReferences.problems("SELECT period, share FROM trends WHERE NOT suppressed"));
    List<String> p =
        SqlReferences.problems("SELECT period, phone FROM trends JOIN ad_phones ON 1 = 1");
    assertTrue(
        p.contains("table 'ad_phones' is not declared in data-schemas/tables"), p.toString());
    assertTrue(
        p.stream().anyMatch(s -> s.startsWith("column 'phone' is in none of the tables")),
        p.toString());
    // A column of another declared table does not count.
    assertEquals(1, SqlReferences.problems("SELECT test FROM trends").size());
  }
}

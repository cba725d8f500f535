package org.modus.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PySqlTest {

  @Test
  void theStatementIsShownVerbatimInARawTripleQuotedString() {
    String sql = "SELECT category FROM trends WHERE category RLIKE '^c\\\\w+'";
    String call = PySql.call(sql);
    assertEquals("spark.sql(r\"\"\"\n" + sql + "\n\"\"\")", call);
    assertEquals(List.of(sql), PySql.extract("df = " + call + "\ndf.show()"));
  }

  @Test
  void statementsThatWouldCloseTheStringStillRoundTrip() {
    String dq = "SELECT \"\"\"x\"\"\" AS a FROM trends";
    String both = "SELECT '''a''' AS a, \"\"\"b\"\"\" AS b FROM trends";
    assertTrue(PySql.call(dq).startsWith("spark.sql(r'''"));
    assertTrue(PySql.call(both).startsWith("spark.sql(\""));
    for (String sql : List.of(dq, both)) {
      assertEquals(List.of(sql), PySql.extract(PySql.call(sql)));
    }
  }

  @Test
  void everyCallInACellIsFoundInOrder() {
    String code = PySql.call("SELECT 1 AS a") + "\nx = 2\n" + PySql.call("SELECT 2 AS b");
    assertEquals(List.of("SELECT 1 AS a", "SELECT 2 AS b"), PySql.extract(code));
  }
}

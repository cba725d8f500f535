package org.modus.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CellIdsTest {
  /** The cell_id definition of nbformat.v4.5.schema.json. */
  private static final Pattern NBFORMAT_ID = Pattern.compile("^[a-zA-Z0-9-_]+$");

  @Test
  void aPlainFigureIdIsKeptReadable() {
    assertEquals("payment_method_share_all-code", CellIds.of("payment_method_share_all", "code"));
  }

  @Test
  void odditiesAreReplacedAndTheResultStaysUniqueAndStable() {
    String a = CellIds.of("share by country/region", "md");
    String b = CellIds.of("share by country-region", "md");
    assertTrue(NBFORMAT_ID.matcher(a).matches(), a);
    assertNotEquals(a, b, "a hash of the original name keeps ids apart");
    assertEquals(a, CellIds.of("share by country/region", "md"));
  }

  @Test
  void longIdsAreShortenedToTheSchemaLimitWithoutColliding() {
    String base = "x".repeat(80);
    String a = CellIds.of(base + "1", "code");
    String b = CellIds.of(base + "2", "code");
    assertEquals(CellIds.MAX_LENGTH, a.length());
    assertTrue(NBFORMAT_ID.matcher(a).matches());
    assertNotEquals(a, b);
    assertTrue(a.endsWith("-code-" + a.substring(a.length() - 8)));
  }
}

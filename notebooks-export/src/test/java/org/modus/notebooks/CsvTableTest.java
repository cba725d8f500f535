package org.modus.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modus.reports.csv.SafeCsv;

class CsvTableTest {

  @Test
  void readsWhatTheReportWritesAndUndoesTheFormulaGuard() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SafeCsv.write(
        out,
        List.of("label", "value"),
        List.of(
            List.of("=1+1", -2.5),
            List.of("plain, with comma", 3L),
            List.of("'quoted already", 4L),
            List.of("line\nbreak", 5L)));
    CsvTable t = CsvTable.parse(out.toByteArray());
    assertEquals(List.of("label", "value"), t.header());
    assertEquals(
        List.of(
            List.of("=1+1", "-2.5"),
            List.of("plain, with comma", "3"),
            List.of("'quoted already", "4"),
            List.of("line\nbreak", "5")),
        t.rows());
  }

  @Test
  void aRaggedRowIsAnError() {
    byte[] bytes = "a,b\r\n1\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CsvTable.parse(bytes));
    assertEquals("CSV row 2 has 1 cells; the header has 2", e.getMessage());
  }
}

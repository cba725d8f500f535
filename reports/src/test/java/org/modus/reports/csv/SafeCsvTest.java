package org.modus.reports.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SafeCsvTest {

  @Test
  void formulaLikeCellsComeOutInert() {
    assertEquals(
        "'=HYPERLINK(\"http://x\",\"y\")", SafeCsv.neutralize("=HYPERLINK(\"http://x\",\"y\")"));
    assertEquals("'+1+1", SafeCsv.neutralize("+1+1"));
    assertEquals("'-2+3", SafeCsv.neutralize("-2+3"));
    assertEquals("'@SUM(A1)", SafeCsv.neutralize("@SUM(A1)"));
    assertEquals("'\tx", SafeCsv.neutralize("\tx"));
    assertEquals("'\rx", SafeCsv.neutralize("\rx"));
    assertEquals("plain", SafeCsv.neutralize("plain"));
  }

  @Test
  void numbersStayNumbers() {
    assertEquals("-3.5", SafeCsv.neutralize(-3.5));
    assertEquals("", SafeCsv.neutralize(null));
  }

  @Test
  void writesBomThenRfc4180WithMultiLineAndQuotedCellsRoundTripping() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SafeCsv.write(
        out,
        List.of("a", "b"),
        List.of(List.of("line1\nline2", "say \"hi\", ok"), List.of(1, "=1")));
    byte[] bytes = out.toByteArray();
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    String body = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(body)).getRecords();
    assertEquals(3, records.size());
    assertEquals("line1\nline2", records.get(1).get(0));
    assertEquals("say \"hi\", ok", records.get(1).get(1));
    assertEquals("'=1", records.get(2).get(1));
  }
}

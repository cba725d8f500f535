package org.modus.ads.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {
  private static List<RawRecord> read(String csv) {
    List<RawRecord> out = new ArrayList<>();
    CsvRecords.read(new StringReader(csv), "ads.csv", null, 10_000, out::add);
    return out;
  }

  @Test
  void aRowThatIsNotValidCsvIsOneMalformedRecordAndTheRowsAroundItAreRead() {
    List<RawRecord> records = read("id,body\na1,hello\na2,\"quoted\"trailing\na3,bye\n");
    assertEquals(3, records.size(), "every record read is either accepted or quarantined");
    assertEquals(
        List.of("a1", "a3"),
        records.stream().filter(r -> r.error() == null).map(r -> r.fields().get("id")).toList());
    RawRecord bad = records.get(1);
    assertEquals(CsvRecords.MALFORMED, bad.error());
    assertEquals("ads.csv:line 3", bad.location());
    assertEquals("a2,\"quoted\"trailing", bad.raw());
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsMalformed() {
    RawRecord bad = read("id,body\na1\n").get(0);
    assertEquals(CsvRecords.MALFORMED, bad.error());
    assertEquals("expected 2 fields, found 1", bad.detail());
  }

  @Test
  void blankLinesAreNotRecords() {
    assertEquals(2, read("id,body\n\na1,x\n   \na2,y\n").size());
  }
}

package org.modus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modus.engine.DelimitedRecords;
import org.modus.engine.ModusException;
import org.modus.ingest.DelimitedText.Table;
import org.modus.ingest.DelimitedText.TextRow;
import org.modus.schemas.AccentFolding;

class DelimitedTextTest {

  @Test
  void skipsTitleLinesDetectsTheDelimiterAndKeepsFileLineNumbers() {
    String text =
        "Terms of use: see the data provider's website, please\n"
            + "a;b;c\n"
            + "1;\"two\nlines\";3\n"
            + "\n"
            + "4;5;6\n";
    Table t = DelimitedText.parse("f.csv", text, null, cells -> cells.contains("a"), "a");
    assertEquals(';', t.delimiter());
    assertEquals(2, t.headerLine());
    assertEquals(List.of("a", "b", "c"), t.header());
    assertEquals(3, t.rows().get(0).line());
    assertEquals("two\nlines", t.rows().get(0).values().get(1));
    assertEquals(6, t.rows().get(1).line(), "the quoted newline and the blank line still count");
  }

  @Test
  void aMissingHeaderIsAClearErrorNamingTheFile() {
    ModusException e =
        assertThrows(
            ModusException.class,
            () ->
                DelimitedText.parse(
                    "data/x.csv", "x,y\n1,2\n", null, c -> c.contains("a"), "column a"));
    assertTrue(
        e.getMessage().contains("data/x.csv") && e.getMessage().contains("column a"),
        e.getMessage());
  }

  @Test
  void aRecordThatIsNotValidDelimitedTextBecomesAMalformedRowAndTheFileIsStillRead() {
    String text = "a,b\n1,2\n3,\"4\"x\n5,6\n";
    Table t = DelimitedText.parse("f.csv", text, null, cells -> cells.contains("a"), "a");
    assertEquals(3, t.rows().size());
    TextRow bad = t.rows().get(1);
    assertTrue(bad.malformed());
    assertEquals(3, bad.line());
    assertEquals("3,\"4\"x", bad.raw(), "the text as read, for the quarantine");
    assertEquals(DelimitedRecords.MALFORMED, t.problem(bad).reason());
    assertEquals(List.of("5", "6"), t.rows().get(2).values());
    assertEquals(4, t.rows().get(2).line());
    assertNull(t.problem(t.rows().get(0)));
  }

  @Test
  void aRowWithTheWrongNumberOfCellsIsAProblemOfItsTable() {
    Table t = DelimitedText.parse("f.csv", "a,b\n1,2,3\n", null, cells -> cells.contains("a"), "a");
    assertEquals(DelimitedRecords.MALFORMED, t.problem(t.rows().get(0)).reason());
    assertEquals("expected 2 cells, found 3", t.problem(t.rows().get(0)).detail());
  }

  @Test
  void anEmptyFileIsAClearErrorNamingTheFile() {
    ModusException e =
        assertThrows(
            ModusException.class,
            () ->
                DelimitedText.parse("data/empty.csv", "", null, c -> c.contains("a"), "column a"));
    assertTrue(e.getMessage().contains("data/empty.csv"), e.getMessage());
  }

  @Test
  void anUnknownDeclaredEncodingIsAClearErrorNamingTheFile() {
    InputFile f =
        new InputFile(
            "data/x.csv",
            "a\n1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "no-such-charset");
    ModusException e = assertThrows(ModusException.class, f::text);
    assertTrue(
        e.getMessage().contains("data/x.csv") && e.getMessage().contains("no-such-charset"),
        e.getMessage());
  }

  @Test
  void multiValuedCellsSplitOnPipeAndOnSemicolonUnlessItIsTheDelimiter() {
    assertEquals(
        List.of("Facebook", "Telegram"), DelimitedText.splitMulti(" Facebook ; Telegram ", ','));
    assertEquals(
        List.of("Facebook", "Telegram"), DelimitedText.splitMulti("Facebook|Telegram", ','));
    assertEquals(List.of("a;b", "c"), DelimitedText.splitMulti("a;b|c", ';'));
    assertEquals(List.of(), DelimitedText.splitMulti("  ", ','));
  }

  @Test
  void foldingIgnoresCaseAccentsAndPunctuation() {
    assertEquals(
        "transgender nonconforming", AccentFolding.labelKey(" Transgender/NonConforming "));
    assertEquals("espana", AccentFolding.labelKey("España"));
  }
}

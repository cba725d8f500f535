package org.modus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.modus.schemas.AccentFolding;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modus.engine.ModusException;
import org.modus.ingest.DelimitedText.Table;

class DelimitedTextTest {

  @Test
  void skipsTitleLinesDetectsTheDelimiterAndKeepsFileLineNumbers() {
    String text = "Terms of use: see the data provider's website, please\n"
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
    ModusException e = assertThrows(ModusException.class,
        () -> DelimitedText.parse("data/x.csv", "x,y\n1,2\n", null, c -> c.contains("a"), "column a"));
    assertTrue(e.getMessage().contains("data/x.csv") && e.getMessage().contains("column a"), e.getMessage());
  }

  @Test
  void multiValuedCellsSplitOnPipeAndOnSemicolonUnlessItIsTheDelimiter() {
    assertEquals(List.of("Facebook", "Telegram"), DelimitedText.splitMulti(" Facebook ; Telegram ", ','));
    assertEquals(List.of("Facebook", "Telegram"), DelimitedText.splitMulti("Facebook|Telegram", ','));
    assertEquals(List.of("a;b", "c"), DelimitedText.splitMulti("a;b|c", ';'));
    assertEquals(List.of(), DelimitedText.splitMulti("  ", ','));
  }

  @Test
  void foldingIgnoresCaseAccentsAndPunctuation() {
    assertEquals("transgender nonconforming", AccentFolding.labelKey(" Transgender/NonConforming "));
    assertEquals("espana", AccentFolding.labelKey("España"));
  }
}

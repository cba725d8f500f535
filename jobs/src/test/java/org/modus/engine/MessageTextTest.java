package org.modus.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTextTest {
  @Test
  void controlBytesAreEscapedAndLongValuesCut() {
    assertEquals("i\\u0000d", MessageText.value("i\u0000d"));
    assertEquals(
        "caf\u00e9 \u2764", MessageText.value("caf\u00e9 \u2764"), "printable text stays as it is");
    String cut = MessageText.value("x".repeat(500));
    assertTrue(cut.startsWith("x".repeat(60) + "...") && cut.endsWith("(500 characters)"), cut);
  }

  @Test
  void aHugeHeaderIsCutToTwentyNamesAndACount() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      names.add("c" + i);
    }
    String m = MessageText.list(names);
    assertTrue(m.endsWith("c19] and 99980 more"), m);
    assertTrue(m.length() < 300, "a 100,000-column header gives a short message");
  }
}

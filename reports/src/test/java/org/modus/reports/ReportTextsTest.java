package org.modus.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportTextsTest {
  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\{([a-z_]+)}").matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void frenchAndEnglishHaveTheSameKeysAndTheSamePlaceholders() {
    ReportTexts en = ReportTexts.of("en");
    ReportTexts fr = ReportTexts.of("fr");
    assertEquals(new TreeSet<>(en.keys()), new TreeSet<>(fr.keys()));
    for (String key : en.keys()) {
      assertEquals(placeholders(en.text(key)), placeholders(fr.text(key)), key);
    }
  }

  @Test
  void placeholdersAreFilledByNameAndAMissingValueIsAnError() {
    ReportTexts en = ReportTexts.of("en");
    assertEquals("in source $1 {x}", en.fill("where.source", Map.of("value", "$1 {x}")));
    assertThrows(IllegalArgumentException.class, () -> en.fill("where.source", Map.of()));
  }

  @Test
  void onlyTheTwoReportLanguagesAreAccepted() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReportTexts.of("de"));
    assertTrue(e.getMessage().contains("de"));
  }

  @Test
  void numbersFollowTheLanguage() {
    NumberStyle en = new NumberStyle("en");
    NumberStyle fr = new NumberStyle("fr");
    assertEquals("4.5%", en.percent(0.045));
    assertEquals("4,5 %", fr.percent(0.045));
    assertEquals("11%", en.percent(0.11));
    assertEquals("+0.5", en.percentagePoints(0.005));
    assertEquals("-1.25", en.percentagePoints(-0.0125));
    assertEquals("q < 0.001", en.q(0.0004));
    assertEquals("q = 0.012", en.q(0.012));
    assertEquals("q = 0,050", fr.q(0.05));
    assertEquals("12 345", fr.integer(12345));
  }
}

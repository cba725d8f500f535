package org.modus.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modus.engine.ModusException;

class ColumnMappingTest {
  private static Map<String, String> record(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void textFromSeveralColumnsJoinsTheirValuesInMappingOrderWithParagraphBreaksSkippingBlanks() {
    ColumnMapping m =
        new ColumnMapping(Map.of("text", "title + description+requirements", "title", "title"));
    Map<String, String> r =
        record("title", "Driver", "description", " ", "requirements", "Licence B", "x", "1");
    assertEquals("Driver\n\nLicence B", m.canonical(r).get("text"));
    assertEquals("Driver", m.canonical(r).get("title"), "title may stay its own field too");
    assertEquals(List.of("Driver", "Licence B"), m.values("text", r));
    assertEquals(Map.of("x", "1"), m.attributes(r), "no text column is repeated as an attribute");
  }

  @Test
  void aRecordLacksTextOnlyWhenEveryTextColumnIsBlank() {
    ColumnMapping m = new ColumnMapping(Map.of("text", "description+benefits"));
    assertTrue(m.values("text", record("description", "", "benefits", null)).isEmpty());
    assertEquals(
        List.of("Paid weekly"),
        m.values("text", record("description", "", "benefits", "Paid weekly")));
  }

  @Test
  void aColumnWhoseNameHoldsAPlusIsStillOneColumn() {
    ColumnMapping m = new ColumnMapping(Map.of("text", "C++ skills"));
    assertEquals("yes", m.canonical(record("C++ skills", "yes")).get("text"));
    assertEquals(List.of(), m.missingFrom(List.of("C++ skills")));
  }

  @Test
  void missingTextColumnsAreNamedOneByOne() {
    ColumnMapping m = new ColumnMapping(Map.of("text", "title+description+benefit"));
    assertEquals(List.of("benefit"), m.missingFrom(List.of("title", "description", "benefits")));
  }

  @Test
  void anEmptyColumnNameInATextMappingIsReportedAndAnUnknownFieldRefused() {
    assertEquals(
        List.of("(an empty name between two '+')"),
        new ColumnMapping(Map.of("text", "title++description"))
            .missingFrom(List.of("title", "description")));
    assertThrows(ModusException.class, () -> new ColumnMapping(Map.of("posted", "date")));
  }
}

package org.modus.aggregates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CensoredValueTest {

  @Test
  void lessThanFiveIsTheIntervalZeroToFourNeverZeroOrFive() throws Exception {
    CensoredValue v = CensoredValue.parse("<5");
    assertEquals(new QuantityRange(0, 4.0), v.value());
    assertTrue(v.censored());
  }

  @Test
  void exactCountsAreDegenerateIntervals() throws Exception {
    CensoredValue v = CensoredValue.parse(" 37 ");
    assertEquals(QuantityRange.exact(37), v.value());
    assertFalse(v.censored());
    assertEquals(QuantityRange.exact(1234), CensoredValue.parse("1,234").value());
    assertEquals(
        QuantityRange.exact(1234.5),
        CensoredValue.parse("1,234.5").value(),
        "English grouping with decimals");
    assertEquals(
        QuantityRange.exact(1234.5),
        CensoredValue.parse("1.234,5").value(),
        "European grouping with decimals");
    assertEquals(QuantityRange.exact(12.5), CensoredValue.parse("12,5").value(), "a decimal comma");
  }

  @Test
  void eurostatFlagsAreKeptBesideTheValue() throws Exception {
    CensoredValue v = CensoredValue.parse("12 p");
    assertEquals(QuantityRange.exact(12), v.value());
    assertEquals("p", v.flags());
  }

  @Test
  void colonIsMissingAndConfidentialIsAnUnboundedInterval() throws Exception {
    CensoredValue missing = CensoredValue.parse(":");
    assertNull(missing.value());
    assertEquals(":", missing.flags());
    CensoredValue confidential = CensoredValue.parse(": c");
    assertEquals(new QuantityRange(0, null), confidential.value());
    assertTrue(confidential.censored());
    assertEquals("c", confidential.flags());
  }

  @Test
  void greaterThanIsBoundedBelowOnly() throws Exception {
    assertEquals(new QuantityRange(1001, null), CensoredValue.parse(">1000").value());
    assertEquals(new QuantityRange(0, 3.0), CensoredValue.parse("≤3").value());
  }

  @Test
  void negativeAndNonNumericValuesAreRejectedWithReasonCodes() {
    assertEquals(
        "impossible_value",
        assertThrows(CensoredValue.Invalid.class, () -> CensoredValue.parse("-4")).reason());
    assertEquals(
        "bad_value",
        assertThrows(CensoredValue.Invalid.class, () -> CensoredValue.parse("twelve!")).reason());
    assertEquals(
        "impossible_value",
        assertThrows(CensoredValue.Invalid.class, () -> CensoredValue.parse("<0")).reason());
    assertEquals(
        "bad_value",
        assertThrows(CensoredValue.Invalid.class, () -> CensoredValue.parse("1,2,3.4.5")).reason(),
        "a number with mixed separators is a bad cell, never a crash");
  }

  @Test
  void notANumberAndInfinityAreQuarantinedNotMissing() {
    for (String v : new String[] {"NaN", "nan", "Infinity", "-Infinity", "inf", "∞"}) {
      assertEquals(
          "not_finite",
          assertThrows(CensoredValue.Invalid.class, () -> CensoredValue.parse(v)).reason(),
          v);
    }
  }
}

package org.modus.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the privacy scans judge that an identifier came out. */
class OutputScanTest {
  @Test
  void aPhonesDigitsAreFoundHoweverTheyAreSeparatedButNotInsideANumberAProgramComputed() {
    OutputScan scan =
        OutputScan.ofValues(
            List.of(
                "call 06 12 34.56-78 now",
                "+1.5555551234",
                "share 0.1101578162464486",
                "score 3.0615781620000001E-4"));
    assertEquals(1, scan.occurrences("0612345678").size(), "typed with separators");
    assertEquals(1, scan.occurrences("15555551234").size(), "a registry-style phone with a point");
    assertEquals(0, scan.occurrences("01578162").size(), "chance digits of a computed share");
    assertEquals(0, scan.occurrences("06157816").size(), "nor of a number in scientific notation");
  }

  @Test
  void digitsInsideAKeyedPseudonymAreChanceNotALeakButLongerHexAndAllDigitRunsAreStillSearched() {
    OutputScan scan =
        OutputScan.ofValues(
            List.of(
                "[phone:cb2dead515463452cfb3] and cb2dead515463452cfb3",
                "wallet 0xb007d8582debe70a88dadd4451051a99451d856c",
                "account 51546345251546345251"));
    assertEquals(1, scan.occurrences("5463452").size(), "only the all-digit account holds it");
    assertEquals(
        1, scan.occurrences("0xb007d8582debe70a88dadd4451051a99451d856c").size(), "an address");
    assertEquals(
        1, scan.occurrences("dadd4451051a").size(), "part of the address, not a pseudonym");
    assertEquals(
        0,
        OutputScan.ofValues(List.of("[phone:cb2dead515463452cfb3]"))
            .occurrences("515463452")
            .size());
  }

  @Test
  void aSplitPhonesShortFragmentCountsAsANumberOfItsOwnNotAsDigitsInsideAnotherNumber() {
    OutputScan scan =
        OutputScan.ofValues(
            List.of(
                "empieza por 612 y termina en 87445",
                "canary_v3:77472",
                "<path d=\"M517.92 10\"/>"));
    assertEquals(1, scan.occurrences("87445").size(), "the fragment as written");
    assertEquals(0, scan.occurrences("7747").size(), "inside another set's ad id");
    assertEquals(0, scan.occurrences("51792").size(), "a chart coordinate");
  }

  @Test
  void anIdentifiersTelltalesAreItAsWrittenAndItsDigitsWhenItHoldsSevenOrMore() {
    assertEquals(List.of("06 12 34 56 78", "0612345678"), OutputScan.telltales(" 06 12 34 56 78 "));
    assertEquals(List.of("rosa_77"), OutputScan.telltales("rosa_77"));
    assertEquals(List.of("0612345678"), OutputScan.telltales("0612345678"));
  }

  @Test
  void aPhoneInArabicIndicOrFullWidthDigitsIsFoundAsWrittenAndAsItsAsciiDigits() {
    OutputScan scan =
        OutputScan.ofValues(List.of("ruf an ٠٦١٢٣٤٥٦٧٨ bitte", "tel 0612345678", "ref ０７８０３４２７１７"));
    assertEquals(2, scan.occurrences("٠٦١٢٣٤٥٦٧٨").size(), "Arabic-Indic as written and in ASCII");
    assertEquals(1, scan.occurrences("0780342717").size(), "full-width digits read as ASCII");
    assertEquals(List.of("٠٦١٢٣٤٥٦٧٨", "0612345678"), OutputScan.telltales("٠٦١٢٣٤٥٦٧٨"));
  }
}

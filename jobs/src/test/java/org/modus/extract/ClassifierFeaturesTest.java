package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ClassifierFeaturesTest {

  @Test
  void aTinyAdFiresFoldedUnigramsBigramsNumberSizesAndTheRulesLabels() {
    DocumentFeatures f =
        ClassifierFeatures.of("Éxito", "Pay 1.500 €", List.of("payment_method/cash"));
    assertEquals(
        new TreeSet<>(Set.of("w=exito", "w=pay", "w=<num4>", "b=exito_pay", "b=pay_<num4>")),
        f.text());
    assertEquals(Set.of("r=payment_method/cash"), f.rules());
  }

  @Test
  void aRepeatedWordFiresOnceAndNumbersAreCappedAtSixDigits() {
    DocumentFeatures f = ClassifierFeatures.of("visa visa 12345678", Set.of());
    assertEquals(Set.of("w=visa", "w=<num6>", "b=visa_visa", "b=visa_<num6>"), f.text());
  }

  @Test
  void aRedactedIdentifierIsOneTokenOfItsTypeNotItsRandomPseudonym() {
    assertEquals(
        List.of("call", "<phone>", "now"), ClassifierFeatures.tokens("Call [phone:3f9a0c12] now"));
  }

  @Test
  void textFeaturesAreScaledByOneOverTheRootOfHowManyFiredAndRuleFeaturesAreNot() {
    DocumentFeatures f = ClassifierFeatures.of("a b", Set.of("ad_indicator/youth"));
    // w=a, w=b, b=a_b
    assertEquals(1 / Math.sqrt(3), f.value("w=a"), 1e-12);
    assertEquals(1.0, f.value("r=ad_indicator/youth"));
    assertEquals(0.0, f.value("w=c"));
  }
}

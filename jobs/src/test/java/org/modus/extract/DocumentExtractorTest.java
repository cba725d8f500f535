package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The extractor on single documents: what counts, what is negated, what is out of context. */
class DocumentExtractorTest {
  private static final DocumentExtractor X = DocumentExtractor.defaults();

  private static Set<String> present(String lang, String text) {
    return X.extract(lang, text).features().stream().filter(f -> !f.negated())
        .map(ExtractedFeature::label).collect(Collectors.toSet());
  }

  private static Set<String> negated(String lang, String text) {
    return X.extract(lang, text).features().stream().filter(ExtractedFeature::negated)
        .map(ExtractedFeature::label).collect(Collectors.toSet());
  }

  @Test
  void debugPrint() {
    for (String[] d : List.of(
        new String[] {"en", "Payment in bitcoin or USDT only. Contact me on whats@pp or tele gram, in$ta too."},
        new String[] {"fr", "Travail à l'étranger, billet d'avion payé, logée nourrie. Pas de frais. Paiement en crypto (BTC, USDT)."},
        new String[] {"es", "Trabajo en el extranjero, sin depósito, sin experiencia. Pago con bitcoin. Escríbeme por WhatsApp [phone:3f9a1b]"},
        new String[] {"en", "Line cook and cashier wanted. Steam cleaning experience. Zoom lens for sale. Indeed, the pay is fair."},
        new String[] {"en", "Beware of ads asking for gift cards. We never ask for a deposit. Earn 3000 a week!"})) {
      DocumentResult r = X.extract(d[0], d[1]);
      System.out.println(d[1]);
      r.features().forEach(f -> System.out.println("   " + f));
    }
  }
}

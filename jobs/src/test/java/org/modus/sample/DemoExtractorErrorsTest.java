package org.modus.sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.modus.extract.DocumentExtractor;
import org.modus.extract.ExtractedFeature;

/**
 * The sample's deliberate extractor errors are errors of the real extractor: every paraphrase is
 * missed and every look-alike is found, in every language, while the plain cue sentences are found.
 */
class DemoExtractorErrorsTest {
  private static final DocumentExtractor X = DocumentExtractor.defaults();
  private static final List<String> LANGS = List.of("en", "fr", "es", "de");

  private static Set<String> found(String lang, String text) {
    return X.extract(lang, text).features().stream()
        .filter(f -> !f.negated())
        .map(ExtractedFeature::label)
        .collect(Collectors.toSet());
  }

  private static void check(
      String label,
      boolean expectFound,
      java.util.function.Function<Phrases, String[]> bank,
      List<String> wrong) {
    for (String lang : LANGS) {
      for (String s : bank.apply(Phrases.of(lang))) {
        if (found(lang, s).contains(label) != expectFound) {
          wrong.add(
              lang
                  + " "
                  + label
                  + (expectFound ? " not found in: " : " found in: ")
                  + s
                  + " "
                  + found(lang, s));
        }
      }
    }
  }

  @Test
  void paraphrasesAreMissedByTheLexicon() {
    List<String> wrong = new ArrayList<>();
    check("payment_method/cryptocurrency", false, p -> p.cryptoHidden, wrong);
    check("deceptive_recruitment/job_abroad", false, p -> p.abroadHidden, wrong);
    check("payment_method/cash", false, p -> p.cashHidden, wrong);
    check("payment_method/bank_transfer", false, p -> p.bankHidden, wrong);
    check("platform/telegram", false, p -> p.telegramHidden, wrong);
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void lookAlikesAreFoundByTheLexicon() {
    List<String> wrong = new ArrayList<>();
    check("payment_method/cryptocurrency", true, p -> p.cryptoLookalike, wrong);
    check("deceptive_recruitment/job_abroad", true, p -> p.abroadLookalike, wrong);
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void plainCuesAreFound() {
    List<String> wrong = new ArrayList<>();
    check("payment_method/cryptocurrency", true, p -> p.crypto, wrong);
    check("deceptive_recruitment/job_abroad", true, p -> p.abroad, wrong);
    check("platform/vivastreet", true, p -> p.vivastreet, wrong);
    check("payment_method/cash", true, p -> new String[] {p.otherPayment[0]}, wrong);
    check("payment_method/bank_transfer", true, p -> new String[] {p.otherPayment[1]}, wrong);
    check("platform/telegram", true, p -> new String[] {p.otherPlatform[0]}, wrong);
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }
}

package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A job board's structured fields count like cues in the text
 * (data-schemas/config/metadata-signals.csv).
 */
class MetadataSignalsTest {
  private static final DocumentExtractor EXTRACTOR = DocumentExtractor.defaults();

  private static List<ExtractedFeature> fromMetadata(DocumentResult r) {
    return r.features().stream()
        .filter(f -> f.lexiconEntry().startsWith(MetadataSignals.ENTRY_PREFIX))
        .toList();
  }

  @Test
  void aRequiredExperienceOfNoneIsTheNoExperienceNeededSignalAndCountsInTheScore() {
    DocumentResult plain = EXTRACTOR.extract("en", "Warehouse operative wanted in Leeds.", "GB");
    DocumentResult withField =
        EXTRACTOR.extract(
            "en",
            "Warehouse operative wanted in Leeds.",
            "GB",
            Map.of("required_experience", "None", "remote", "false"));
    List<ExtractedFeature> signals = fromMetadata(withField);
    assertEquals(1, signals.size());
    ExtractedFeature f = signals.get(0);
    assertEquals("deceptive_recruitment/no_experience_needed", f.label());
    assertEquals("metadata:required_experience", f.lexiconEntry());
    assertEquals(-1, f.tokenStart());
    assertEquals(
        plain.deceptiveRecruitmentScore() + f.weight(),
        withField.deceptiveRecruitmentScore(),
        1e-9);
    assertTrue(f.weight() > 0);
  }

  @Test
  void aStatedRequirementGivesNothingAndTheValueMustMatchWhole() {
    assertEquals(
        List.of(),
        fromMetadata(
            EXTRACTOR.extract(
                "en", "Driver wanted.", null, Map.of("required_experience", "Mid-Senior level"))));
    assertEquals(
        List.of(),
        fromMetadata(
            EXTRACTOR.extract(
                "en",
                "Driver wanted.",
                null,
                Map.of("required_experience", "none of your business, 5 years"))));
    assertEquals(
        1,
        fromMetadata(
                EXTRACTOR.extract(
                    "fr",
                    "Chauffeur recherché.",
                    null,
                    Map.of("required_experience", "Sans expérience")))
            .size());
  }

  @Test
  void aCategoryFoundInTheTextAndTheFieldCountsOnceInTheScore() {
    DocumentResult text = EXTRACTOR.extract("en", "Cleaners wanted, no experience needed.", null);
    DocumentResult both =
        EXTRACTOR.extract(
            "en",
            "Cleaners wanted, no experience needed.",
            null,
            Map.of("required_experience", "none"));
    assertEquals(text.deceptiveRecruitmentScore(), both.deceptiveRecruitmentScore(), 1e-9);
  }

  @Test
  void everyShippedSignalNamesAKnownFieldATaxonomyCategoryAndItsSource() {
    MetadataSignals signals = MetadataSignals.load();
    assertTrue(!signals.rules().isEmpty());
  }
}

package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modus.schemas.Taxonomy;

class LexiconTest {
  private final Lexicon lexicon = Lexicon.load();

  @Test
  void everyCueNamesACategoryOfTheTaxonomy() {
    assertFalse(lexicon.entries().isEmpty());
    for (LexiconEntry e : lexicon.entries()) {
      assertTrue(Taxonomy.v1().isKnown(e.family(), e.category()), e.source() + " " + e.category());
    }
  }

  @Test
  void enFrEsHaveCuesForEveryCategoryOfTheAdFacingFamilies() {
    List<String> missing = new ArrayList<>();
    for (String lang : Taxonomy.LANGUAGES) {
      Set<String> covered = new HashSet<>();
      lexicon.entriesFor(lang).forEach(e -> covered.add(e.family() + "/" + e.category()));
      for (String family : Lexicon.FULLY_COVERED_FAMILIES) {
        for (Taxonomy.Category c : Taxonomy.v1().categories(family)) {
          if (!covered.contains(family + "/" + c.id())) {
            missing.add(lang + ":" + family + "/" + c.id());
          }
        }
      }
    }
    assertEquals(List.of(), missing, "categories without cues");
  }

  @Test
  void theLexiconHasAVersionAndUniqueEntryIds() {
    assertTrue(lexicon.version().startsWith("v"), lexicon.version());
    Set<String> ids = new HashSet<>();
    lexicon.entries().forEach(e -> assertTrue(ids.add(e.id()), "duplicate id " + e.id()));
  }

  @Test
  void aRowWithAnUnknownCategoryFailsNamingFileAndRecord() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Lexicon.loadFrom("test-lexicon-bad/lexicon.properties"));
    assertTrue(e.getMessage().contains("cues-bad.csv record 2"), e.getMessage());
    assertTrue(e.getMessage().contains("payment_method/pigeon_post"), e.getMessage());
  }

  @Test
  void aCueNamingAnUndefinedContextSetIsRefused() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Lexicon.loadFrom("test-lexicon-badcontext/lexicon.properties"));
    assertTrue(e.getMessage().contains("no_such_set"), e.getMessage());
  }

  @Test
  void patternAlternativesExpandPerSlot() {
    assertEquals(
        List.of("nouveau en ville", "nouvelle en ville"),
        LanguageMatcher.expand("nouveau|nouvelle en ville"));
  }

  @Test
  void scoreWeightsCarryTheirSourceAndOnlyScoreTwoFamilies() {
    ScoreWeights w = ScoreWeights.load();
    assertEquals(2.0, w.weightOf("ad_indicator", "trust_language"));
    assertEquals(0.25, w.weightOf("ad_indicator", "mobility"));
    assertEquals(null, w.weightOf("payment_method", "cash"));
  }
}

package org.modus.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TaxonomyTest {
  private final Taxonomy taxonomy = Taxonomy.v1();

  @Test
  void everyPlatformMapsToAKnownRecruitmentChannel() {
    assertFalse(taxonomy.categories("platform").isEmpty());
    for (Taxonomy.Category platform : taxonomy.categories("platform")) {
      String channel =
          taxonomy
              .channelOf(platform.id())
              .orElseThrow(() -> new AssertionError(platform.id() + " has no channel"));
      assertTrue(
          taxonomy.isKnown("recruitment_channel", channel), platform.id() + " -> " + channel);
    }
  }

  @Test
  void idsAreLowercaseAsciiWithUnderscores() {
    for (String family : taxonomy.families()) {
      assertTrue(family.matches("[a-z][a-z0-9_]*"), family);
      for (Taxonomy.Category c : taxonomy.categories(family)) {
        assertTrue(c.id().matches("[a-z][a-z0-9_]*"), c.id());
      }
    }
  }

  @Test
  void contractExamplesResolve() {
    assertEquals("messaging_app", taxonomy.channelOf("telegram").orElseThrow());
    assertEquals("classified_site", taxonomy.channelOf("vivastreet").orElseThrow());
    assertEquals(
        "Cryptomonnaies", taxonomy.categoryLabel("payment_method", "cryptocurrency", "fr"));
    assertTrue(taxonomy.isKnown("control_coercion", "debt_bondage"));
    assertFalse(taxonomy.isKnown("payment_method", "debt_bondage"));
  }

  @Test
  void everyCategoryHasALabelInEveryReportLanguage() {
    for (String family : taxonomy.families()) {
      for (Taxonomy.Category c : taxonomy.categories(family)) {
        for (String lang : Taxonomy.LANGUAGES) {
          assertFalse(c.label(lang).isBlank(), family + "/" + c.id() + " " + lang);
        }
      }
    }
  }
}

package org.modus.schemas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AreasTest {
  @Test
  void theCodesSeenInTheRealGlotipFileStandForTheirM49Areas() {
    record Expected(String code, String level, String m49) {}
    for (Expected e :
        List.of(
            new Expected("SAM", "subregion", "005"),
            new Expected("SAF", "subregion", "018"),
            new Expected("CAR", "subregion", "029"),
            new Expected("CAS", "subregion", "143"),
            new Expected("EEU", "subregion", "151"),
            new Expected("MCN", "subregion", "057"),
            new Expected("MCA", "subregion", "017"))) {
      Areas.Area a =
          Areas.get()
              .byCode(e.code())
              .orElseThrow(() -> new AssertionError(e.code() + " is not listed"));
      assertEquals(e.level(), a.geoLevel(), e.code());
      assertEquals(e.m49(), a.m49Code(), e.code());
      assertEquals("observed", a.status(), e.code());
    }
  }

  @Test
  void lookupIgnoresCaseAndSpacesButNeverReadsACountryCodeAsAnArea() {
    assertEquals("South America", Areas.get().byCode(" sam ").orElseThrow().name());
    assertTrue(Areas.get().byCode("FRA").isEmpty());
    assertTrue(Areas.get().byCode("NAM").isEmpty(), "NAM is Namibia, not Northern America");
    assertTrue(Areas.get().byCode("").isEmpty());
    assertTrue(Areas.get().byCode(null).isEmpty());
    assertTrue(Areas.get().byCode("XYZ").isEmpty());
  }

  @Test
  void everyAreaHasALevelAThreeDigitM49CodeAndAParentRegionBelowRegionLevel() {
    Set<String> regions = Set.of("Africa", "Americas", "Asia", "Europe", "Oceania");
    for (Areas.Area a : Areas.get().all()) {
      assertTrue(Areas.LEVELS.contains(a.geoLevel()), a.code());
      assertTrue(a.m49Code().matches("\\d{3}"), a.code() + " m49 " + a.m49Code());
      assertTrue(Set.of("observed", "assumed").contains(a.status()), a.code());
      assertFalse(a.notes().isBlank(), a.code() + " says where its code comes from");
      assertTrue(Countries.get().byAlpha3(a.code()).isEmpty(), a.code() + " is a country code");
      if (a.geoLevel().equals("subregion")) {
        assertTrue(regions.contains(a.region()), a.code() + " region " + a.region());
      }
    }
    assertEquals(1, Areas.get().all().stream().filter(a -> a.geoLevel().equals("world")).count());
  }

  @Test
  void aPublishedNameMatchesTheNameOrAnAliasIgnoringCaseAndPunctuation() {
    Areas.Area mca = Areas.get().byCode("MCA").orElseThrow();
    assertTrue(mca.isNamed("Middle Africa"));
    assertTrue(mca.isNamed("central  africa"));
    assertFalse(mca.isNamed("Central America"), "the uncertain reading must be detectable");
  }
}

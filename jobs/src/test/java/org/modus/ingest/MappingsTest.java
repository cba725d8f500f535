package org.modus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.modus.ingest.Mappings.HtcdsField;
import org.modus.ingest.Mappings.TaxonomyId;
import org.modus.schemas.Taxonomy;

class MappingsTest {

  @Test
  void everyMappedIdExistsInTaxonomyV1() {
    List<TaxonomyId> ids = Mappings.get().allMappedIds();
    assertTrue(ids.size() > 40, "mapping files look empty: " + ids.size());
    for (TaxonomyId id : ids) {
      assertTrue(Taxonomy.v1().isKnown(id.family(), id.category()), "not in taxonomy v1: " + id);
    }
  }

  @Test
  void everyHtcdsMultiValuedFieldNamesATaxonomyFamily() {
    for (HtcdsField f : Mappings.get().htcdsFields()) {
      if (f.kind().startsWith("multi")) {
        assertTrue(Taxonomy.v1().families().contains(f.family()), f.toString());
      }
    }
  }

  @Test
  void ctdcFlagColumnsMapAcrossReleases() {
    assertEquals(
        List.of(new TaxonomyId("control_coercion", "withholds_documents")),
        Mappings.get().ctdcColumn("meansWithholdDocs").orElseThrow());
    assertEquals(
        List.of(new TaxonomyId("control_coercion", "withholds_documents")),
        Mappings.get().ctdcColumn("meansOfControlWithholdsDocuments").orElseThrow());
    assertEquals(List.of(), Mappings.get().ctdcColumn("recruiterRelationFriend").orElseThrow());
    assertTrue(Mappings.get().ctdcColumn("favouriteColour").isEmpty());
  }

  @Test
  void htcdsValuesMatchSynonymsAndTaxonomyLabels() {
    HtcdsField control = field("MethodsOfControl");
    assertEquals(
        Optional.of(Optional.of(new TaxonomyId("control_coercion", "withholds_documents"))),
        Mappings.get().htcdsValue(control, "Confiscation of documents"));
    HtcdsField platform = field("RecruitmentWebsitesAndApps");
    assertEquals(
        Optional.of(Optional.of(new TaxonomyId("platform", "telegram"))),
        Mappings.get().htcdsValue(platform, "TELEGRAM"));
    assertEquals(Optional.of(Optional.empty()), Mappings.get().htcdsValue(control, "Other"));
    assertFalse(Mappings.get().htcdsValue(control, "Something unheard of").isPresent());
  }

  @Test
  void codeListsNormalizePublishedCodes() {
    assertEquals(Optional.of("GRC"), Mappings.get().code("geo", "EL"));
    assertEquals(
        Optional.of("detected_victims"),
        Mappings.get().code("indicator", "Detected trafficking victims"));
    assertEquals(
        Optional.of("transgender_other"),
        Mappings.get().code("gender", "Transgender/NonConforming"));
  }

  private static HtcdsField field(String name) {
    return Mappings.get().htcdsFields().stream()
        .filter(f -> f.field().equals(name))
        .findFirst()
        .orElseThrow();
  }
}

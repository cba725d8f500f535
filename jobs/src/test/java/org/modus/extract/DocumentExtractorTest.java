package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.modus.engine.ModusException;
import org.modus.schemas.Taxonomy;

/** The extractor on single documents: what counts, what is negated, what is out of context. */
class DocumentExtractorTest {
  private static final DocumentExtractor X = DocumentExtractor.defaults();

  private static Set<String> present(String lang, String text) {
    return X.extract(lang, text).features().stream()
        .filter(f -> !f.negated())
        .map(ExtractedFeature::label)
        .collect(Collectors.toSet());
  }

  private static Set<String> negated(String lang, String text) {
    return X.extract(lang, text).features().stream()
        .filter(ExtractedFeature::negated)
        .map(ExtractedFeature::label)
        .collect(Collectors.toSet());
  }

  // --- negation and warning scope

  @Test
  void cuesAfterANegationAreRecordedAsNegatedAndDoNotCount() {
    assertTrue(
        negated("en", "No fees for candidates.").contains("deceptive_recruitment/upfront_fee"));
    assertFalse(
        present("en", "No fees for candidates.").contains("deceptive_recruitment/upfront_fee"));
    assertTrue(
        negated("fr", "Pas de frais pour ce poste.").contains("deceptive_recruitment/upfront_fee"));
    assertTrue(
        negated("es", "Sin depósito para el trabajo.")
            .contains("deceptive_recruitment/upfront_fee"));
    assertTrue(
        negated("en", "We never ask for a deposit for this job.")
            .contains("deceptive_recruitment/upfront_fee"));
  }

  @Test
  void aDepositWithNoWorkInSightIsAClientsBookingNotAnApplicantsFee() {
    assertFalse(
        present("en", "Gift cards accepted for deposits, text me.")
            .contains("deceptive_recruitment/upfront_fee"));
    assertTrue(
        present("en", "Gift cards accepted for the training deposit before you start work.")
            .contains("deceptive_recruitment/upfront_fee"));
  }

  @Test
  void aNegationCarriesAlongAListButStopsAtAClauseBoundary() {
    String text =
        "We do not require a deposit or any upfront fee for the job, but housing is provided.";
    assertTrue(negated("en", text).contains("deceptive_recruitment/upfront_fee"));
    assertFalse(present("en", text).contains("deceptive_recruitment/upfront_fee"));
    assertTrue(present("en", text).contains("deceptive_recruitment/accommodation_provided"));
  }

  @Test
  void cuesQuotedInAWarningAreNotOffered() {
    String text = "Beware of ads asking for gift cards. Pay by bank transfer.";
    assertTrue(negated("en", text).contains("payment_method/gift_prepaid_card"));
    assertTrue(
        present("en", text).contains("payment_method/bank_transfer"), "next sentence unaffected");
    assertTrue(
        negated("fr", "Méfiez-vous des annonces qui demandent des coupons PCS.")
            .contains("payment_method/gift_prepaid_card"));
    assertTrue(
        negated("es", "Cuidado con las ofertas que piden tarjetas regalo.")
            .contains("payment_method/gift_prepaid_card"));
  }

  @Test
  void aNegationWordInsideACueIsPartOfTheCue() {
    assertTrue(
        present("en", "No experience needed, no papers required.")
            .containsAll(
                Set.of(
                    "deceptive_recruitment/no_experience_needed",
                    "deceptive_recruitment/documents_irregular")));
    assertTrue(
        present("es", "Sin experiencia, sin papeles.")
            .containsAll(
                Set.of(
                    "deceptive_recruitment/no_experience_needed",
                    "deceptive_recruitment/documents_irregular")));
  }

  // --- ambiguous words

  @Test
  void ambiguousWordsAreNotFeaturesOutOfContext() {
    assertEquals(Set.of("labour_sector/hospitality"), present("en", "Line cook wanted."));
    assertEquals(Set.of(), present("en", "Cashier wanted for a grocery store."));
    assertEquals(Set.of("labour_sector/cleaning"), present("en", "Steam cleaning experience."));
    assertEquals(Set.of(), present("en", "Zoom lens for sale."));
    assertEquals(Set.of(), present("en", "Indeed, the pay is fair."));
    assertEquals(Set.of(), present("en", "The signal is weak here."));
  }

  @Test
  void theSameWordsCountInTheirOwnContext() {
    assertTrue(present("en", "Add me on LINE.").contains("platform/line"));
    assertTrue(present("en", "Apply on Indeed today.").contains("platform/indeed"));
    assertTrue(present("en", "Interview on Zoom.").contains("platform/zoom"));
    assertTrue(present("en", "Steam account for my games.").contains("platform/steam"));
    assertTrue(present("en", "Paid cash daily.").contains("payment_method/cash"));
  }

  // --- obfuscation

  @Test
  void spellingGamesOfAdsAreSeenThrough() {
    Set<String> p = present("en", "Contact me on whats@pp, tele gram or in$ta.");
    assertTrue(
        p.containsAll(Set.of("platform/whatsapp", "platform/telegram", "platform/instagram")),
        p.toString());
    assertTrue(present("es", "Escríbeme al wsp o por telegr@m.").contains("platform/telegram"));
    assertTrue(
        present("en", "Pay with westernunion.").contains("payment_method/money_transfer_service"));
  }

  @Test
  void gluedPhrasesAreFoundWhateverThePiecesLookLikeAlone() {
    // "wh47" alone stays as written (too few letters to undo), "wh47sapp" folds to whatsapp.
    assertTrue(present("en", "Text me on wh47 sapp now.").contains("platform/whatsapp"));
    assertTrue(present("en", "Text me on what sapp now.").contains("platform/whatsapp"));
    assertTrue(
        present("en", "Send it by western union only.")
            .contains("payment_method/money_transfer_service"));
    assertTrue(
        present("fr", "Contactez-nous sur tele gramme.").contains("platform/telegram"),
        "a stem cut after a join");
  }

  @Test
  void spelledOutPhoneNumbersAreAnObscuredContact() {
    assertTrue(
        present("en", "Call five five five, one two three, four five six seven.")
            .contains("ad_indicator/obscured_contact"));
    assertFalse(
        present("en", "Two or three shifts a week.").contains("ad_indicator/obscured_contact"));
  }

  @Test
  void phoneDigitsSplitByOddCharactersAreAnObscuredContact() {
    // Text extraction sees what ingest left: numbers it missed, often glued to the words around
    // them.
    assertTrue(
        present("en", "Call me: 587*327*0874 tonight.").contains("ad_indicator/obscured_contact"));
    assertTrue(
        present("en", "Text 236=881=3867 for details.").contains("ad_indicator/obscured_contact"));
    assertTrue(
        present("en", "text/msg604_367_0461 babe").contains("ad_indicator/obscured_contact"));
    assertTrue(DocumentExtractor.splitPhone("647 :: 571 :: 0058"));
    assertTrue(DocumentExtractor.splitPhone("604,369,8628"));
    // Thousands, clock times, measurements, dates and prices are not phones.
    assertFalse(DocumentExtractor.splitPhone("1,000,000,000"));
    assertFalse(DocumentExtractor.splitPhone("8:30 - 11:00"));
    assertFalse(DocumentExtractor.splitPhone("33 - 20 - 33"));
    assertFalse(DocumentExtractor.splitPhone("2021-04-26"));
    assertFalse(
        DocumentExtractor.splitPhone("587-327-0874"), "a plain phone format is not obscured");
  }

  // --- taxonomy mapping, evidence, contacts

  @Test
  void everyPlatformAlsoCountsItsChannelAsTheTaxonomySays() {
    DocumentResult r = X.extract("en", "Message me on Telegram or Tinder.");
    for (ExtractedFeature f : r.features()) {
      if (f.family().equals("platform")) {
        String channel = Taxonomy.v1().channelOf(f.category()).orElseThrow();
        assertTrue(
            r.features().stream()
                .anyMatch(
                    g ->
                        g.family().equals("recruitment_channel")
                            && g.category().equals(channel)
                            && g.tokenStart() == f.tokenStart()),
            f.toString());
      }
    }
    assertEquals(2, r.features().stream().filter(f -> f.family().equals("platform")).count());
  }

  @Test
  void eachFeatureKeepsItsEvidence() {
    DocumentResult r = X.extract("fr", "Paiement en crypto uniquement.");
    ExtractedFeature f = r.features().get(0);
    assertEquals("payment_method/cryptocurrency", f.label());
    assertEquals("fr", f.language());
    assertEquals(2, f.tokenStart(), "Paiement(0) en(1) crypto(2)");
    assertEquals(3, f.tokenEnd());
    assertTrue(f.lexiconEntry().contains("cryptocurrency"), f.lexiconEntry());
    assertTrue(f.snippet().contains("crypto"), f.snippet());
  }

  @Test
  void contactsComeFromPlaceholdersAndSnippetsShowOnlyThePlaceholder() {
    DocumentResult r =
        X.extract("en", "Text [phone:3f9a01] or mail [email:77bb02], ask for [name:aa11].");
    Set<String> contacts =
        r.features().stream()
            .filter(f -> f.family().equals("contact"))
            .map(ExtractedFeature::category)
            .collect(Collectors.toSet());
    assertEquals(Set.of("phone", "email"), contacts, "a redacted name is not a contact");
    assertTrue(r.features().stream().anyMatch(f -> f.snippet().contains("[phone:3f9a01]")));
  }

  // --- scores

  @Test
  void scoresAreTheWeightedSumOfPresentCategories() {
    ScoreWeights w = ScoreWeights.load();
    DocumentResult r =
        X.extract("en", "Work abroad, free flight, no fees. New in town, 100% real.");
    double deceptive =
        w.weightOf("deceptive_recruitment", "job_abroad")
            + w.weightOf("deceptive_recruitment", "travel_arranged");
    double indicator =
        w.weightOf("ad_indicator", "mobility") + w.weightOf("ad_indicator", "trust_language");
    assertEquals(deceptive, r.deceptiveRecruitmentScore(), 1e-9, "the negated fee adds nothing");
    assertEquals(indicator, r.adIndicatorScore(), 1e-9);
    assertEquals(4, r.featureCount());
  }

  @Test
  void emptyTextHasNoFeatures() {
    assertEquals(List.of(), X.extract("en", "  ").features());
    assertEquals(List.of(), X.extract(null, null).features());
  }

  // --- languages and options

  @Test
  void frenchSpanishAndGermanTokenizersRunFromTheMainJar() {
    for (String lang : List.of("fr", "es", "de")) {
      List<Token> t = NlpPipelines.tokenize(lang, "Un deux. Trois quatre.", NlpOptions.defaults());
      assertEquals(6, t.size(), lang);
      assertEquals(1, t.get(5).sentence(), lang);
    }
  }

  @Test
  void modelAnnotatorsWithoutTheModelsJarFailWithTheFix() {
    NlpOptions withPos = NlpOptions.fromConfig(Map.of("annotators", "pos,lemma"));
    ModusException e =
        assertThrows(ModusException.class, () -> NlpPipelines.pipeline("en", withPos));
    assertTrue(e.getMessage().contains("stanford-corenlp:4.5.10:models"), e.getMessage());
  }

  @Test
  void unknownAnnotatorsAreRefusedByName() {
    ModusException e =
        assertThrows(
            ModusException.class,
            () -> NlpOptions.fromConfig(Map.of("annotators", "pos,sentiment")));
    assertTrue(e.getMessage().contains("sentiment"), e.getMessage());
    assertEquals("tokenize,ssplit", NlpOptions.fromConfig(Map.of()).annotatorList());
    assertEquals(
        "tokenize,ssplit,pos,lemma,ner",
        NlpOptions.fromConfig(Map.of("annotators", "ner")).annotatorList());
  }

  @Test
  void aContactIngestFoundWrittenToEvadeFiltersIsAnObscuredContact() {
    Set<String> p =
        present("en", "Call me [obscured_phone:3f9a01] or write [obscured_email:77bb02].");
    assertTrue(p.contains("ad_indicator/obscured_contact"), p.toString());
    assertTrue(p.contains("contact/phone") && p.contains("contact/email"), p.toString());
    assertFalse(present("en", "Call me [phone:3f9a01].").contains("ad_indicator/obscured_contact"));
  }
}

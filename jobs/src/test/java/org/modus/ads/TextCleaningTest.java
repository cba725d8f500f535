package org.modus.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.ads.text.AdLanguages;
import org.modus.ads.text.AdPlace;
import org.modus.ads.text.PostedDates;
import org.modus.ads.text.TextCleaner;

class TextCleaningTest {
  @Test
  void htmlMarkupAndEntitiesBecomePlainTextWithLineBreaks() {
    assertEquals(
        "Fish & chips\nOpen <late>",
        TextCleaner.clean("<p>Fish &amp; chips</p><p>Open &lt;late&gt;</p>"));
    assertEquals("one\ntwo", TextCleaner.clean("one<br>two"));
    // a no-break space between digits (thousands) is kept as written; elsewhere it is a plain space
    assertEquals(
        "Salary 1\u00a0500 €",
        TextCleaner.clean("<div>Salary&nbsp;1&#160;500&nbsp;&euro;<script>x()</script></div>"));
  }

  @Test
  void plainTextWithoutMarkupKeepsItsEntitiesAsWritten() {
    assertEquals(
        "Le formulaire affiche [email&#160;protected], ignorez.",
        TextCleaner.clean("Le formulaire affiche [email&#160;protected], ignorez."));
    assertEquals("R&amp;D team", TextCleaner.clean("R&amp;D team"));
    // with markup they are decoded
    assertEquals("R&D team", TextCleaner.clean("<b>R&amp;D</b> team"));
  }

  @Test
  void superscriptsOrdinalsFractionsAndSingleNoBreakSpacesAreKept() {
    assertEquals(
        "56 m², 125 cm³, H₂O, oferta nº 31, 2ª planta, piso 7º B, ½ journée",
        TextCleaner.clean("56 m², 125 cm³, H₂O, oferta nº 31, 2ª planta, piso 7º B, ½ journée"));
    assertEquals(
        "loyer 1\u202f650 € CC et 2\u00a0100 €",
        TextCleaner.clean("loyer 1\u202f650\u00a0€ CC et 2\u00a0100 €"));
    // runs of spaces, no-break spaces at a line's edge or between words, still collapse
    assertEquals(
        "a b\nc d e f", TextCleaner.clean("a \u00a0 b\u00a0\n\u202fc\u2009\u2009d\u00a0e\u202ff"));
    // what the detector reads: the same characters folded one for one, as NFKC would
    assertEquals("m2 no 2a o 1 650", TextCleaner.detectionFold("m² nº 2ª º 1\u202f650"));
  }

  @Test
  void everyOtherSpaceAndEveryRunOfSpacesBecomesOnePlainSpace() {
    // text of single plain spaces skips the replacement; any other space must still be seen
    for (String space : List.of("\t", "  ", "\u2003", "\u205f", "\u3000", " \u00a0")) {
      assertEquals("a b", TextCleaner.clean("a" + space + "b"), "a" + space + "b");
    }
    assertEquals("a b c", TextCleaner.clean("a b c"));
    assertEquals("a b", TextCleaner.clean("a b "));
  }

  @Test
  void plainTextKeepsItsLineBreaksAndLosesControlCharacters() {
    assertEquals("line one\nline two", TextCleaner.clean("  line one \r\n line\u0007 two  "));
    assertNull(TextCleaner.clean("  \n\t "));
    assertNull(TextCleaner.clean("<p> </p>"));
  }

  @Test
  void unicodeIsNormalizedNfkc() {
    // full-width letters, the "fi" ligature and a decomposed é all fold to their plain forms
    assertEquals("ABC fine café", TextCleaner.clean("ＡＢＣ ﬁne cafe\u0301"));
    assertEquals("0612 TM", TextCleaner.clean("０６１２ ™"));
  }

  @Test
  void mojibakeIsRepairedButGenuineLatinTextIsLeftAlone() {
    // "à" is C3 A0 in UTF-8; read as Windows-1252 that is "Ã" and a no-break space.
    assertEquals("Café à Paris", TextCleaner.clean("CafÃ© Ã\u00a0 Paris"));
    // "Ã" followed by a plain letter is no UTF-8 sequence: genuine text, left as it is.
    assertEquals("SÃO PAULO Ãbc", TextCleaner.repairMojibake("SÃO PAULO Ãbc"));
    assertTrue(TextCleaner.hasInvalidBytes("Caf\uFFFD"));
  }

  @Test
  void countriesResolveFromCodesNamesAndFreeTextButAreNeverGuessed() {
    assertEquals("FRA", AdPlace.of("FR", null).country().alpha3());
    assertEquals("ESP", AdPlace.of("Espagne", null).country().alpha3());
    assertEquals("ESP", AdPlace.of("España", null).country().alpha3());
    assertEquals("GBR", AdPlace.of("United Kingdom", null).country().alpha3());
    AdPlace paris = AdPlace.of("Paris, France", null);
    assertEquals("FRA", paris.country().alpha3());
    assertEquals("Paris", paris.city());
    AdPlace ny = AdPlace.of("US, NY, New York", null);
    assertEquals("USA", ny.country().alpha3());
    assertEquals("New York", ny.city());
    assertEquals("Lyon", AdPlace.of("Paris, France", "Lyon").city(), "a mapped city wins");
    AdPlace atlantis = AdPlace.of("Atlantis", null);
    assertNull(atlantis.country());
    assertEquals(AdPlace.COUNTRY_UNKNOWN, atlantis.flag());
    assertEquals(AdPlace.COUNTRY_MISSING, AdPlace.of(" ", null).flag());
  }

  @Test
  void datesParseInIsoTheSourceFormatAndNamedMonthsAndImpossibleDatesAreErrors() {
    PostedDates dates =
        new PostedDates(
            "MM/dd/yyyy",
            List.of("dd/MM/yyyy", "d MMMM yyyy"),
            LocalDate.of(1995, 1, 1),
            LocalDate.of(2025, 1, 1));
    assertEquals(LocalDate.of(2023, 5, 14), dates.parse("2023-05-14").date());
    assertEquals(LocalDate.of(2023, 5, 14), dates.parse("2023-05-14T10:00:00Z").date());
    assertEquals(LocalDate.of(2023, 5, 14), dates.parse("05/14/2023").date());
    assertEquals(LocalDate.of(2023, 5, 14), dates.parse("14 mai 2023").date());
    assertEquals(LocalDate.of(2023, 5, 14), dates.parse("14 mayo 2023").date());
    assertTrue(dates.parse("31/02/2023").problem() != null);
    assertTrue(dates.parse("yesterday").problem() != null);
    assertTrue(dates.parse("2030-01-01").problem().contains("out of range"));
    assertNull(dates.parse("").problem());
  }

  @Test
  void languageIsOneOfTheSupportedOnesOrOther() {
    assertEquals(
        "en",
        AdLanguages.detect("We are hiring cleaning staff for our hotel, full time, good pay.", 12));
    assertEquals(
        "fr",
        AdLanguages.detect(
            "Nous recrutons un agent d'entretien pour notre hôtel, temps plein.", 12));
    assertEquals(
        "es",
        AdLanguages.detect("Buscamos camarero para restaurante en Madrid, jornada completa.", 12));
    assertEquals(
        "de",
        AdLanguages.detect("Wir suchen eine Reinigungskraft für unser Hotel in Vollzeit.", 12));
    assertEquals(
        "other",
        AdLanguages.detect(
            "Cerchiamo personale per il nostro albergo, tempo pieno e buona paga.", 12));
    assertEquals("other", AdLanguages.detect("ok", 12));
  }

  @Test
  void languageIsJudgedOnTheConfiguredLeadingSampleOfALongAd() {
    String french =
        "Nous recrutons un agent d'entretien pour notre hôtel, temps plein, logement fourni. ";
    String english =
        "We are hiring cleaning staff for our hotel, full time, good pay and a friendly team. ";
    String ad = french.repeat(4) + english.repeat(20);
    assertEquals("en", AdLanguages.detect(ad, 12));
    assertEquals("fr", AdLanguages.detect(ad, AdsIngestSettings.defaults().languageSampling()));
    assertEquals(
        "fr",
        AdLanguages.detect(ad, AdsIngestSettings.defaults().languageSampling().withoutQuickStep()));
  }
}

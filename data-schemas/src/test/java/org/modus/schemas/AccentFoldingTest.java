package org.modus.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccentFoldingTest {
  @Test
  void numberWordsMatchWithoutCaseOrAccentsButKeepSharpS() {
    assertEquals("zero", AccentFolding.lowerNoAccents("Zéro"));
    assertEquals("dreißig", AccentFolding.lowerNoAccents("Dreißig"));
    assertEquals("quatre-vingt", AccentFolding.lowerNoAccents("Quatre-Vingt"));
  }

  @Test
  void mappingLabelsMatchWhateverTheirCaseAccentsAndPunctuation() {
    assertEquals("travail force autre", AccentFolding.labelKey("  Travail forcé (autre) "));
    assertEquals("respondent id", AccentFolding.labelKey("Respondent_ID"));
    assertEquals("", AccentFolding.labelKey(null));
    assertEquals("s ur", AccentFolding.labelKey("sœur"), "œ is not spelled out in mapping keys");
  }

  @Test
  void placeNamesAndCodesMatchWithoutSpacesPunctuationOrUndecomposableLetters() {
    assertEquals("us", AccentFolding.compactKey("U.S."));
    assertEquals("cotedivoire", AccentFolding.compactKey("Côte-d'Ivoire"));
    assertEquals("soeur", AccentFolding.compactKey("sœur"));
    assertEquals("strasse", AccentFolding.compactKey("Straße"));
  }

  @Test
  void adTokensLoseStyledLettersAccentsAndFoldEachLigatureToOneLetter() {
    assertEquals("whatsapp", AccentFolding.tokenLetters("ＷｈａｔｓＡｐｐ"));
    assertEquals("llegada", AccentFolding.tokenLetters("LLEGADA"));
    assertEquals("sor", AccentFolding.tokenLetters("sœr"));
    assertEquals("strase", AccentFolding.tokenLetters("straße"));
  }

  @Test
  void lexiconIdsKeepStyledLettersAndDropOnlyAccents() {
    assertEquals("frais payes", AccentFolding.lowerThenStripAccents("Frais PAYÉS"));
    assertEquals("ﬁ", AccentFolding.lowerThenStripAccents("ﬁ"));
  }
}

package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

  @Test
  void foldingRemovesCaseAndAccents() {
    assertEquals("deposito", TextFolding.fold("DEPÓSITO"));
    assertEquals("etranger", TextFolding.fold("Étranger"));
    assertEquals("recien", TextFolding.fold("recién"));
    assertEquals("senal", TextFolding.fold("señal"));
  }

  @Test
  void characterGamesOfAdsAreUndoneInWords() {
    assertEquals("whatsapp", TextFolding.fold("whats@pp"));
    assertEquals("insta", TextFolding.fold("in$ta"));
    assertEquals("telegram", TextFolding.fold("t3legr4m"));
    assertEquals("telegram", TextFolding.fold("tele-gram"));
    assertEquals("telegram", TextFolding.fold("t.e.l.e.g.r.a.m"));
  }

  @Test
  void hashtagsAndStyledLettersFoldToThePlainWord() {
    assertEquals("linkedin", TextFolding.fold("#LinkedIn"));
    assertEquals(
        "ig", TextFolding.fold("\uD835\uDD40\uD835\uDD3E"), "mathematical double-struck I G");
    assertEquals(
        "whatsapp",
        TextFolding.fold("\uFF37\uFF48\uFF41\uFF54\uFF53\uFF41\uFF50\uFF50"),
        "full-width");
    assertEquals("#", TextFolding.fold("#"));
    assertEquals("#1", TextFolding.fold("#1"), "a number sign is not a hashtag");
  }

  @Test
  void numbersAndAmountsAreNotMistakenForLeet() {
    assertEquals("24h", TextFolding.fold("24h"));
    assertEquals("24/7", TextFolding.fold("24/7"));
    assertEquals("3000eur", TextFolding.fold("3000EUR"));
    assertEquals("100%", TextFolding.fold("100%"));
  }

  @Test
  void pluralAndGenderFormsShareAKey() {
    assertEquals(TextFolding.key("en", "fee"), TextFolding.key("en", "fees"));
    assertEquals(TextFolding.key("en", "visa"), TextFolding.key("en", "visas"));
    assertEquals(TextFolding.key("fr", "logé"), TextFolding.key("fr", "logées"));
    assertEquals(TextFolding.key("fr", "payé"), TextFolding.key("fr", "payée"));
    assertEquals(TextFolding.key("es", "llegada"), TextFolding.key("es", "llegados"));
    assertEquals(TextFolding.key("es", "nueva"), TextFolding.key("es", "nuevo"));
    assertEquals(TextFolding.key("es", "papel"), TextFolding.key("es", "papeles"));
  }

  @Test
  void shortWordsAndDistinctWordsStayApart() {
    assertEquals("bus", TextFolding.key("en", "bus"));
    assertNotEquals(TextFolding.key("en", "cash"), TextFolding.key("en", "cashier"));
    assertNotEquals(TextFolding.key("en", "line"), TextFolding.key("en", "lines cook"));
  }

  @Test
  void stemsOnlyCutASuffixOfAtMostMaxStemCutCharacters() {
    // Glued-phrase matching relies on it: a token's key is a prefix of its fold.
    for (String lang : new String[] {"en", "fr", "es", "de", "other"}) {
      for (String word :
          new String[] {
            "arrivées",
            "logées",
            "payés",
            "travaux",
            "llegados",
            "papeles",
            "arbeiten",
            "fahrer",
            "stunden",
            "fees",
            "visas",
            "whatsapps",
            "bus",
            "cash"
          }) {
        String folded = TextFolding.fold(word);
        String key = TextFolding.stem(lang, folded);
        assertTrue(folded.startsWith(key), lang + " " + word + " -> " + key);
        assertTrue(
            folded.length() - key.length() <= TextFolding.MAX_STEM_CUT,
            lang + " " + word + " -> " + key);
      }
    }
    assertEquals(
        TextFolding.MAX_STEM_CUT,
        "arrivees".length() - TextFolding.stem("fr", "arrivees").length(),
        "French cuts a plural s and two e");
  }

  @Test
  void theLooseFormUndoesEveryCharacterGame() {
    assertEquals("what", TextFolding.undoLeetAndJoiners("wh47"));
    assertEquals("whats", TextFolding.undoLeetAndJoiners("w.h.a.t.s"));
    assertEquals("telegram", TextFolding.undoLeetAndJoiners("telegram"));
  }
}

package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The default annotators bypass the CoreNLP pipeline (SentenceTokenizer). That is only allowed
 * because it changes nothing: every text below gives the same tokens (text, key, sentence index)
 * both ways, in every tokenizer language and in a language without a tokenizer of its own.
 */
class SentenceTokenizerTest {
  static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "it");

  /** Pieces ads are made of, and pieces that stress tokenizers and sentence splitting. */
  static final List<String> PIECES =
      List.of(
          "Hello",
          "WORLD",
          "travail",
          "trabajo",
          "Arbeit",
          " ",
          "  ",
          "\n",
          "\n\n",
          "\r\n",
          "\t",
          ".",
          ",",
          "!",
          "?",
          "...",
          "?!",
          "'",
          "\u2019",
          "\"",
          "(",
          ")",
          "[",
          "]",
          "-",
          "--",
          "\u2014",
          "\u00ad",
          "\u2026",
          "\u00ab",
          "\u00bb",
          "\u201c",
          "\u201d",
          "whats@pp",
          "tele gram",
          "in$ta",
          "t3l3gr4m",
          "w.app",
          "t.e.l.e.g.r.a.m",
          "westernunion",
          "https://example.org/a?b=c",
          "www.foo.com",
          "desk12@example.org",
          "555-0199",
          "+33 6 12 34 56 78",
          "3000EUR",
          "24/7",
          "24h",
          "100%",
          "$500",
          "\u20ac200",
          "1,000",
          "1.000,50",
          "3:30pm",
          "l'homme",
          "aujourd'hui",
          "qu'il",
          "don't",
          "can't",
          "O'Neil",
          "rock'n'roll",
          "Dr.",
          "U.S.A.",
          "etc.",
          "a.m.",
          "No.",
          "Sr.",
          "Mme.",
          "\ud83d\ude00",
          "\ud83d\udcb0\ud83d\udcb0",
          "\u2764\ufe0f",
          "caf\u00e9",
          "cafe\u0301",
          "Stra\u00dfe",
          "se\u00f1al",
          "\u00bfQu\u00e9?",
          "\u00a1Hola!",
          "d\u00e9p\u00f4t",
          "M\u00e9fiez-vous",
          "vendez-le",
          "d\u00edmelo",
          "\u00e9crivez-moi",
          "aux",
          "du",
          "al",
          "del",
          "zum",
          "qqphaqq",
          "qqphbqq",
          "[phone:ab12cd]",
          "[email:77bb02]",
          "[name:aa11]",
          "\u2022",
          "|",
          ";",
          ":",
          "/",
          "&",
          "&amp;",
          "<b>",
          "</b>",
          "free-flight",
          "e-mail",
          "covid-19",
          "soft\u00adhyphen",
          "tele\u00ad gram",
          "\u00a0",
          "\u200b",
          "\u4e2d\u6587",
          "\u041f\u0440\u0438\u0432\u0435\u0442",
          ":-)",
          "<3",
          "*",
          "_",
          "1/2",
          "\u00bd",
          "five",
          "cinq");

  /** Texts that once broke (or could break) one tokenizer or the sentence splitter. */
  static final List<String> TEXTS =
      List.of(
          "",
          " ",
          "\n",
          ".",
          "Un deux. Trois quatre.",
          "No fees!!! Call now?! (Really.) Yes.",
          "Line one\nline two\n\nNew paragraph without a full stop\n\n\nThird",
          "Contact me on whats@pp, tele gram or in$ta.",
          "Text [phone:3f9a01] or qqphaqq now.",
          "Visit https://example.org/jobs?id=3 or www.jobs.example. Mail desk1@example.org!",
          "J'ai vu l'annonce aujourd'hui : \u00ab logement offert \u00bb, pas de frais.",
          "\u00bfTrabajo en el extranjero? \u00a1Sin experiencia! Escr\u00edbeme al wsp.",
          "Arbeit im Ausland, Unterkunft gestellt. Keine Geb\u00fchren!",
          "Soft\u00adhyphen\u00ad words and tele\u00adgram.",
          "Emoji \ud83d\ude00\ud83d\udcb0 money \u2764\ufe0f.",
          "Mr. Smith and Dr. Who met at 3 p.m. in the U.S. They left.",
          "\"Quoted.\" Then 'single.' Then (paren.)",
          "five five five, one two three, four five six seven.",
          "...",
          "?!?",
          "a\u2028b\u2029c\u0085d\u000be\ff");

  static List<Token> fast(String lang, String text) {
    return NlpPipelines.tokenize(lang, text, NlpOptions.defaults());
  }

  static List<Token> pipeline(String lang, String text) {
    return NlpPipelines.tokenizeWithPipeline(lang, text, NlpOptions.defaults());
  }

  static void assertSameTokens(String lang, String text) {
    assertEquals(
        pipeline(lang, text), fast(lang, text), () -> lang + ": " + text.replace("\n", "\\n"));
  }

  @Test
  void trickyTextsAndEveryPieceAlone() {
    for (String lang : LANGUAGES) {
      for (String text : TEXTS) {
        assertSameTokens(lang, text);
      }
      for (String piece : PIECES) {
        assertSameTokens(lang, piece);
      }
    }
  }

  @Test
  void randomMixturesOfThePieces() {
    SplittableRandom r = new SplittableRandom(20240611L);
    for (int k = 0; k < 3000; k++) {
      StringBuilder b = new StringBuilder();
      int pieces = 1 + r.nextInt(30);
      for (int j = 0; j < pieces; j++) {
        b.append(PIECES.get(r.nextInt(PIECES.size())));
        int sep = r.nextInt(10);
        if (sep < 6) {
          b.append(' ');
        } else if (sep == 6) {
          b.append('\n');
        }
      }
      assertSameTokens(LANGUAGES.get(k % LANGUAGES.size()), b.toString());
    }
  }

  @Test
  void theGoldSetInEveryLanguage() {
    List<GoldDocument> gold = ExtractionEvaluation.readGold(ExtractionGoldTest.GOLD);
    for (GoldDocument d : gold) {
      for (String lang : LANGUAGES) {
        assertSameTokens(lang, d.text());
      }
    }
  }

  @Test
  void sentencesEndAtFinalPunctuationNotAtNewlines() {
    List<Token> t = fast("en", "Paid daily.\n\nNo papers\nneeded! Call");
    List<Integer> sentences = new ArrayList<>();
    t.forEach(x -> sentences.add(x.sentence()));
    assertEquals(List.of(0, 0, 0, 1, 1, 1, 1, 2), sentences, t.toString());
  }
}

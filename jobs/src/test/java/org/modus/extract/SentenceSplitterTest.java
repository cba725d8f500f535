package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * SentenceSplitter is CoreNLP's default WordToSentenceProcessor with the unreachable parts left
 * out: on any token stream it cuts exactly where WordToSentenceProcessor cuts and drops what it
 * drops.
 */
class SentenceSplitterTest {
  /**
   * Words that end, follow, or are discarded at sentence ends, quotes that must pair, and plain
   * words.
   */
  static final List<String> WORDS =
      List.of(
          ".",
          "!",
          "?",
          "?!",
          "!!!",
          "\u3002",
          "\uff01",
          "\uff1f",
          "...",
          "'",
          "\"",
          "''",
          "\u2019\u2019",
          ")",
          "]",
          "}",
          ">",
          "\u00bb",
          "\u201d",
          "\u2019",
          "\uff09",
          "-RRB-",
          "-RSB-",
          "-LRB-",
          "(",
          "\u00ab",
          "\u201c",
          "*NL*",
          "\n",
          "\u2029",
          "",
          "word",
          "Word",
          "3",
          "a.",
          "U.S.",
          "-",
          ",",
          ";");

  static final WordToSentenceProcessor<CoreLabel> CORENLP =
      new WordToSentenceProcessor<>(
          null, null, null, null, WordToSentenceProcessor.NewlineIsSentenceBreak.NEVER, null, null);

  static CoreLabel token(String word, String original) {
    CoreLabel t = new CoreLabel();
    t.setWord(word);
    t.setValue(word);
    t.setOriginalText(original);
    return t;
  }

  /**
   * Each sentence as the positions of its tokens in the stream: compares identity, not equality.
   */
  static List<List<Integer>> positions(List<CoreLabel> stream, List<List<CoreLabel>> sentences) {
    List<List<Integer>> out = new ArrayList<>();
    for (List<CoreLabel> s : sentences) {
      List<Integer> p = new ArrayList<>();
      for (CoreLabel t : s) {
        int i = 0;
        while (stream.get(i) != t) {
          i++;
        }
        p.add(i);
      }
      out.add(p);
    }
    return out;
  }

  static void assertSplitsLikeCoreNlp(List<CoreLabel> stream) {
    assertEquals(
        positions(stream, CORENLP.process(stream)),
        positions(stream, SentenceSplitter.split(stream)),
        stream::toString);
  }

  @Test
  void cutsWhereWordToSentenceProcessorCutsOnRandomStreams() {
    SplittableRandom r = new SplittableRandom(7L);
    for (int k = 0; k < 20_000; k++) {
      List<CoreLabel> stream = new ArrayList<>();
      int n = r.nextInt(25);
      for (int i = 0; i < n; i++) {
        String w = WORDS.get(r.nextInt(WORDS.size()));
        // A paragraph separator as a token's original text forces a sentence end, whatever its
        // word.
        String original = r.nextInt(12) == 0 ? "\u2029" : w;
        stream.add(token(w, original));
      }
      assertSplitsLikeCoreNlp(stream);
    }
  }

  @Test
  void closingQuotesAndBracketsStayWithTheSentenceTheyClose() {
    List<CoreLabel> stream = new ArrayList<>();
    for (String w :
        List.of(
            "\"", "Go", ".", "\"", "Then", "'", "stop", "!", "'", ")", "Next", ".", "\"", "End")) {
      stream.add(token(w, w));
    }
    assertSplitsLikeCoreNlp(stream);
    assertEquals(
        List.of(List.of(0, 1, 2, 3), List.of(4, 5, 6, 7, 8, 9), List.of(10, 11), List.of(12, 13)),
        positions(stream, SentenceSplitter.split(stream)));
  }

  @Test
  void theBoundaryShortcutRestsOnCoreNlp4510sExpression() {
    // mayBeBoundary skips words starting with a letter or digit: true of this expression only.
    assertEquals("[.\u3002]|[!?\uff01\uff1f]+", WordToSentenceProcessor.DEFAULT_BOUNDARY_REGEX);
  }
}

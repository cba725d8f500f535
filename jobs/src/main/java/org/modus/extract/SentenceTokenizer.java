package org.modus.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's tokenize and ssplit without {@code StanfordCoreNLP.annotate}, for the default
 * annotators. With only those, the pipeline is the language's tokenizer followed by a {@link
 * WordToSentenceProcessor}; the rest of what it does (annotation maps, token and sentence indices,
 * newline flags, one CoreMap per sentence) is never read by the extractor and cost about a tenth of
 * the extraction time.
 *
 * <p>The tokenizer is taken from a {@link TokenizerAnnotator} built from the very properties the
 * pipeline gets, so its options (ours plus the ones CoreNLP adds) cannot drift from the pipeline's.
 * Sentences are split as CoreNLP 4.5.10's {@code WordsToSentencesAnnotator(Properties)} splits them
 * when no {@code ssplit.*} property is set (see {@link SentenceSplitter}). {@code
 * SentenceTokenizerTest} checks, token for token and sentence for sentence, that this and the
 * pipeline agree; rerun it when upgrading CoreNLP.
 */
final class SentenceTokenizer {
  private final TokenizerAnnotator tokenizer;

  /**
   * Build once per language and JVM: the tokenizer factory is immutable and shared by all threads.
   */
  SentenceTokenizer(Properties props) {
    for (String name : props.stringPropertyNames()) {
      if (name.startsWith("ssplit.")) {
        // SentenceSplitter is only the default splitter; the pipeline would honour this property.
        throw new IllegalArgumentException("SentenceTokenizer does not support " + name);
      }
    }
    this.tokenizer = new TokenizerAnnotator(props);
  }

  /**
   * The text's sentences, each the list of its tokens, as the pipeline's SentencesAnnotation has
   * them.
   */
  List<List<CoreLabel>> sentences(String text) {
    // As TokenizerAnnotator does: some lexer rules need a character after a token (JFlex has no
    // end-of-input look-ahead), so a space is appended; it never becomes a token.
    List<CoreLabel> tokens = tokenizer.getTokenizer(new StringReader(text + " ")).tokenize();
    return SentenceSplitter.split(tokens);
  }
}

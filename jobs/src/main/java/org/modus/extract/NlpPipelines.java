package org.modus.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.modus.engine.ModusException;

/**
 * CoreNLP pipelines, one per (language, annotators) and per JVM. Pipelines are expensive to build
 * and not serializable, so executors build them lazily here and keep them for the JVM's life;
 * CoreNLP's own threads stay at 1 because Spark already runs one task per core.
 */
public final class NlpPipelines {
  /** Languages with a CoreNLP tokenizer of their own; anything else is tokenized as English. */
  public static final List<String> TOKENIZER_LANGUAGES = List.of("en", "fr", "es", "de");

  private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

  /** The default annotators' tokenizers, by tokenizer language. */
  private static final Map<String, SentenceTokenizer> TOKENIZERS = new ConcurrentHashMap<>();

  private NlpPipelines() {}

  /**
   * The language whose tokenizer (and stemming) a document gets: its own if CoreNLP has one, else
   * en.
   */
  static String tokenizerLanguage(String lang) {
    return TOKENIZER_LANGUAGES.contains(lang) ? lang : "en";
  }

  /**
   * The properties for a language and annotator set: explicit, so no default model is ever loaded.
   */
  static Properties properties(String lang, NlpOptions options) {
    String tokLang = tokenizerLanguage(lang);
    Properties p = new Properties();
    p.setProperty("annotators", options.annotatorList());
    p.setProperty("tokenize.language", tokLang);
    p.setProperty("threads", "1");
    if (tokLang.equals("en") || tokLang.equals("de")) {
      // Keep brackets and quotes as written: snippets show them and placeholders are pre-protected.
      p.setProperty(
          "tokenize.options",
          "invertible=false,ptb3Escaping=false,normalizeParentheses=false,normalizeOtherBrackets=false,"
              + "untokenizable=noneDelete");
    } else if (tokLang.equals("es")) {
      // splitAll would split clitics with a model-free heuristic that mangles brand names; keep
      // words whole.
      p.setProperty(
          "tokenize.options",
          "ptb3Escaping=false,normalizeParentheses=false,normalizeOtherBrackets=false,splitAll=false,"
              + "untokenizable=noneDelete");
    } else {
      p.setProperty("tokenize.options", "ptb3Escaping=false,untokenizable=noneDelete");
    }
    if (options.wants("pos") || options.wants("lemma") || options.wants("ner")) {
      options.requireModels(tokLang);
    }
    if (options.wants("ner")) {
      // Names only matter for redaction; skip the slow rule-based sub-annotators.
      p.setProperty("ner.applyNumericClassifiers", "false");
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.buildEntityMentions", "false");
    }
    return p;
  }

  static StanfordCoreNLP pipeline(String lang, NlpOptions options) {
    Properties props = properties(lang, options);
    return PIPELINES.computeIfAbsent(
        keyOf(props),
        k -> {
          try {
            return new StanfordCoreNLP(props, false);
          } catch (RuntimeException e) {
            throw new ModusException(
                "Cannot build the CoreNLP pipeline for language "
                    + lang
                    + " with "
                    + options.annotatorList()
                    + ": "
                    + e.getMessage()
                    + ". "
                    + NlpOptions.MODELS_HINT,
                e);
          }
        });
  }

  private static String keyOf(Properties p) {
    return new TreeMap<>(p).toString();
  }

  /**
   * Tokenizes (and optionally tags) a text; keys are computed with the same language's folding.
   * With the default annotators the pipeline is bypassed (see {@link SentenceTokenizer}): same
   * tokens, same sentences, less work.
   */
  public static List<Token> tokenize(String lang, String text, NlpOptions options) {
    if (!options.extra().isEmpty()) {
      return tokenizeWithPipeline(lang, text, options);
    }
    String tokLang = tokenizerLanguage(lang);
    SentenceTokenizer tokenizer =
        TOKENIZERS.computeIfAbsent(tokLang, l -> new SentenceTokenizer(properties(l, options)));
    // The tokenizers set no lemma or NER tag: only the pos, lemma and ner annotators do.
    return tokens(lang, tokenizer.sentences(text), false);
  }

  /**
   * Always through {@code StanfordCoreNLP.annotate}: the reference the fast path is tested against.
   */
  static List<Token> tokenizeWithPipeline(String lang, String text, NlpOptions options) {
    Annotation doc = new Annotation(text);
    pipeline(lang, options).annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return new ArrayList<>();
    }
    List<List<CoreLabel>> tokens = new ArrayList<>(sentences.size());
    for (CoreMap sentence : sentences) {
      tokens.add(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
    return tokens(lang, tokens, true);
  }

  private static List<Token> tokens(String lang, List<List<CoreLabel>> sentences, boolean tagged) {
    List<Token> out = new ArrayList<>();
    KeyCache keys = KeyCache.forThread(tokenizerLanguage(lang));
    int s = 0;
    for (List<CoreLabel> sentence : sentences) {
      for (CoreLabel t : sentence) {
        String word =
            t.originalText() != null && !t.originalText().isEmpty() ? t.originalText() : t.word();
        out.add(
            new Token(word, keys.key(word), s, tagged ? t.lemma() : null, tagged ? t.ner() : null));
      }
      s++;
    }
    return out;
  }
}

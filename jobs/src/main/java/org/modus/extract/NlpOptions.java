package org.modus.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modus.engine.ModusException;

/**
 * Which CoreNLP annotators a run uses ({@code extract: {annotators: pos,lemma}} in the run config).
 * Default: tokenize and ssplit only, which need no model jar. pos, lemma and ner need the CoreNLP
 * models jar on the classpath; asking for them without it fails at once with the fix.
 */
public record NlpOptions(Set<String> extra) implements Serializable {
  public static final String CONFIG_KEY = "annotators";
  static final List<String> OPTIONAL = List.of("pos", "lemma", "ner");
  static final String MODELS_HINT =
      "The pos, lemma and ner annotators need the CoreNLP models jar "
          + "(edu.stanford.nlp:stanford-corenlp:4.5.10:models, about 475 MB), which the default build leaves "
          + "out: add it to the classpath (e.g. MODUS_EXTRA_CLASSPATH or spark-submit --jars "
          + "stanford-corenlp-4.5.10-models.jar; see docs/extraction.md) or drop 'annotators' from the "
          + "extract config";

  /** A file every models jar holds; its absence means the jar is not on the classpath. */
  static final String ENGLISH_POS_MODEL =
      "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  public NlpOptions {
    extra = Set.copyOf(extra);
  }

  public static NlpOptions defaults() {
    return new NlpOptions(Set.of());
  }

  /**
   * Parses the run config's extract map; unknown annotators are an error naming the allowed ones.
   */
  public static NlpOptions fromConfig(Map<String, String> extractConfig) {
    String raw = extractConfig == null ? null : extractConfig.get(CONFIG_KEY);
    if (raw == null || raw.isBlank()) {
      return defaults();
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (String a : raw.split("[,\\s]+")) {
      String name = a.strip().toLowerCase(java.util.Locale.ROOT);
      if (name.isEmpty() || name.equals("tokenize") || name.equals("ssplit")) {
        continue;
      }
      if (!OPTIONAL.contains(name)) {
        throw new ModusException(
            "extract.annotators: unknown annotator '"
                + a
                + "'; allowed: tokenize, "
                + "ssplit (always on), "
                + String.join(", ", OPTIONAL));
      }
      wanted.add(name);
    }
    if (wanted.contains("lemma")) {
      wanted.add("pos");
    }
    if (wanted.contains("ner")) {
      wanted.add("pos");
      wanted.add("lemma");
    }
    return new NlpOptions(wanted);
  }

  public boolean wants(String annotator) {
    return extra.contains(annotator);
  }

  /** The CoreNLP annotators property, in dependency order. */
  public String annotatorList() {
    List<String> list = new ArrayList<>(List.of("tokenize", "ssplit"));
    for (String a : OPTIONAL) {
      if (extra.contains(a)) {
        list.add(a);
      }
    }
    return String.join(",", list);
  }

  /** Fails with the fix when the models jar is missing. */
  void requireModels(String lang) {
    if (NlpOptions.class.getClassLoader().getResource(ENGLISH_POS_MODEL) == null) {
      throw new ModusException(
          "extract.annotators="
              + annotatorList()
              + " was requested (language "
              + lang
              + ") but the CoreNLP models are not on the classpath. "
              + MODELS_HINT);
    }
  }
}

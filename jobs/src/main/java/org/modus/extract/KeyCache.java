package org.modus.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * A per-thread memo of {@link TextFolding#key} for one language. Ad vocabulary is Zipfian, so most
 * tokens of a document were folded and stemmed before on the same thread; a hash look-up replaces
 * the lower-casing, accent stripping, leet undoing and stemming. {@code key} is a pure function, so
 * a memo cannot change a result. Bounded by clearing it when full: simpler than an LRU, and a
 * Zipfian stream refills the few hot words at once.
 */
final class KeyCache {
  static final int MAX_ENTRIES = 20_000;
  private static final ThreadLocal<Map<String, KeyCache>> WORDS =
      ThreadLocal.withInitial(HashMap::new);

  /**
   * Joins of adjacent tokens tried for glued phrases: many more distinct ones, kept apart from
   * words.
   */
  private static final ThreadLocal<Map<String, KeyCache>> JOINS =
      ThreadLocal.withInitial(HashMap::new);

  private final String lang;
  private final HashMap<String, String> keys = new HashMap<>(1024);

  private KeyCache(String lang) {
    this.lang = lang;
  }

  /**
   * This thread's memo of token keys in {@code lang}; look it up once per document, not per token.
   */
  static KeyCache forThread(String lang) {
    return WORDS.get().computeIfAbsent(lang, KeyCache::new);
  }

  /** This thread's memo of the keys of joined tokens ({@link PhraseIndex}) in {@code lang}. */
  static KeyCache forJoins(String lang) {
    return JOINS.get().computeIfAbsent(lang, KeyCache::new);
  }

  /** Same as {@code TextFolding.key(lang, text)}. */
  String key(String text) {
    String k = keys.get(text);
    if (k == null) {
      if (keys.size() >= MAX_ENTRIES) {
        keys.clear();
      }
      k = TextFolding.key(lang, text);
      keys.put(text, k);
    }
    return k;
  }
}

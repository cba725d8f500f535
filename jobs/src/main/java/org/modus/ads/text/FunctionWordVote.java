package org.modus.ads.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.modus.schemas.ModusResources;

/**
 * The language of a text by a count of its function words ({@code
 * data-schemas/reference/function-words.csv}): articles, pronouns and prepositions that belong to
 * one of the languages ingest tells apart or to one of its decoys. Running text of any length is
 * mostly such words, so a clear count names the language at the cost of one pass over the
 * characters, where Lingua looks up every trigram in six models; an unclear count (a short ad, a
 * list of prices, two languages mixed) is left to Lingua.
 */
public final class FunctionWordVote {
  static final String RESOURCE = "reference/function-words.csv";

  /** Lower-cased word to its language code. */
  private static final Map<String, String> WORDS = read();

  /** Longer words are not looked up. */
  private static final int LONGEST =
      WORDS.keySet().stream().mapToInt(String::length).max().orElse(0);

  private FunctionWordVote() {}

  private static Map<String, String> read() {
    Map<String, String> words = new HashMap<>();
    for (CSVRecord r : ModusResources.csv(RESOURCE)) {
      String word = r.get("word").toLowerCase(Locale.ROOT);
      String previous = words.put(word, r.get("language"));
      if (previous != null) {
        throw new IllegalStateException(
            RESOURCE + ": '" + word + "' is listed for two languages; a shared word is no vote");
      }
    }
    return Map.copyOf(words);
  }

  /** The languages the file votes for: the codes a decision can be. */
  static java.util.Set<String> languages() {
    return java.util.Set.copyOf(WORDS.values());
  }

  /**
   * The language whose function words in {@code text} number at least {@code minWords} and at least
   * {@code minLead} times those of any other language, or null when no language leads so clearly.
   */
  public static String decide(String text, int minWords, double minLead) {
    if (minWords <= 0 || text == null) {
      return null;
    }
    Map<String, Integer> counts = new HashMap<>(8);
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start && i - start <= LONGEST) {
        String language = WORDS.get(text.substring(start, i).toLowerCase(Locale.ROOT));
        if (language != null) {
          counts.merge(language, 1, Integer::sum);
        }
      }
    }
    String best = null;
    int top = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int c = e.getValue();
      if (c > top) {
        second = top;
        top = c;
        best = e.getKey();
      } else if (c > second) {
        second = c;
      }
    }
    return top >= minWords && top >= minLead * second ? best : null;
  }
}

package org.modus.schemas;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The number words of {@code data-schemas/lexicon/number-words.csv}, the single list that ingest
 * (phone numbers written in words) and extraction (the obscured-contact indicator) both read. Words
 * are looked up {@link AccentFolding#lowerNoAccents folded}: lower case, accents removed, so "Zéro"
 * and "zero" are one key.
 */
public final class NumberWords implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String RESOURCE = "lexicon/number-words.csv";

  /** What a number word stands for. */
  public enum Kind {
    DIGIT,
    TEEN,
    TENS,
    CONNECTOR,
    REPEAT,
    /** 100..900 in one word, absorbing a following tens, teen or digit: "seiscientos setenta". */
    HUNDREDS
  }

  /** One row: {@code word} as written in the file; a phrase uses "-" between its words. */
  public record Entry(String lang, String word, int value, Kind kind) implements Serializable {}

  private static volatile NumberWords packaged;

  private final List<Entry> entries;
  private final Map<String, Entry> byKey = new HashMap<>();
  private final int longestKey;

  /**
   * Longest key without "-": most words of a text are longer and need no folding to be ruled out.
   */
  private final int longestWord;

  NumberWords(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (Entry e : entries) {
      // Languages agree where they share a word ("six", "un"): the first row wins.
      byKey.putIfAbsent(AccentFolding.lowerNoAccents(e.word()), e);
    }
    this.longestKey = byKey.keySet().stream().mapToInt(String::length).max().orElse(0);
    this.longestWord =
        byKey.keySet().stream()
            .filter(k -> k.indexOf('-') < 0)
            .mapToInt(String::length)
            .max()
            .orElse(0);
  }

  /** The packaged list, loaded once per JVM. */
  public static NumberWords load() {
    NumberWords n = packaged;
    if (n == null) {
      synchronized (NumberWords.class) {
        if (packaged == null) {
          packaged = read(RESOURCE);
        }
        n = packaged;
      }
    }
    return n;
  }

  /** The list of another file of the same format (a lexicon manifest may name its own). */
  public static NumberWords read(String path) {
    List<Entry> entries = new ArrayList<>();
    for (CSVRecord r : ModusResources.csv(path)) {
      Kind kind;
      try {
        kind = Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException ex) {
        throw new IllegalStateException(
            path
                + " record "
                + r.getRecordNumber()
                + ": unknown kind '"
                + r.get("kind")
                + "'; expected digit, teen, tens, connector or repeat");
      }
      entries.add(new Entry(r.get("lang"), r.get("word"), Integer.parseInt(r.get("value")), kind));
    }
    return new NumberWords(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The entry of a word or phrase ("quatre-vingt"), folded before the look-up; null if none. */
  public Entry lookup(String word) {
    int max = word.indexOf('-') < 0 ? longestWord : longestKey;
    return word.length() > max + 2 ? null : byKey.get(AccentFolding.lowerNoAccents(word));
  }
}

package org.modus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typed placeholders ingestion leaves where identifiers were ({@code [phone:3f9a...]}). Before
 * tokenizing, each is swapped for a one-word sentinel so no tokenizer splits it, and swapped back
 * in snippets, so the evidence shows the placeholder and never anything raw.
 */
final class Placeholders {
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\[([A-Za-z_\\-]{2,20})[:=]([^\\]\\s]{1,80})\\]");
  private static final Pattern SENTINEL = Pattern.compile("qqph([a-z]+)qq");

  /**
   * Text with sentinels, the placeholders in order, the contact category of each ("" if none) and
   * its type as written ("obscured_phone").
   */
  record Protected(
      String text, List<String> originals, List<String> categories, List<String> types) {
    /** The placeholder a token stands for, or null when the token is ordinary text. */
    int indexOf(String token) {
      if (!token.startsWith("qqph")) {
        return -1;
      }
      Matcher m = SENTINEL.matcher(token);
      if (!m.matches()) {
        return -1;
      }
      int idx = 0;
      for (char c : m.group(1).toCharArray()) {
        idx = idx * 26 + (c - 'a');
      }
      return idx < originals.size() ? idx : -1;
    }
  }

  private Placeholders() {}

  static Protected protect(String text, Map<String, String> types) {
    if (text.indexOf('[') < 0) {
      return new Protected(text, List.of(), List.of(), List.of());
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    List<String> originals = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    List<String> found = new ArrayList<>();
    int last = 0;
    while (m.find()) {
      String type = m.group(1).toLowerCase(Locale.ROOT);
      if (!types.containsKey(type)) {
        continue;
      }
      out.append(text, last, m.start()).append(' ').append(sentinel(originals.size())).append(' ');
      originals.add(m.group());
      categories.add(types.get(type));
      found.add(type);
      last = m.end();
    }
    out.append(text, last, text.length());
    return new Protected(out.toString(), originals, categories, found);
  }

  static String sentinel(int index) {
    StringBuilder letters = new StringBuilder();
    int i = index;
    do {
      letters.insert(0, (char) ('a' + i % 26));
      i /= 26;
    } while (i > 0);
    return "qqph" + letters + "qq";
  }
}

package org.modus.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modus.schemas.AccentFolding;

/**
 * Turns an ad into the classifier's features: folded word unigrams and bigrams, numbers as their
 * digit count, and the categories the rules found. A pure function of the text and the rule labels,
 * so training, evaluation and (later) the Spark job see the same features.
 */
public final class ClassifierFeatures {
  private ClassifierFeatures() {}

  /** The prefix of a stacked rule feature: {@code r=family/category}. */
  public static final String RULE = "r=";

  /**
   * A redacted identifier ({@code [phone:3f9a...]}) is one token of its type: its pseudonym is
   * keyed with a throwaway key, so its hex digits would be random features. Otherwise letter runs
   * and numbers (with their inner separators: "1.500", "3,000").
   */
  private static final Pattern TOKEN =
      Pattern.compile("\\[([a-z_]+):[0-9a-f]+\\]|[a-z]+|[0-9]+(?:[.,'][0-9]+)*");

  /** An ad's features: its title is read first, as the extractor reads it. */
  public static DocumentFeatures of(String title, String text, Collection<String> ruleLabels) {
    String body = title == null || title.isBlank() ? text : title + " . " + text;
    return of(body, ruleLabels);
  }

  /**
   * The features of {@code text} (title already joined) and of the rule labels found in it
   * (non-negated {@code family/category} labels).
   */
  public static DocumentFeatures of(String text, Collection<String> ruleLabels) {
    List<String> tokens = tokens(text);
    TreeSet<String> fired = new TreeSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      fired.add("w=" + tokens.get(i));
      if (i + 1 < tokens.size()) {
        fired.add("b=" + tokens.get(i) + "_" + tokens.get(i + 1));
      }
    }
    TreeSet<String> rules = new TreeSet<>();
    ruleLabels.forEach(l -> rules.add(RULE + l));
    return new DocumentFeatures(fired, rules);
  }

  /**
   * Lower case, accents removed, then tokens; a number becomes {@code <numN>}, N its digit count
   * capped at 6: the size of an amount or a phone is the signal, its value is noise.
   */
  static List<String> tokens(String text) {
    Matcher m = TOKEN.matcher(AccentFolding.lowerNoAccents(text == null ? "" : text));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      String t = m.group();
      if (m.group(1) != null) {
        out.add("<" + m.group(1) + ">");
      } else if (Character.isDigit(t.charAt(0))) {
        long digits = t.chars().filter(Character::isDigit).count();
        out.add("<num" + Math.min(digits, 6) + ">");
      } else {
        out.add(t);
      }
    }
    return out;
  }
}

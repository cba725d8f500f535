package org.modus.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CoreNLP's default sentence splitting, as {@code WordsToSentencesAnnotator} sets it up when no
 * {@code ssplit.*} property is given: {@link WordToSentenceProcessor}'s default boundary and
 * follower regular expressions, newlines never a break. This is that class's {@code
 * wordsToSentences} (CoreNLP 4.5.10) with the branches this configuration cannot reach left out; it
 * gives the same sentences, but runs a regular expression only on tokens that can match one, where
 * the original compiled a matcher per token and read several annotation maps (together an eighth of
 * the extraction time).
 *
 * <p>Left out: region, XML-break, multi-token and discard patterns (none configured), and the
 * ForcedSentenceUntilEnd, ForcedSentenceEnd and MentionToken annotations, which only
 * CleanXmlAnnotator sets (never run here). {@code SentenceSplitterTest} compares this with {@link
 * WordToSentenceProcessor} itself on random token streams.
 */
final class SentenceSplitter {
  private static final Pattern BOUNDARY =
      Pattern.compile(WordToSentenceProcessor.DEFAULT_BOUNDARY_REGEX);
  private static final Pattern FOLLOWER =
      Pattern.compile(WordToSentenceProcessor.DEFAULT_BOUNDARY_FOLLOWERS_REGEX);
  private static final String[] TO_DISCARD =
      WordToSentenceProcessor.DEFAULT_SENTENCE_BOUNDARIES_TO_DISCARD.toArray(new String[0]);

  /** A token whose original text is this paragraph separator ends a sentence (isForcedEndToken). */
  private static final String FORCED_END = "\u2029";

  private static final String NEWLINE_TOKEN = "*NL*";

  private SentenceSplitter() {}

  static List<List<CoreLabel>> split(List<CoreLabel> tokens) {
    List<List<CoreLabel>> sentences = new ArrayList<>();
    List<CoreLabel> current = new ArrayList<>();
    List<CoreLabel> last = null;
    boolean lastTokenWasNewline = false;
    boolean lastSentenceEndForced = false;
    for (CoreLabel token : tokens) {
      String word = token.word();
      boolean forcedEnd = FORCED_END.equals(token.originalText());
      if (!lastSentenceEndForced
          && last != null
          && current.isEmpty()
          && !lastTokenWasNewline
          && FOLLOWER.matcher(word).matches()
          && plausibleToAdd(last, word)) {
        // A closing bracket or quote after a sentence end belongs to that sentence.
        last.add(token);
        lastTokenWasNewline = false;
        continue;
      }
      boolean newSentForced = false;
      boolean newSent = false;
      if (isToDiscard(word)) {
        newSentForced = forcedEnd;
        lastTokenWasNewline = true;
      } else {
        lastTokenWasNewline = false;
        current.add(token);
        if (mayBeBoundary(word) && BOUNDARY.matcher(word).matches()) {
          newSent = true;
        } else if (forcedEnd) {
          newSentForced = true;
        } else if (NEWLINE_TOKEN.equals(word)) {
          lastTokenWasNewline = true;
        }
      }
      if ((newSentForced || newSent) && !current.isEmpty()) {
        sentences.add(current);
        lastSentenceEndForced =
            ((last == null || last.isEmpty()) && lastSentenceEndForced) || newSentForced;
        last = current;
        current = new ArrayList<>();
      } else if (newSentForced) {
        lastSentenceEndForced = true;
      }
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    return sentences;
  }

  /**
   * The boundary expression is punctuation only: a word starting with a letter or digit cannot
   * match.
   */
  private static boolean mayBeBoundary(String word) {
    return word.isEmpty() || !Character.isLetterOrDigit(word.charAt(0));
  }

  private static boolean isToDiscard(String word) {
    for (String d : TO_DISCARD) {
      if (d.equals(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A straight quote joins the previous sentence only if it closes one opened there (odd count).
   */
  private static boolean plausibleToAdd(List<CoreLabel> sentence, String word) {
    if (!word.equals("\"") && !word.equals("'")) {
      return true;
    }
    int singles = 0;
    int doubles = 0;
    for (CoreLabel t : sentence) {
      String v = t.value();
      if (v.equals("'")) {
        singles++;
      }
      if (v.equals("\"")) {
        doubles++;
      }
    }
    return word.equals("\"") && doubles % 2 != 0 || word.equals("'") && singles % 2 != 0;
  }
}

package org.modus.ads.contacts;

/**
 * What follows a name the detector found, read past blanks: a lone word is an account's name when
 * nothing of the sentence goes on after it ("snap: rosab" then the end, a line break or a bar).
 * Each caller says which marks close a phrase where it looks.
 */
final class PhraseEnd {
  private PhraseEnd() {}

  /** The index of the first character at or after {@code from} that is no space or tab. */
  static int skipBlanks(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * Whether only blanks, then the end of the text or one of {@code closers}, follow {@code end}.
   */
  static boolean closedBy(String text, int end, String closers) {
    int i = skipBlanks(text, end);
    return i == text.length() || closers.indexOf(text.charAt(i)) >= 0;
  }

  /** Whether at least one blank, then {@code mark}, follow {@code end}. */
  static boolean blankThen(String text, int end, char mark) {
    int i = skipBlanks(text, end);
    return i > end && i < text.length() && text.charAt(i) == mark;
  }
}

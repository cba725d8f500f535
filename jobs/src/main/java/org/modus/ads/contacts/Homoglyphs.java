package org.modus.ads.contacts;

/**
 * Cyrillic and Greek letters that look like Latin ones ("luna" written "lunа" with a Cyrillic а),
 * read as the Latin letter inside a word that also has Latin letters: the detector then sees the
 * address or handle the reader sees. A word wholly in Cyrillic or Greek is left alone (it is text
 * in that script), and so are letters without a Latin look-alike. One character for one, so offsets
 * carry over.
 *
 * <p>Digits in disguise ("О3 5З", "ЗбЗ") are read by the phone finder's look_alike_digits.
 */
final class Homoglyphs {
  /** Cyrillic and Greek look-alikes, and the Latin letter each stands for (Unicode confusables). */
  private static final String FROM =
      "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u04bb"
          + "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0406\u0408\u0405\u04ae"
          + "\u03bf\u03b1\u03bd\u03b9\u03ba\u03c1\u03c4\u03c5"
          + "\u039f\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u03a1\u03a4\u03a5\u03a7";

  private static final String TO =
      "aeopcyxijsdh" + "ABEKMHOPCTXIJSY" + "oavikptu" + "OABEZHIKMNPTYX";

  static {
    if (FROM.length() != TO.length()) {
      throw new IllegalStateException("Homoglyphs: FROM and TO out of step");
    }
  }

  private Homoglyphs() {}

  /** The text with look-alikes folded in every word that mixes them with Latin letters. */
  static String fold(String s) {
    java.util.List<int[]> words = mixedWords(s);
    if (words.isEmpty()) {
      return s;
    }
    char[] c = s.toCharArray();
    for (int[] w : words) {
      for (int k = w[0]; k < w[1]; k++) {
        int f = FROM.indexOf(c[k]);
        if (f >= 0) {
          c[k] = TO.charAt(f);
        }
      }
    }
    return new String(c);
  }

  /**
   * The words of the text that mix Latin letters with look-alikes ("itsinesoffiсial" with a
   * Cyrillic с): written to dodge filters, never by chance. Spans {start, end} without a trailing
   * '.' or '-'.
   */
  static java.util.List<int[]> mixedWords(String s) {
    java.util.List<int[]> out = new java.util.ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (!wordChar(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean latin = false;
      boolean look = false;
      while (i < n && wordChar(s.charAt(i))) {
        char ch = s.charAt(i);
        latin |= ch < 128 && Character.isLetter(ch);
        look |= FROM.indexOf(ch) >= 0;
        i++;
      }
      int end = i;
      while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
        end--;
      }
      if (latin && look && end > start) {
        out.add(new int[] {start, end});
      }
    }
    return out;
  }

  /**
   * Letters, digits and what joins them inside an address or handle ("luna-moreau", "rosa.vip_7").
   */
  private static boolean wordChar(char ch) {
    return Character.isLetterOrDigit(ch) || ch == '_' || ch == '.' || ch == '-';
  }
}

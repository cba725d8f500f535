package org.modus.ads.contacts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.modus.ads.text.TextCleaner;

/**
 * What the detector reads of a published text, and where each of its characters came from. Cleaning
 * keeps what readers need as written (an entity of a plain text, "m²", a no-break space); here they
 * are read as what they stand for, so "rosa&amp;#64;mail.de", "０６¹²..." or "%2B34%20612..." are
 * found, and a match maps back to the characters it was read from.
 *
 * <ul>
 *   <li>HTML character references ({@code &#64;}, {@code &#x40;}, {@code &commat;}) decoded;
 *   <li>percent-escapes of a phone written into a URL ({@code %2B34%20673%2050...}): a run of
 *       digits with {@code %2B}, {@code %20}, {@code %2D}, {@code %28}, {@code %29} or {@code %2E}
 *       between them, seven digits or more;
 *   <li>the characters TextCleaner keeps folded as NFKC would ({@link TextCleaner#detectionFold});
 *   <li>Cyrillic and Greek look-alike letters inside a word with Latin letters ("lunа-moreau@...")
 *       read as the Latin letter ({@link Homoglyphs});
 *   <li>dots and at-signs written to dodge filters read as '.' and '@' ({@link
 *       ObfuscatedPunctuation}).
 * </ul>
 */
final class DetectionText {
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,30});");
  private static final Pattern PERCENT_PHONE =
      Pattern.compile("(?i)(?:%2B|\\+)?(?:%28)?\\d(?:\\d|%2[0BDE89]|[ ().-])*\\d");
  private static final Pattern ESCAPE = Pattern.compile("(?i)%2[0BDE89]");

  /**
   * The text as read; {@code from[i]}/{@code to[i]}: the span of the published text its char i
   * stands for.
   */
  private final String text;

  private final int[] from;
  private final int[] to;

  private DetectionText(String text, int[] from, int[] to) {
    this.text = text;
    this.from = from;
    this.to = to;
  }

  /**
   * The text as {@link #of(String)} reads it, with the disguised dots and at-signs of {@link
   * ObfuscatedPunctuation} read too; null when there are none. A second reading, not a replacement:
   * finders that know a disguise whole ("arobase hotmail dot fr") read the first.
   */
  static DetectionText deobfuscated(
      String published, DetectionText decoded, ObfuscatedPunctuation punctuation) {
    String t = decoded == null ? published : decoded.text;
    ObfuscatedPunctuation.Reading r = punctuation.read(t);
    if (r == null) {
      return null;
    }
    int n = r.text().length();
    int[] from = new int[n + 1];
    int[] to = new int[n + 1];
    for (int i = 0; i < n; i++) {
      int f = r.from(i);
      int e = r.to(i) - 1;
      from[i] = decoded == null || decoded.from == null ? f : decoded.from[f];
      to[i] = decoded == null || decoded.to == null ? e + 1 : decoded.to[e];
    }
    return new DetectionText(r.text(), from, to);
  }

  /** The text to read; null when it reads as published (offsets carry over unchanged). */
  static DetectionText of(String published) {
    boolean entity = published.indexOf('&') >= 0 && ENTITY.matcher(published).find();
    boolean percent = published.indexOf('%') >= 0 && hasPercentPhone(published);
    if (!entity && !percent) {
      String folded = fold(published);
      return folded.equals(published) ? null : new DetectionText(folded, null, null);
    }
    StringBuilder out = new StringBuilder(published.length());
    int[] from = new int[published.length() + 1];
    int[] to = new int[published.length() + 1];
    boolean[] escapable = percent ? percentRuns(published) : null;
    int i = 0;
    while (i < published.length()) {
      String decoded = null;
      int end = i + 1;
      char c = published.charAt(i);
      if (c == '&' && entity) {
        Matcher m = ENTITY.matcher(published).region(i, published.length());
        if (m.lookingAt()) {
          String d = Parser.unescapeEntities(m.group(), false);
          if (!d.equals(m.group()) && !d.isEmpty()) {
            decoded = d;
            end = m.end();
          }
        }
      } else if (c == '%' && escapable != null && escapable[i] && i + 2 < published.length()) {
        decoded = String.valueOf((char) Integer.parseInt(published.substring(i + 1, i + 3), 16));
        end = i + 3;
      }
      if (decoded == null) {
        decoded = published.substring(i, end);
      }
      for (int k = 0; k < decoded.length(); k++) {
        from[out.length()] = i;
        to[out.length()] = end;
        out.append(decoded.charAt(k));
      }
      i = end;
    }
    return new DetectionText(fold(out.toString()), from, to);
  }

  /**
   * The folds of the class comment, but an ordinal indicator after a digit ("7º B", "2ª planta": a
   * floor) stays itself: folded it would read as a look-alike zero inside a number ("7o").
   */
  private static String fold(String s) {
    String folded = Homoglyphs.fold(TextCleaner.detectionFold(s));
    char[] c = null;
    for (int i = 1; i < s.length(); i++) {
      char ch = s.charAt(i);
      if ((ch == '\u00ba' || ch == '\u00aa') && Character.isDigit(s.charAt(i - 1))) {
        if (c == null) {
          c = folded.toCharArray();
        }
        c[i] = ch;
      }
    }
    return c == null ? folded : new String(c);
  }

  private static boolean hasPercentPhone(String s) {
    return percentRuns(s) != null;
  }

  /** Which '%' start an escape inside a phone-shaped run; null when there is none. */
  private static boolean[] percentRuns(String s) {
    boolean[] at = null;
    Matcher m = PERCENT_PHONE.matcher(s);
    while (m.find()) {
      String g = m.group();
      if (g.indexOf('%') < 0
          || g.replaceAll("(?i)%2[0BDE89]", "").replaceAll("\\D", "").length() < 7) {
        continue;
      }
      Matcher e = ESCAPE.matcher(s).region(m.start(), m.end());
      while (e.find()) {
        if (at == null) {
          at = new boolean[s.length()];
        }
        at[e.start()] = true;
      }
    }
    return at;
  }

  String text() {
    return text;
  }

  /** A contact found in the text as read, placed in the published text. */
  Contact place(Contact c) {
    if (from == null) {
      return c;
    }
    return new Contact(
        c.type(),
        c.normalized(),
        from[c.start()],
        to[c.end() - 1],
        c.placeholder(),
        c.checksumValid());
  }
}

package org.modus.ads.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a scraped field into plain text: HTML markup and entities through jsoup's parser (block
 * elements and {@code <br>} become line breaks, scripts and styles are dropped), mojibake from
 * UTF-8 read as Windows-1252 repaired, Unicode NFKC, control characters removed, spaces collapsed.
 *
 * <p>What the published text would lose by that is kept: a text without markup is plain text, so an
 * entity in it ("[email&amp;#160;protected]", "R&amp;amp;D") is what its author wrote and stays;
 * NFKC leaves the characters of {@link #KEPT} ("56 m²", "oferta nº 3", "2ª planta", "½") and a
 * no-break space between digits ("1\u202f650 €") as they are. The contact detector reads all of
 * them folded ({@link #detectionFold}, and entities decoded), so an identifier written with them is
 * still found.
 */
public final class TextCleaner {
  /** U+FFFD: what the decoder leaves where input bytes were not valid in the declared encoding. */
  public static final char REPLACEMENT = '\uFFFD';

  /** Markup: only then are entities decoded (in plain text they are what the author wrote). */
  private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<[a-zA-Z/!][^>]*>");

  /**
   * Characters NFKC would fold that carry meaning in published text: superscript and subscript
   * digits ("m²", "cm³", "H₂O"), the ordinal indicators ("nº", "2ª"), vulgar fractions, and the
   * no-break spaces (U+00A0, U+202F) when single between digits (a French thousands separator).
   * Each folds, for detection, to one character (its NFKC form, or itself for the fractions, whose
   * NFKC "1⁄2" would run into digits).
   */
  public static final String KEPT =
      "\u00aa\u00ba\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
          + "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089\u00bc\u00bd\u00be\u00a0\u202f";

  private static final String KEPT_FOLDED = "ao12304567890123456789\u00bc\u00bd\u00be  ";
  private static final Pattern MOJIBAKE =
      Pattern.compile(
          "[\u00c2\u00c3\u00c5\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]");
  private static final Set<String> BLOCKS =
      Set.of(
          "br",
          "p",
          "div",
          "li",
          "ul",
          "ol",
          "tr",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "table",
          "section",
          "article",
          "header",
          "footer",
          "blockquote",
          "pre",
          "hr");
  private static final Pattern CONTROL =
      Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cf}&&[^\\u200d]]");

  /**
   * A run of spaces, but not a single no-break space between two digits ("1\u202f650 €": a
   * thousands separator). Elsewhere a no-break space is mostly a scraped "&amp;nbsp;" for a plain
   * one, and becomes one.
   */
  private static final String BREAKING_SPACES = "\\t\\u2000-\\u200b\\u205f\\u3000";

  private static final String NO_BREAK_SPACES = "\\u00a0\\u202f";

  private static final Pattern SPACES =
      Pattern.compile(
          "[ "
              + BREAKING_SPACES
              + NO_BREAK_SPACES
              + "]{2,}|[ "
              + BREAKING_SPACES
              + "]|(?<!\\d)["
              + NO_BREAK_SPACES
              + "]|["
              + NO_BREAK_SPACES
              + "](?!\\d)");

  /**
   * What {@link #SPACES} may change: a space other than the plain one, or two in a row. Most ads
   * have neither, and replacing each of their spaces by itself cost 3 % of ingest.
   */
  private static final Pattern SPACES_TO_FOLD =
      Pattern.compile("[" + BREAKING_SPACES + NO_BREAK_SPACES + "]| {2}");

  private static final Pattern BLANK_LINES = Pattern.compile("\\n[ ]*(\\n[ ]*){2,}");
  private static final Charset CP1252 = Charset.forName("windows-1252");

  static {
    for (int i = 0; i < KEPT.length(); i++) {
      String nfkc = Normalizer.normalize(KEPT.substring(i, i + 1), Normalizer.Form.NFKC);
      if (nfkc.length() == 1 && nfkc.charAt(0) != KEPT_FOLDED.charAt(i)) {
        throw new IllegalStateException("KEPT_FOLDED out of step with KEPT at " + i);
      }
    }
  }

  private TextCleaner() {}

  /** Cleaned text, or null for null or blank input. */
  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String s = repairMojibake(raw);
    if (LOOKS_LIKE_HTML.matcher(s).find()) {
      s = htmlToText(s);
    }
    s = nfkcKeeping(s);
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    s = CONTROL.matcher(s).replaceAll("");
    if (SPACES_TO_FOLD.matcher(s).find()) {
      s = SPACES.matcher(s).replaceAll(" ");
    }
    s = s.replace(" \n", "\n").replace("\n ", "\n");
    s = BLANK_LINES.matcher(s).replaceAll("\n\n").strip();
    return s.isEmpty() ? null : s;
  }

  /** NFKC, except the characters of {@link #KEPT}. */
  static String nfkcKeeping(String s) {
    int from = 0;
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      if (KEPT.indexOf(s.charAt(i)) >= 0) {
        if (out == null) {
          out = new StringBuilder(s.length());
        }
        out.append(Normalizer.normalize(s.substring(from, i), Normalizer.Form.NFKC))
            .append(s.charAt(i));
        from = i + 1;
      }
    }
    if (out == null) {
      return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
    return out.append(Normalizer.normalize(s.substring(from), Normalizer.Form.NFKC)).toString();
  }

  /**
   * The characters cleaning keeps ({@link #KEPT}) folded one for one, as NFKC would have: what the
   * contact detector reads ("0６¹²" is a run of digits). Same length as s, so offsets carry over.
   */
  public static String detectionFold(String s) {
    char[] c = null;
    for (int i = 0; i < s.length(); i++) {
      int k = KEPT.indexOf(s.charAt(i));
      if (k >= 0) {
        if (c == null) {
          c = s.toCharArray();
        }
        c[i] = KEPT_FOLDED.charAt(k);
      }
    }
    return c == null ? s : new String(c);
  }

  /**
   * True when decoding left replacement characters: the bytes were not valid in the declared
   * encoding.
   */
  public static boolean hasInvalidBytes(String s) {
    return s != null && s.indexOf(REPLACEMENT) >= 0;
  }

  /**
   * Repairs text that was UTF-8 but got decoded as Windows-1252 or Latin-1 somewhere upstream
   * ("cafÃ©" for "café"). Only applied when the round trip is lossless and strictly valid UTF-8, so
   * genuine Latin-1 text is never altered.
   */
  public static String repairMojibake(String s) {
    if (!MOJIBAKE.matcher(s).find()) {
      return s;
    }
    for (Charset wrong : new Charset[] {CP1252, StandardCharsets.ISO_8859_1}) {
      try {
        ByteBuffer bytes =
            wrong
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(java.nio.CharBuffer.wrap(s));
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(bytes)
            .toString();
      } catch (CharacterCodingException e) {
        // not a clean round trip with this charset: try the next, else leave the text as it is
      }
    }
    return s;
  }

  static String htmlToText(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    body.select("script, style, noscript, template").remove();
    StringBuilder out = new StringBuilder(html.length());
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              out.append(t.getWholeText().replace('\n', ' '));
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              newline(out, e.normalName().equals("br"));
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e
                && BLOCKS.contains(e.normalName())
                && !e.normalName().equals("br")) {
              newline(out, false);
            }
          }
        },
        body);
    return out.toString();
  }

  /** A block boundary ends the line once; only an explicit {@code <br>} may add an empty line. */
  private static void newline(StringBuilder out, boolean always) {
    if (out.length() > 0 && (always || out.charAt(out.length() - 1) != '\n')) {
      out.append('\n');
    }
  }
}

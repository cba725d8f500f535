package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Trying a lead-word pattern only where one of its words begins: a speed-up that must find exactly
 * what {@code Matcher.find} finds, match for match, groups included.
 */
class LeadStartsTest {
  private static final List<String> LEADS =
      List.of("snapchat", "snap", "insta", "kik", "élan", "starts with", "add me", "微信", "👻");

  private static final String WORDS =
      String.join(
          "|", LEADS.stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList());

  /** The shape of the detector's handle patterns: a look-behind, the leads, more after them. */
  private static final Pattern HANDLE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}_])(?<lead>"
              + WORDS
              + ")(?:(?<=\\(\\p{L}{1,12})\\))?\\s*[:\\-]?\\s*(?<h>[\\p{L}\\p{N}_.]{2,20})");

  private static final Pattern AFTER_LETTER_ONLY =
      Pattern.compile("(?iu)(?<![\\p{L}])(?:" + WORDS + ")\\s*(?<d>\\d{2,6})");

  @Test
  void findsWhatFindFindsInTheFormsThatMatter() {
    for (String text :
        List.of(
            "SNAPCHAT: rosa_77 and snap mila.vip",
            "ſnapchat rosa ſnap mila", // the long s folds to s
            "İNSTA rosa, ınsta mila, Insta-nora", // dotted and dotless i fold to i
            "\u212Aik me at kik99", // the Kelvin sign folds to k
            "ÉLAN élan Élan: nora",
            "xsnapchat kikx _insta rosa 9kik mila (snap) rosa",
            "Starts   with 0612, STARTS WITH: 0613",
            "加我微信 rosa77 or 👻 mila",
            "add\nme rosa_1 and add me: nora",
            "",
            "snap")) {
      assertEquals(plain(HANDLE, text), driven(HANDLE, new LeadStarts(LEADS), text), text);
      assertEquals(
          plain(AFTER_LETTER_ONLY, text),
          driven(AFTER_LETTER_ONLY, new LeadStarts(LEADS, true), text),
          text);
    }
  }

  @Test
  void findsWhatFindFindsInRandomText() {
    String[] pieces = {
      "snap", "SNAP", "chat", "insta", "kik", "élan", "starts", "with", " ", "  ", "\n", "_", ":",
      "-", "(", ")", "rosa", "77", "9", "ı", "İ", "ſ", "微信", "👻", "add", "me", ".", "x"
    };
    LeadStarts handleStarts = new LeadStarts(LEADS);
    LeadStarts digitStarts = new LeadStarts(LEADS, true);
    for (String s : RandomTexts.of(pieces, 3000, 25, 20261207L)) {
      assertEquals(plain(HANDLE, s), driven(HANDLE, handleStarts, s), s);
      assertEquals(plain(AFTER_LETTER_ONLY, s), driven(AFTER_LETTER_ONLY, digitStarts, s), s);
    }
  }

  @Test
  void aTextWithoutALeadIsTurnedDownWithoutMatching() {
    Matcher m = HANDLE.matcher("a room to let near the station, 450 a month");
    assertFalse(new LeadStarts(LEADS).find(m, "a room to let near the station, 450 a month", 0));
  }

  @Test
  void aBlankLeadIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LeadStarts(List.of("kik", " ")));
  }

  private static List<String> plain(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      out.add(describe(m));
      from = m.start() + 1; // as the detector does when it turns a match down
    }
    return out;
  }

  private static List<String> driven(Pattern p, LeadStarts starts, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    int from = 0;
    while (from < text.length() && starts.find(m, text, from)) {
      out.add(describe(m));
      from = m.start() + 1;
    }
    return out;
  }

  private static String describe(Matcher m) {
    StringBuilder d = new StringBuilder().append(m.start()).append('-').append(m.end());
    for (int g = 1; g <= m.groupCount(); g++) {
      d.append('|').append(m.start(g)).append(':').append(m.group(g));
    }
    return d.toString();
  }
}

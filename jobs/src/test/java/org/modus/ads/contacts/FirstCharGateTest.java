package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The lookahead that turns down, in one character test, the positions where none of a pattern's
 * lead words can begin: a speed-up that must never change what the pattern finds.
 */
class FirstCharGateTest {
  private static final List<String> LEADS = List.of("snapchat", "insta", "kik", "élan", "微信", "👻");

  @Test
  void aGatedPatternFindsExactlyWhatTheUngatedOneFinds() {
    String words = String.join("|", LEADS.stream().map(Pattern::quote).toList());
    Pattern plain = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + words + ")");
    Pattern gated =
        Pattern.compile(
            "(?iu)" + ContactDetector.firstCharGate(LEADS) + "(?<![\\p{L}])(?:" + words + ")");
    // capitals, and the look-alikes Java's Unicode case folding takes for the same letter
    // (dotless and dotted i, the Kelvin sign, the long s), must pass the gate as they pass the
    // words
    for (String text :
        List.of(
            "SNAPCHAT rosa",
            "ſnapchat rosa",
            "İNSTA rosa and ınsta",
            "\u212Aik me",
            "ÉLAN élan Élan",
            "加我微信 or 👻 mila",
            "nothing here at all",
            "xsnapchat kikx")) {
      assertEquals(matches(plain, text), matches(gated, text), text);
    }
  }

  @Test
  void aBlankWordOrNoWordLeavesThePatternUngated() {
    assertEquals("", ContactDetector.firstCharGate(List.of("kik", " ")));
    assertEquals("", ContactDetector.firstCharGate(List.of()));
    // a word's surrounding spaces do not count: " insta" opens with "i", in either case
    Pattern gated =
        Pattern.compile(
            "(?iu)" + ContactDetector.firstCharGate(List.of("kik", " insta")) + "\\p{L}+");
    assertEquals(List.of("0:Insta", "7:kik"), matches(gated, "Insta, kik; nor the rest"));
  }

  private static List<String> matches(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }
}

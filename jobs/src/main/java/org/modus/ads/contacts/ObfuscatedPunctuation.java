package org.modus.ads.contacts;

import com.google.common.net.InternetDomainName;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dots and at-signs of an address written to dodge filters, read as the '.' or '@' they stand
 * for, so that every finder sees one address whatever its disguise and however the disguises
 * combine ("nmoreau17 @ proton . me", "atelier-cire[point]fr", "192.0.2[.]45", "valen🔹jobs",
 * "pearl-care dot club", "t,me/rosa"). Each rule asks for what no sentence has: a bracketed dot, a
 * symbol glued between two words, a space before a dot whose next word is a top-level domain, a
 * spelled dot after a name no word has (a digit, a hyphen, eight lower-case letters or more).
 */
final class ObfuscatedPunctuation implements Serializable {
  private static final long serialVersionUID = 1L;

  /** An edit of a text: chars [start, end) read as {@code replacement}. */
  record Edit(int start, int end, String replacement) {}

  private static final String WORD_CHAR = "[\\p{L}\\p{N}]";

  /** "[.]", "(dot)", "{punto}", "[point]", "< . >": a dot in brackets. */
  private static final Pattern BRACKETED_DOT =
      Pattern.compile(
          "(?iu)(?<="
              + WORD_CHAR
              + ")\\s?[\\[({<]\\s*(?:\\.|dot|point|punto|punkt|ponto|pt)\\s*[\\])}>]\\s?(?="
              + WORD_CHAR
              + ")");

  /** "[at]", "(@)", "{arroba}", "(arobase)": an at-sign in brackets. */
  private static final Pattern BRACKETED_AT =
      Pattern.compile(
          "(?iu)(?<=[\\p{L}\\p{N}._-])\\s?[\\[({<]\\s*(?:@|at|arroba|arobase|chez|bei)\\s*[\\])}>]\\s?(?="
              + WORD_CHAR
              + ")");

  /**
   * A dot-like symbol glued between two words ("orca-ribera68•ie", "valen🔹jobs"); a middle dot
   * between two l's is Catalan ("col·legi") and stays.
   */
  private static final Pattern SYMBOL_DOT =
      Pattern.compile(
          "(?<="
              + WORD_CHAR
              + ")(?:[\u2022\u2219\u25CF\u26AB\u25E6\u25AA\u2981\u26AA\u25CB\u25C9\u2B24\u00B7]|[\\x{1F539}\\x{1F538}\\x{1F535}\\x{1F518}\\x{1F7E2}\\x{1F7E3}])\uFE0F?(?="
              + WORD_CHAR
              + ")");

  /**
   * A space before a dot, then a word: "proton . me", "willowzenit .be". A dot is never spaced so
   * in a sentence; the word must be a top-level domain.
   */
  private static final Pattern SPACED_DOT =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_.@-])([\\p{L}\\p{N}][\\p{L}\\p{N}_-]{1,62})(?<sep> +\\. *)(?=([a-z]{2,24})(?![\\p{L}\\p{N}_@-]))");

  /** "pearl-care dot club": a spelled dot between a name and a word. */
  private static final Pattern SPELLED_DOT =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}_.@-])([\\p{L}\\p{N}][\\p{L}\\p{N}_-]{1,62})(?<sep>\\s+(?:dot|point|punto|punkt|ponto)\\s+)(?=([a-z]{2,24})(?![\\p{L}\\p{N}_@-]))");

  /** "rosa_at_outlook_dot_de": spelled dots and at-signs joined by underscores. */
  private static final Pattern UNDERSCORE_DOT =
      Pattern.compile(
          "(?iu)(?<=[\\p{L}\\p{N}])_(?:dot|punto|point|punkt)_(?=([a-z]{2,24})(?![\\p{L}\\p{N}@-]))");

  private static final Pattern UNDERSCORE_AT =
      Pattern.compile("(?iu)(?<=[\\p{L}\\p{N}])_(?:at|arroba|arobase)_(?=[\\p{L}\\p{N}])");

  /**
   * "PayPal.me barra rosa91", "onlyfans.com slash rosa": a spelled slash after a host, before a
   * name.
   */
  private static final Pattern SPELLED_SLASH =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}_.@-])[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.([a-z]{2,24})(?<sep>\\s+(?:slash|barra|barre|schrägstrich)\\s+)(?=[\\p{L}\\p{N}_])");

  /**
   * "SC la + .zoe.74", "snap mateo + .64": a name cut in two with a plus, its second part starting
   * with a dot or underscore, which no sentence writes; read joined.
   */
  private static final Pattern SPLIT_JOIN =
      Pattern.compile("(?<=[\\p{L}\\p{N}_]) ?\\+ ?(?=[._][\\p{L}\\p{N}])");

  /**
   * "(0496) (687) (781)": three digit groups or more each in brackets, read without them (a phone's
   * groups; an area code alone in brackets, "(212) 555-0147", is left as written).
   */
  private static final Pattern BRACKETED_GROUPS =
      Pattern.compile("\\(\\d{2,5}\\)(?:[ .\\-]?\\(\\d{2,5}\\)){2,}");

  /** "t,me/rosa", "onlyfans,com/rosa": a comma for the dot of a host with a path. */
  private static final Pattern COMMA_DOT =
      Pattern.compile("(?iu)(?<=" + WORD_CHAR + "),(?=([a-z]{2,24})/" + WORD_CHAR + ")");

  /**
   * "rosa @ gmail.com", "rosa@ gmail.com": an at-sign with a space after it, before a domain that
   * ends there ("folgt uns @paula.bb_51" is a handle).
   */
  private static final Pattern SPACED_AT =
      Pattern.compile(
          "(?<=[\\p{L}\\p{N}_]) *@ +(?=([\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}][\\p{L}\\p{N}-]*)+)(?![\\p{L}\\p{N}_@-]))");

  /** Top-level domains a spelled dot may come before whatever the name ("site dot com"). */
  private final Set<String> spelledTlds;

  /** Top-level domains that are also short words ("de", "me"): sentence_word_tlds. */
  private final Set<String> wordTlds;

  ObfuscatedPunctuation(List<String> spelledTlds, List<String> sentenceWordTlds) {
    this.spelledTlds = lower(spelledTlds);
    this.wordTlds = lower(sentenceWordTlds);
  }

  private static Set<String> lower(List<String> l) {
    Set<String> s = new java.util.HashSet<>();
    if (l != null) {
      l.forEach(t -> s.add(t.toLowerCase(Locale.ROOT)));
    }
    return Set.copyOf(s);
  }

  /**
   * The text as read: null when no rule applies. Two passes, since a spaced at-sign is judged on
   * the domain after it as read ("rosa @ proton . me").
   */
  Reading read(String text) {
    // Each rule only where the text has what all its matches need: most texts have none
    List<Edit> first = new ArrayList<>();
    if (hasAny(text, "[({<")) {
      collect(BRACKETED_DOT, text, ".", first, null);
      collect(BRACKETED_AT, text, "@", first, null);
    }
    if (hasDotSymbol(text)) {
      collect(SYMBOL_DOT, text, ".", first, m -> !catalanDot(text, m));
    }
    if (text.indexOf(" .") >= 0) {
      collect(
          SPACED_DOT,
          text,
          ".",
          first,
          m ->
              spacedHost(
                  m.group(1), m.group(3), afterAt(text, m.start(1)), closes(text, m.end(3))));
    }
    if (hasSpelledWord(text, SPELLED_DOTS)) {
      collect(
          SPELLED_DOT,
          text,
          ".",
          first,
          m -> spelledHost(m.group(1), m.group(3), closes(text, m.end(3))));
    }
    if (text.indexOf('+') >= 0) {
      collect(SPLIT_JOIN, text, "", first, null);
    }
    if (text.indexOf('(') >= 0) {
      Matcher g = BRACKETED_GROUPS.matcher(text);
      while (g.find()) {
        for (int k = g.start(); k < g.end(); k++) {
          char c = text.charAt(k);
          if (c == '(' || c == ')') {
            first.add(new Edit(k, k + 1, ""));
          }
        }
      }
    }
    if (text.indexOf(',') >= 0 && text.indexOf('/') >= 0) {
      collect(COMMA_DOT, text, ".", first, m -> isTld(m.group(1).toLowerCase(Locale.ROOT)));
    }
    if (text.indexOf('_') >= 0) {
      collect(UNDERSCORE_DOT, text, ".", first, m -> isTld(m.group(1).toLowerCase(Locale.ROOT)));
      collect(UNDERSCORE_AT, text, "@", first, null);
    }
    Reading once = Reading.of(text, first);
    String t = once == null ? text : once.text();
    List<Edit> second = new ArrayList<>();
    if (hasSpelledWord(t, SPELLED_SLASHES)) {
      Matcher slash = SPELLED_SLASH.matcher(t);
      while (slash.find()) {
        if (isTld(slash.group(1).toLowerCase(Locale.ROOT))) {
          second.add(new Edit(slash.start("sep"), slash.end("sep"), "/"));
        }
      }
    }
    if (t.indexOf("@ ") >= 0) {
      collect(
          SPACED_AT,
          t,
          "@",
          second,
          m -> DomainFinder.isUnderPublicSuffix(m.group(1).toLowerCase(Locale.ROOT)));
    }
    Reading twice = Reading.of(t, second);
    if (twice == null) {
      return once;
    }
    return once == null ? twice : once.then(twice);
  }

  private static final String[] SPELLED_DOTS = {"dot ", "point ", "punto ", "punkt ", "ponto "};
  private static final String[] SPELLED_SLASHES = {"slash ", "barra ", "barre ", "schrägstrich "};

  private static boolean hasAny(String s, String chars) {
    for (int k = 0; k < chars.length(); k++) {
      if (s.indexOf(chars.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A space, then one of {@code words} (each ends with its space), in any case. */
  private static boolean hasSpelledWord(String s, String[] words) {
    for (int i = s.indexOf(' '); i >= 0 && i + 4 < s.length(); i = s.indexOf(' ', i + 1)) {
      for (String w : words) {
        if (s.regionMatches(true, i + 1, w, 0, w.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A dot-like symbol of SYMBOL_DOT (or the high surrogate of its emoji). */
  private static boolean hasDotSymbol(String s) {
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case '\u2022',
            '\u2219',
            '\u25CF',
            '\u26AB',
            '\u25E6',
            '\u25AA',
            '\u2981',
            '\u26AA',
            '\u25CB',
            '\u25C9',
            '\u2B24',
            '\u00B7',
            '\uD83D' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  private static void collect(
      Pattern p,
      String text,
      String replacement,
      List<Edit> edits,
      java.util.function.Predicate<Matcher> accept) {
    Matcher m = p.matcher(text);
    boolean sep = p.pattern().contains("(?<sep>");
    while (m.find()) {
      if (accept == null || accept.test(m)) {
        Edit e =
            sep
                ? new Edit(m.start("sep"), m.end("sep"), replacement)
                : new Edit(m.start(), m.end(), replacement);
        if (edits.stream().noneMatch(o -> o.start() < e.end() && e.start() < o.end())) {
          edits.add(e);
        }
      }
    }
  }

  private static boolean catalanDot(String text, Matcher m) {
    return text.charAt(m.start()) == '\u00B7'
        && Character.toLowerCase(text.charAt(m.start() - 1)) == 'l'
        && Character.toLowerCase(text.charAt(m.end())) == 'l';
  }

  /** A top-level domain of the ICANN section of the public-suffix list ("club", "me", "fr"). */
  static boolean isTld(String label) {
    return InternetDomainName.isValid(label) && InternetDomainName.from(label).isRegistrySuffix();
  }

  /**
   * A spelled dot joins a name and an ending: a configured ending after any name ("site dot com"),
   * or any top-level domain after a name with a digit, a hyphen or an underscore, which no word of
   * a sentence has ("pearl-care dot club"; "el punto de venta" stays), or a top-level domain that
   * is no short word after a lower-case name of eight characters or more ("serviciosandinos punto
   * co").
   */
  private boolean spelledHost(String name, String ending, boolean closes) {
    String e = ending.toLowerCase(Locale.ROOT);
    if (spelledTlds.contains(e)) {
      return name.length() >= 3;
    }
    return isTld(e) && (nameNoWordHas(name) || longName(name, e, closes));
  }

  /**
   * A space before a dot joins a name and a top-level domain: in an e-mail's domain ("rosa @ proton
   * . me"), after a name with a digit, hyphen or underscore ("luciana-jobs . nz"), or after a
   * lower-case name of eight characters or more when the ending is no short word ("willowzenit .
   * be"). "www . is down", "the only fans . com homepage" and "18h . de 9h" stay.
   */
  private boolean spacedHost(String name, String ending, boolean afterAt, boolean closes) {
    if (!isTld(ending)) {
      return false;
    }
    return afterAt || nameNoWordHas(name) || longName(name, ending, closes);
  }

  /** An '@' right before the name, perhaps after a space. */
  private static boolean afterAt(String text, int nameStart) {
    int i = nameStart - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && text.charAt(i) == '@';
  }

  /**
   * What no word of a sentence has: a hyphen, an underscore, or a digit among three letters or more
   * ("eventos85"; "18h", "2x" are quantities).
   */
  static boolean nameNoWordHas(String name) {
    long letters = name.chars().filter(Character::isLetter).count();
    return name.chars().anyMatch(c -> c == '-' || c == '_')
        || letters >= 3 && name.chars().anyMatch(Character::isDigit);
  }

  /**
   * A lower-case name of eight characters or more, before an ending that is no short word or that
   * closes the phrase ("willowzenit . be · tron"; "sevillana punto de encuentro" stays).
   */
  private boolean longName(String name, String ending, boolean closes) {
    return name.length() >= 8
        && (closes || !wordTlds.contains(ending))
        && name.equals(name.toLowerCase(Locale.ROOT));
  }

  /** What closes a phrase at {@code at}: the text's end, a line's end or a mark before a space. */
  private static final Pattern CLOSING =
      Pattern.compile("[ \\t]*(?:$|\\n|[|\u00b7\u2022/,;!?)](?:\\s|$)|\\.(?:\\s|$))");

  private static boolean closes(String text, int at) {
    return CLOSING.matcher(text).region(at, text.length()).lookingAt();
  }

  /** A text with edits applied, and for each char the span of the original it stands for. */
  static final class Reading {
    private final String text;
    private final int[] from;
    private final int[] to;

    private Reading(String text, int[] from, int[] to) {
      this.text = text;
      this.from = from;
      this.to = to;
    }

    static Reading of(String s, List<Edit> edits) {
      if (edits.isEmpty()) {
        return null;
      }
      edits.sort(java.util.Comparator.comparingInt(Edit::start));
      StringBuilder out = new StringBuilder(s.length());
      int[] from = new int[s.length() + 1];
      int[] to = new int[s.length() + 1];
      int i = 0;
      int pendingFrom = -1;
      for (Edit e : edits) {
        for (; i < e.start(); i++) {
          from[out.length()] = pendingFrom >= 0 ? pendingFrom : i;
          pendingFrom = -1;
          to[out.length()] = i + 1;
          out.append(s.charAt(i));
        }
        for (int k = 0; k < e.replacement().length(); k++) {
          from[out.length()] = e.start();
          to[out.length()] = e.end();
          out.append(e.replacement().charAt(k));
        }
        i = e.end();
        if (e.replacement().isEmpty()) {
          // what was read away belongs to the chars on both sides of it ("(0496) (687)": a phone
          // read from its digits spans its brackets too)
          if (out.length() > 0) {
            to[out.length() - 1] = e.end();
          }
          pendingFrom = e.start();
        }
      }
      for (; i < s.length(); i++) {
        from[out.length()] = pendingFrom >= 0 ? pendingFrom : i;
        pendingFrom = -1;
        to[out.length()] = i + 1;
        out.append(s.charAt(i));
      }
      return new Reading(out.toString(), from, to);
    }

    String text() {
      return text;
    }

    /** Where char i of this reading starts in the original text. */
    int from(int i) {
      return from[i];
    }

    /** Where char i of this reading ends (exclusive) in the original text. */
    int to(int i) {
      return to[i];
    }

    /** This reading, then {@code next} read from it: one reading of the original. */
    Reading then(Reading next) {
      int n = next.text.length();
      int[] f = new int[n + 1];
      int[] t = new int[n + 1];
      for (int i = 0; i < n; i++) {
        f[i] = from[next.from[i]];
        t[i] = to[next.to[i] - 1];
      }
      return new Reading(next.text, f, t);
    }
  }
}

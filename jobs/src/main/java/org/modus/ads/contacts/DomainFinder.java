package org.modus.ads.contacts;

import com.google.common.net.InternetDomainName;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modus.ads.settings.AdsIngestSettings;

/**
 * Web addresses written without "http" or "www": bare domains ("rosa-vip.fr", "bit.ly/x",
 * "t.me/rosa", "onlyfans.com/rosa"), obfuscated dots ("site[.]com", "site(.)fr", "site (dot) com",
 * "site dot com"). A candidate counts only when Guava's public-suffix list says it is under a
 * registry or private suffix, so "e.g.", "3.5" or "1.500" never qualify. A public platform's bare
 * domain without a path ("vivastreet.fr") names no one and stays text. Payment hosts (paypal.me/x)
 * are payment handles.
 */
final class DomainFinder implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * A host's label; letters of any script, since an internationalized name ("niño-luz.es") is one
   * too.
   */
  private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";

  private static final String BRACKET_DOT =
      "\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\s?\\[dot\\]\\s?|\\s?\\(dot\\)\\s?|\\s?\\{dot\\}\\s?";
  private static final String PATH = "(?:/[^\\s<>\"'\\[\\]{}|\\\\^`]{0,300})?";

  /**
   * Labels joined by dots or bracketed dots, ending in letters, not inside a longer word or
   * address.
   */
  private static final Pattern DOTTED =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\p{N}_@.\\-/:])((?:"
              + LABEL
              + "(?:\\.|"
              + BRACKET_DOT
              + ")){1,6}[a-z]{2,24})(?![\\p{L}\\p{N}_@\\-]|\\.[\\p{L}\\p{N}])("
              + PATH
              + ")");

  private static final Pattern BRACKETS =
      Pattern.compile(
          "(?i)\\s?(?:\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\(dot\\)|\\{dot\\})\\s?");
  private static final Pattern TRAILING = Pattern.compile("[.,;:!?)]+$");

  /**
   * "only fans . com / rosa": a host written with spaces (inside its name, around the dot), then a
   * path.
   */
  private static final Pattern SPACED_PATH =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\p{N}_@.\\-/])((?:[a-z0-9-]+\\s+){0,2}"
              + "[a-z0-9-]+)\\s*\\.\\s*([a-z]{2,6})\\s*/\\s*([\\p{L}\\p{N}_.\\-]{0,40}[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])");

  private final Set<String> platforms;

  /** The first label of each platform domain ("vivastreet"), for its other country versions. */
  private final Set<String> platformNames;

  private final Set<String> notDomainEndings;
  private final Set<String> paymentHosts;
  private final Pattern spelled;

  /** "eventos85 punto es": a name with letters and digits, a spelled dot and a country ending. */
  private final Pattern spelledCcTld;

  /** A spelled dot between blanks (spelled_dot_words): read as '.' inside a spelled host. */
  private final Pattern spelledDotBetweenBlanks;

  /** spelled_dot_words, lower case, each with a blank before and after it. */
  private final CaseFreeNeedles blankDotWords;

  private final Set<String> commaTlds;

  DomainFinder(AdsIngestSettings.Contacts cues) {
    this.platforms = lower(cues.platformDomains());
    this.platformNames =
        platforms.stream()
            .filter(d -> d.indexOf('.') > 2)
            .map(d -> d.substring(0, d.indexOf('.')))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.notDomainEndings = lower(cues.notDomainEndings());
    this.paymentHosts = lower(cues.paymentLinkHosts());
    this.commaTlds = lower(cues.commaDomainTlds());
    String tlds =
        String.join("|", lower(cues.spelledDomainTlds()).stream().map(Pattern::quote).toList());
    List<String> dotWords =
        AdsIngestSettings.Contacts.orEmpty(cues.spelledDotWords()).stream()
            .map(w -> w.strip().toLowerCase(Locale.ROOT))
            .filter(w -> !w.isEmpty())
            .toList();
    this.blankDotWords = new CaseFreeNeedles(dotWords.stream().map(w -> " " + w + " ").toList());
    String dot =
        dotWords.isEmpty()
            ? "(?!)"
            : String.join("|", dotWords.stream().map(Pattern::quote).toList());
    this.spelledDotBetweenBlanks = Pattern.compile("(?iu)\\s+(?:" + dot + ")\\s+");
    // Spelled dots are ordinary words ("point", "punto"): only a first label of 3+ characters and a
    // configured ending make a domain of them.
    this.spelled =
        Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}_@.\\-])([a-z0-9][a-z0-9-]{1,61}[a-z0-9])"
                + "\\s+(?:"
                + dot
                + ")\\s+((?:co|com|org|net|ac|gov|gob)\\s+(?:"
                + dot
                + ")\\s+[a-z]{2}|"
                + (tlds.isEmpty() ? "(?!)" : tlds)
                + ")(?![\\p{L}\\p{N}_@\\-])"
                + GLUED_PATH);
    this.spelledCcTld =
        Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}_@.\\-])([a-z0-9][a-z0-9-]{3,61}[a-z0-9])"
                + "\\s+(?:"
                + dot
                + ")\\s+([a-z]{2})(?![\\p{L}\\p{N}_@\\-])"
                + GLUED_PATH);
  }

  /**
   * "rosa-spa punto es/reservas": a path glued to a spelled host's ending, which no phrase ("este
   * punto es") has; group "path".
   */
  private static final String GLUED_PATH =
      "(?<path>/[\\p{L}\\p{N}_~%\\-]{2,60}(?:[/.][\\p{L}\\p{N}_~%\\-]{1,60}){0,4})?";

  private static Set<String> lower(List<String> l) {
    Set<String> s = new HashSet<>();
    if (l != null) {
      l.forEach(x -> s.add(x.toLowerCase(Locale.ROOT)));
    }
    return s;
  }

  /**
   * The bare and obfuscated web addresses of a text (contacts found earlier win where they
   * overlap).
   */
  List<Contact> find(String original) {
    List<Contact> out = new ArrayList<>();
    String text = view(original);
    if (hasDottedHint(text)) {
      Matcher m = DOTTED.matcher(text);
      while (m.find()) {
        String host = BRACKETS.matcher(m.group(1)).replaceAll(".").toLowerCase(Locale.ROOT);
        String path = TRAILING.matcher(m.group(2)).replaceAll("");
        boolean obfuscated =
            !m.group(1).toLowerCase(Locale.ROOT).equals(host)
                || !original.substring(m.start(1), m.end(1)).equals(m.group(1));
        if (isSite(host, m.group(1), path, obfuscated)) {
          out.add(contact(host, path, m.start(), m.start(1) + m.group(1).length() + path.length()));
        }
      }
    }
    if (text.indexOf('/') > 0) {
      out.addAll(spacedPlatformPaths(text));
    }
    if (hasSpelledDot(text)) {
      Matcher m = spelled.matcher(text);
      while (m.find()) {
        String host =
            (m.group(1) + "." + spelledDotBetweenBlanks.matcher(m.group(2)).replaceAll("."))
                .toLowerCase(Locale.ROOT);
        if (isUnderPublicSuffix(host)) {
          out.add(contact(host, pathOf(m), m.start(), m.end()));
        }
      }
      // "eventos85 punto es": a name with letters and digits is no word of a phrase ("este punto
      // es"),
      // so any country ending under a public suffix may follow its spelled dot.
      m = spelledCcTld.matcher(text);
      while (m.find()) {
        String host = (m.group(1) + "." + m.group(2)).toLowerCase(Locale.ROOT);
        int from = m.start();
        int to = m.end();
        // "book solenerentals point be": a long name and a country ending that closes the sentence
        boolean closes =
            m.group(1).length() >= 6
                && ContactDetector.SENTENCE_END
                    .matcher(text)
                    .region(m.end(), text.length())
                    .lookingAt();
        // "eventos-sur punto es/alta": a path glued to the ending makes a link of a hyphenated
        // name,
        // or of any name with a path of 4+ characters ("el asunto punto es/era" stays)
        if ((m.group(1).matches(".*\\d.*") && m.group(1).matches(".*\\p{L}.*")
                || closes
                || m.group("path") != null
                    && (m.group(1).indexOf('-') > 0 || m.group("path").length() >= 5))
            && isUnderPublicSuffix(host)
            && out.stream().noneMatch(c -> c.start() < to && from < c.end())) {
          out.add(contact(host, pathOf(m), m.start(), m.end()));
        }
      }
    }
    return out;
  }

  /** The path a spelled host's match has glued to it, without trailing punctuation, or "". */
  private static String pathOf(Matcher m) {
    return m.group("path") == null ? "" : TRAILING.matcher(m.group("path")).replaceAll("");
  }

  /**
   * A platform's profile written with spaces: "only fans . com / rosa", "fansly .com/ rosa". Only a
   * configured platform's host (its words joined) makes one: "see p . 12 / 3" stays.
   */
  private List<Contact> spacedPlatformPaths(String text) {
    List<Contact> out = new ArrayList<>();
    Matcher m = SPACED_PATH.matcher(text);
    while (m.find()) {
      if (m.group().chars().noneMatch(Character::isWhitespace)) {
        continue; // written plainly: the dotted search reads it
      }
      String[] words = m.group(1).split("\\s+");
      String tld = m.group(2).toLowerCase(Locale.ROOT);
      for (int k = words.length; k >= 1; k--) {
        String name =
            String.join("", java.util.Arrays.copyOfRange(words, words.length - k, words.length))
                .toLowerCase(Locale.ROOT);
        String host = name + "." + tld;
        if (platforms.contains(host) || platformNames.contains(name) && isUnderPublicSuffix(host)) {
          int start = m.start(1);
          for (int w = 0; w < words.length - k; w++) {
            start = text.indexOf(words[w + 1], start + words[w].length());
          }
          out.add(contact(host, "/" + m.group(3), start, m.end()));
          break;
        }
      }
    }
    return out;
  }

  /** Dots written with another character: ideographic, full-width, half-width or middle dot. */
  private static final String OTHER_DOTS = "\u3002\uFF0E\uFF61\u00B7\u30FB";

  /**
   * Cyrillic letters that look like Latin ones ("friedаdaily.com" with a Cyrillic а), and their
   * Latin twins.
   */
  private static final String CYRILLIC =
      "\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501"
          + "\u0410\u0415\u041E\u0420\u0421\u0425\u0406\u0408\u0405\u041C\u041D\u0422\u0412\u041A";

  private static final String LATIN = "aeopcyxijsdAEOPCXIJSMHTBK";

  /**
   * The text with the same length and offsets, where other dots are '.', Cyrillic look-alikes their
   * Latin letter, and a comma between a name and a configured ending ("yukicasa59,com") a dot.
   */
  String view(String text) {
    char[] c = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      char r = ch;
      int cy = CYRILLIC.indexOf(ch);
      if (OTHER_DOTS.indexOf(ch) >= 0 && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        r = '.';
      } else if (cy >= 0) {
        r = LATIN.charAt(cy);
      } else if (ch == ','
          && i > 0
          && Character.isLetterOrDigit(text.charAt(i - 1))
          && (commaEnding(text, i + 1) || hyphenatedNameAndCountryEnding(text, i))) {
        r = '.';
      }
      if (r != ch) {
        if (c == null) {
          c = text.toCharArray();
        }
        c[i] = r;
      }
    }
    return c == null ? text : new String(c);
  }

  /**
   * "nora-vela-spa,fr": a hyphenated name in small letters, a comma and a country's ending in small
   * letters glued to it, which no list ("Lyon, FR", "Paris,FR") writes.
   */
  private static boolean hyphenatedNameAndCountryEnding(String text, int comma) {
    int from = comma;
    boolean hyphen = false;
    while (from > 0) {
      char c = text.charAt(from - 1);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        from--;
      } else if (c == '-' && from < comma) {
        hyphen = true;
        from--;
      } else {
        break;
      }
    }
    int to = comma + 1;
    while (to < text.length() && text.charAt(to) >= 'a' && text.charAt(to) <= 'z') {
      to++;
    }
    return hyphen
        && comma - from >= 5
        && to - comma - 1 == 2
        && (to == text.length() || !Character.isLetterOrDigit(text.charAt(to)))
        && (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))
        && isUnderPublicSuffix(text.substring(from, comma) + "." + text.substring(comma + 1, to));
  }

  private boolean commaEnding(String text, int from) {
    int to = from;
    while (to < text.length() && Character.isLetter(text.charAt(to))) {
      to++;
    }
    return to > from
        && (to == text.length() || !Character.isLetterOrDigit(text.charAt(to)))
        && commaTlds.contains(text.substring(from, to).toLowerCase(Locale.ROOT));
  }

  private Contact contact(String host, String path, int start, int end) {
    String h = host.startsWith("www.") ? host.substring(4) : host;
    String normalized = h + path.replaceAll("/+$", "");
    return new Contact(typeOf(normalized), normalized, start, end);
  }

  /**
   * payment_handle for a path on a payment host (paypal.me/rosa), else url; {@code normalized} is
   * host/path.
   */
  String typeOf(String normalized) {
    int slash = normalized.indexOf('/');
    return slash > 0
            && slash + 1 < normalized.length()
            && paymentHosts.contains(normalized.substring(0, slash))
        ? Contact.PAYMENT_HANDLE
        : Contact.URL;
  }

  /** A spelled dot word between spaces (" dot ", " punto "). */
  private boolean hasSpelledDot(String text) {
    return blankDotWords.in(text);
  }

  /** A letter or digit, a dot, a letter: what every plainly dotted domain has. */
  private static boolean hasDottedHint(String text) {
    for (int i = 1; i + 1 < text.length(); i++) {
      if (text.charAt(i) == '.'
          && Character.isLetterOrDigit(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i + 1))) {
        return true;
      }
    }
    for (int i = 0; i + 2 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '[' || c == '(' || c == '{')
          && (text.charAt(i + 1) == '.' || text.regionMatches(true, i + 1, "dot", 0, 3))) {
        return true;
      }
    }
    return false;
  }

  private boolean isSite(String host, String written, String path, boolean obfuscated) {
    if (!isUnderPublicSuffix(host)) {
      // "carrd.co/#rosa": a link-in-bio host is itself a (private) public suffix; its paths name
      // people
      return path.length() > 1
          && host.indexOf('.') > 0
          && InternetDomainName.isValid(host)
          && InternetDomainName.from(host).isPublicSuffix()
          && !InternetDomainName.from(host).isRegistrySuffix();
    }
    String ending = host.substring(host.lastIndexOf('.') + 1);
    String writtenEnding = written.substring(written.length() - ending.length());
    boolean noPath = path.length() <= 1;
    if (!obfuscated && noPath) {
      // "pay.Apply", "Paris.Contact": a sentence run into the next, not a site. Domains are written
      // in one case.
      if (Character.isUpperCase(writtenEnding.charAt(0))
          && !writtenEnding.equals(writtenEnding.toUpperCase(Locale.ROOT))) {
        return false;
      }
      if (notDomainEndings.contains(ending)) {
        return false; // "notes.md", "photo.zip": a file
      }
    }
    return !(noPath && isPlatform(host));
  }

  /**
   * A public platform's own domain, in any country version or sub-domain ("vivastreet.fr",
   * "m.vivastreet.co.uk", "indeed.de" when "indeed.com" is listed): it names a service, not a
   * person.
   */
  boolean isPlatform(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    h = h.startsWith("www.") ? h.substring(4) : h;
    if (platforms.contains(h)) {
      return true;
    }
    if (!isUnderPublicSuffix(h)) {
      return false;
    }
    String registrable = InternetDomainName.from(h).topPrivateDomain().toString();
    return platforms.contains(registrable)
        || platformNames.contains(registrable.substring(0, registrable.indexOf('.')));
  }

  /** A host listed as it is ("t.me", "marketplace.facebook.com"), without "www.". */
  boolean isListedPlatform(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return platforms.contains(h.startsWith("www.") ? h.substring(4) : h);
  }

  static boolean isUnderPublicSuffix(String host) {
    if (!InternetDomainName.isValid(host)) {
      return false;
    }
    InternetDomainName d = InternetDomainName.from(host);
    return d.isUnderPublicSuffix();
  }
}

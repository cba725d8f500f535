package org.modus.ads.contacts;

import com.google.common.net.InetAddresses;
import java.io.Serializable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modus.ads.settings.AdsIngestSettings;

/**
 * Identifiers of accounts and machines: IBANs (mod-97 checked; whole, spaced or partly masked),
 * IPv4 and IPv6 addresses, and payment handles ("$cashtag", "venmo @name", "zelle: name"). Each
 * search runs only when the text has what all its matches need.
 */
final class AccountFinder implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Country code, check digits (perhaps after a space: "LU 90 ..."), then up to 30 characters in
   * groups of up to 8 (split by spaces, dashes or dots); '*', 'x' or '•' mask some, the check
   * digits too ("ES** **** ... 4521").
   */
  private static final Pattern IBAN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])([A-Z]{2} ?(?:\\d{2}|\\*\\*|••)(?:(?:[ \\-.]|[ ]?\\n)?[A-Z0-9*•xX]{1,8}){2,8})(?![\\p{L}\\p{N}*•])");

  /**
   * A French RIB: bank (5 digits), branch (5), account (11, letters allowed), key (2), apart or
   * together.
   */
  private static final Pattern RIB =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(\\d{5}) ?(\\d{5}) ?([0-9A-Z]{11}) ?(\\d{2})(?![\\p{L}\\p{N}])");

  /** The fewest characters a partial IBAN after its cue has ("IBAN part 1: DE89 3704 0044"). */
  private static final int MIN_PARTIAL_IBAN = 10;

  /**
   * "ch58 5037 0069 ...": an IBAN written in lower case; kept only when its check holds or a cue is
   * near.
   */
  static final Pattern LOWER_IBAN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])([a-z]{2}\\d{2}(?:[ \\-.]?[a-z0-9]{1,4}){3,8})(?![\\p{L}\\p{N}])");

  private static final String MASKS = "*•xX";
  private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

  /** An octet, or one padded to three digits with zeros ("016", "053"). */
  private static final String PADDED_OCTET = "(?:25[0-5]|2[0-4]\\d|[01]\\d\\d|[1-9]?\\d)";

  /** Not right after a letter: "v10.4.2.1" is a version. */
  private static final Pattern IPV4 =
      Pattern.compile(
          "(?<![\\p{L}\\d.])" + PADDED_OCTET + "(?:\\." + PADDED_OCTET + "){3}(?!\\d|\\.\\d)");

  private static final Pattern IPV6 =
      Pattern.compile("(?i)(?<![\\p{L}\\p{N}:])[0-9a-f:]{3,39}(?![\\p{L}\\p{N}:])");

  /**
   * "$rosa77": a Cash App cashtag. "$2,400" has no letter; "$USD" and "$BTC" are currency codes.
   */
  private static final Pattern CASHTAG =
      Pattern.compile("(?<![\\p{L}\\p{N}_$])\\$([A-Za-z][A-Za-z0-9_]{1,19})(?![\\p{L}\\p{N}_])");

  private final CueWords ibanCues;

  /**
   * "firmware 9.3.60.124", "Abschnitt 4.9.1.1": a dotted quad after these is a version or section.
   */
  private final CueWords versionCues;

  /** "CLABE 0321 ...", "CBU: ...": the cue, then 18 (CLABE) or 22 (CBU/CVU) digits. */
  private final Pattern bankAccount;

  private final java.util.Set<String> bankLeadWords = new java.util.HashSet<>();

  /** "sort code 01-68-33": a cue (sort_code_cues) and a UK sort code. */
  private final Pattern sortCode;

  private final java.util.Set<String> sortCodeLeadWords = new java.util.HashSet<>();

  /** An 8-digit UK account number ("66058452", "6605 8452"). */
  private static final Pattern UK_ACCOUNT =
      Pattern.compile("(?<![\\p{N}\\-./])(\\d{4}[ ]?\\d{4})(?![\\p{N}]|[\\-./]\\d)");

  /** "alias celu.venta.rosario": an Argentine transfer alias, dotted words. */
  private final Pattern bankAlias;

  private final java.util.Set<String> aliasLeadWords = new java.util.HashSet<>();

  /** "198[.]51[.]100[.]82": a defanged IPv4. */
  private static final Pattern IPV4_DEFANGED =
      Pattern.compile(
          "(?<![\\d.])"
              + OCTET
              + "(?:(?:\\[\\.\\]|\\(\\.\\)|\\[dot\\]|\\(dot\\))"
              + OCTET
              + "){3}(?!\\d)");

  private final Pattern paymentHandle;

  /** "198 punkt 51 punkt 100 punkt 103": an IPv4 with spelled dots (spelled_dot_words). */
  private final Pattern ipv4SpelledDots;

  private final java.util.Set<String> dotWords = new java.util.HashSet<>();

  /**
   * First words of the payment apps' names: without one, the payment-handle pattern cannot match.
   */
  private final java.util.Set<String> paymentLeadWords = new java.util.HashSet<>();

  /** payment_short_prefixes: abbreviations ("CA") after which only a small handle counts. */
  private final java.util.Set<String> shortPrefixes = new java.util.HashSet<>();

  /**
   * Names of apps, platforms and common words (payment_prefixes run together, handle_prefixes,
   * handle_not_words, phone_cues, platform_domains' names), lower case: "Venmo PayPal" or "Zelle
   * WhatsApp" names two apps, no account.
   */
  private final java.util.Set<String> appNames = new java.util.HashSet<>();

  AccountFinder(AdsIngestSettings.Contacts cues) {
    this.ibanCues = new CueWords(cues.ibanCues());
    List<String> dots = AdsIngestSettings.Contacts.orEmpty(cues.spelledDotWords());
    dots.forEach(d -> dotWords.add(d.strip().toLowerCase(Locale.ROOT)));
    String dot =
        "\\s+(?:"
            + (dots.isEmpty()
                ? "(?!)"
                : String.join("|", dots.stream().map(w -> Pattern.quote(w.strip())).toList()))
            + ")\\s+";
    this.ipv4SpelledDots =
        Pattern.compile(
            "(?iu)(?<![\\p{L}\\d.,])" + OCTET + "(?:" + dot + OCTET + "){3}(?![\\p{N}]|[.,]\\d)");
    this.versionCues = new CueWords(cues.versionCues());
    List<String> bank = cues.bankAccountCues() == null ? List.of() : cues.bankAccountCues();
    bank.forEach(b -> bankLeadWords.add(b.strip().toLowerCase(Locale.ROOT).split("\\s+")[0]));
    this.bankAccount =
        Pattern.compile(
            "(?iu)"
                + ContactDetector.firstCharGate(bank)
                + "(?<![\\p{L}\\p{N}])(?:"
                + (bank.isEmpty()
                    ? "(?!)"
                    : String.join(
                        "|",
                        bank.stream()
                            .map(w -> Pattern.quote(w.strip()).replace(" ", "\\E\\s+\\Q"))
                            .toList()))
                + ")(?![\\p{L}\\p{N}])[^\\d\\n]{0,20}?(\\d(?:[ \\-.]?\\d){17,21})(?![\\d])");
    List<String> sort = AdsIngestSettings.Contacts.orEmpty(cues.sortCodeCues());
    sort.forEach(
        b -> sortCodeLeadWords.add(b.strip().toLowerCase(Locale.ROOT).split("[\\s/-]+")[0]));
    this.sortCode =
        Pattern.compile(
            "(?iu)"
                + ContactDetector.firstCharGate(sort)
                + "(?<![\\p{L}\\p{N}])(?:"
                + (sort.isEmpty()
                    ? "(?!)"
                    : String.join(
                        "|",
                        sort.stream()
                            .map(w -> Pattern.quote(w.strip()).replace(" ", "\\E\\s+\\Q"))
                            .toList()))
                + ")(?![\\p{L}\\p{N}])[^\\d\\n]{0,12}?(\\d{2}[-\\s.]?\\d{2}[-\\s.]?\\d{2})(?![\\p{N}]|[-.]\\d)");
    List<String> alias = cues.bankAliasCues() == null ? List.of() : cues.bankAliasCues();
    alias.forEach(b -> aliasLeadWords.add(b.strip().toLowerCase(Locale.ROOT).split("\\s+")[0]));
    List<String> aliasSorted = new ArrayList<>(alias);
    aliasSorted.sort((a, b) -> b.length() - a.length());
    this.bankAlias =
        Pattern.compile(
            "(?iu)"
                + ContactDetector.firstCharGate(alias)
                + "(?<![\\p{L}\\p{N}])(?:"
                + (alias.isEmpty()
                    ? "(?!)"
                    : String.join(
                        "|",
                        aliasSorted.stream()
                            .map(w -> Pattern.quote(w.strip()).replace(" ", "\\E\\s+\\Q"))
                            .toList()))
                + ")\\s*[:=]?\\s*([\\p{L}\\p{N}_\\-]{1,20}(?:\\.[\\p{L}\\p{N}_\\-]{1,20}){1,4})(?![\\p{L}\\p{N}_]|\\.[\\p{L}\\p{N}])");
    List<String> prefixes =
        new ArrayList<>(cues.paymentPrefixes() == null ? List.of() : cues.paymentPrefixes());
    prefixes.sort((a, b) -> b.length() - a.length());
    AdsIngestSettings.Contacts.orEmpty(cues.paymentShortPrefixes())
        .forEach(p -> shortPrefixes.add(p.strip().toLowerCase(Locale.ROOT)));
    prefixes.forEach(
        p -> paymentLeadWords.add(p.strip().toLowerCase(Locale.ROOT).split("\\s+")[0]));
    prefixes.forEach(p -> appNames.add(p.toLowerCase(Locale.ROOT).replaceAll("\\s+", "")));
    for (List<String> l :
        List.of(
            AdsIngestSettings.Contacts.orEmpty(cues.handlePrefixes()),
            AdsIngestSettings.Contacts.orEmpty(cues.handleNotWords()),
            AdsIngestSettings.Contacts.orEmpty(cues.phoneCues()))) {
      l.forEach(w -> appNames.add(w.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "")));
    }
    AdsIngestSettings.Contacts.orEmpty(cues.platformDomains())
        .forEach(d -> appNames.add(d.toLowerCase(Locale.ROOT).split("\\.")[0]));
    String alternation =
        prefixes.isEmpty()
            ? "(?!)"
            : String.join(
                "|",
                prefixes.stream()
                    .map(w -> Pattern.quote(w.strip()).replace(" ", "\\E\\s+\\Q"))
                    .toList());
    this.paymentHandle =
        Pattern.compile(
            "(?iu)"
                + ContactDetector.firstCharGate(prefixes)
                + "(?<![\\p{L}\\p{N}_])(?<app>"
                + alternation
                + ")"
                + "(?:\\s*(?<mark>[:=>\\-\u2013\u2014\u2192]+)\\s*|\\s+)(?:(?:me|is|at|on|to|:)\\s+)?(?:[@$\u00a3] ?|(?<spelled>dollar\\s+sign\\s+))?"
                + "(?<h>[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.\\-]{0,28}[\\p{L}\\p{N}_])?)(?![\\p{L}\\p{N}_@])");
  }

  List<Contact> ibans(String text) {
    List<Contact> out = new ArrayList<>();
    lowerCaseIbans(text, out);
    if (!hasIbanStart(text)) {
      return out;
    }
    Matcher m = IBAN.matcher(text);
    while (m.find()) {
      String g = m.group(1);
      int end = m.end(1);
      // A masked IBAN ends with visible characters: "FR76... 189 *" ends before the lone star.
      while (g.endsWith("*") || g.endsWith("•") || g.endsWith(" ") || g.endsWith("-")) {
        g = g.substring(0, g.length() - 1);
        end--;
      }
      String compact = compact(g);
      if (compact.length() < 15
          && compact.length() >= MIN_PARTIAL_IBAN
          && ibanCues.near(text, m.start(), m.end(), 30)) {
        // "IBAN Teil 1: DE89 3704 0044 (Rest per SMS)": a part of one, which still identifies it
        out.add(new Contact(Contact.IBAN, compact, m.start(), end, Contact.IBAN, false));
        continue;
      }
      if (compact.length() < 15 || compact.length() > 34) {
        continue;
      }
      if (!validMod97(compact)) {
        // "ES91 2100 ... 1332 2 habitaciones": the longest run of whole groups whose check holds.
        String t = g;
        for (int cut = lastSeparator(t); cut > 0; cut = lastSeparator(t)) {
          t = t.substring(0, cut);
          String c = compact(t);
          if (c.length() < 15) {
            break;
          }
          if (validMod97(c)) {
            end -= g.length() - t.length();
            g = t;
            compact = c;
            break;
          }
        }
      }
      boolean masked = compact.chars().anyMatch(c -> MASKS.indexOf(c) >= 0 && c != 'X');
      masked |= compact.substring(4).chars().anyMatch(c -> c == 'X') && !validMod97(compact);
      boolean valid = !masked && validMod97(compact);
      // A masked or failing IBAN-shaped code is an IBAN where the text says so ("IBAN", "RIB"), or
      // when
      // it has exactly its country's IBAN length and mostly digits (a typo'd or made-up IBAN).
      if (valid || ibanCues.near(text, m.start(), m.end(), 60) || countryLength(compact)) {
        String normalized = masked ? compact.replaceAll("[*•xX]", "*") : compact;
        out.add(new Contact(Contact.IBAN, normalized, m.start(), end, Contact.IBAN, valid));
      }
    }
    return out;
  }

  /**
   * French RIBs: kept when their key holds (one chance in 97 for any 23 digits), or with a cue
   * ("RIB", "virement") near.
   */
  List<Contact> ribs(String text) {
    List<Contact> out = new ArrayList<>();
    if (!hasDigitRun(text, 5)) {
      return out;
    }
    Matcher m = RIB.matcher(text);
    while (m.find()) {
      String rib = m.group(1) + m.group(2) + m.group(3) + m.group(4);
      boolean valid = validRibKey(m.group(1), m.group(2), m.group(3), m.group(4));
      if (valid || ibanCues.near(text, m.start(), m.end(), 30)) {
        out.add(new Contact(Contact.IBAN, rib, m.start(), m.end(), Contact.IBAN, valid));
      }
    }
    return out;
  }

  /**
   * The RIB key: 97 - (89 bank + 15 branch + 3 account) mod 97, the account's letters read as
   * digits (A, J: 1; B, K, S: 2; ... I, R, Z: 9).
   */
  static boolean validRibKey(String bank, String branch, String account, String key) {
    StringBuilder digits = new StringBuilder();
    for (char c : account.toCharArray()) {
      digits.append(
          Character.isDigit(c)
              ? c
              : (char)
                  ('0' + "ABCDEFGHIJKLMNOPQRSTUVWXYZ".indexOf(c) % 9 + 1 + (c >= 'S' ? 1 : 0)));
    }
    BigInteger sum =
        new BigInteger(bank)
            .multiply(BigInteger.valueOf(89))
            .add(new BigInteger(branch).multiply(BigInteger.valueOf(15)))
            .add(new BigInteger(digits.toString()).multiply(BigInteger.valueOf(3)));
    return 97 - sum.mod(BigInteger.valueOf(97)).intValue() == Integer.parseInt(key);
  }

  private static String unpadded(String ip) {
    StringBuilder b = new StringBuilder();
    for (String octet : ip.split("\\.")) {
      b.append(b.isEmpty() ? "" : ".").append(Integer.parseInt(octet));
    }
    return b.toString();
  }

  private static String compact(String g) {
    return g.replaceAll("[ \\-.\\n]", "").toUpperCase(Locale.ROOT);
  }

  private static int lastSeparator(String g) {
    return Math.max(
        Math.max(g.lastIndexOf(' '), g.lastIndexOf('\n')),
        Math.max(g.lastIndexOf('-'), g.lastIndexOf('.')));
  }

  /**
   * "ch58 5037 0069 2757 4935 1": an IBAN in lower case, of a country that has IBANs, whose check
   * holds, or of exactly its country's length with a cue near ("iban", "virement").
   */
  private void lowerCaseIbans(String text, List<Contact> out) {
    if (!hasLettersThenDigits(text)) {
      return;
    }
    Matcher m = LOWER_IBAN.matcher(text);
    while (m.find()) {
      // "ch29 0483 ... 1 merci": the longest run of whole groups that is an IBAN (a word may
      // follow).
      for (String g = m.group(1);
          g.length() >= 15;
          g = g.substring(0, Math.max(0, lastSeparator(g)))) {
        String compact = compact(g);
        if (compact.length() > 34 || !IBAN_LENGTHS.containsKey(compact.substring(0, 2))) {
          break;
        }
        boolean valid = validMod97(compact);
        if (valid || countryLength(compact) && ibanCues.near(text, m.start(), m.end(), 60)) {
          out.add(
              new Contact(
                  Contact.IBAN, compact, m.start(1), m.start(1) + g.length(), Contact.IBAN, valid));
          break;
        }
        if (lastSeparator(g) <= 0) {
          break;
        }
      }
    }
  }

  /** Two small letters and two digits ("ch29"): how every LOWER_IBAN match begins. */
  static boolean hasLettersThenDigits(String text) {
    int n = text.length();
    for (int i = 2; i + 1 < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        char d = text.charAt(i + 1);
        char a = text.charAt(i - 2);
        char b = text.charAt(i - 1);
        if (d >= '0' && d <= '9' && a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z') {
          return true;
        }
      }
    }
    return false;
  }

  /** ISO 13616 IBAN lengths by country (SWIFT IBAN registry). */
  private static final java.util.Map<String, Integer> IBAN_LENGTHS =
      ibanLengths(
          "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24"
              + " FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IS26 IT27 JO30 KW30 KZ20 LB28"
              + " LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24"
              + " RS22 SA24 SE24 SI19 SK24 SM27 TN24 TR26 UA29 VG24 XK20");

  private static java.util.Map<String, Integer> ibanLengths(String spec) {
    java.util.Map<String, Integer> m = new java.util.HashMap<>();
    for (String e : spec.trim().split("\\s+")) {
      m.put(e.substring(0, 2), Integer.parseInt(e.substring(2)));
    }
    return java.util.Map.copyOf(m);
  }

  /** "XXXXXX": a run of three X or more masks digits. */
  private static final java.util.regex.Pattern X_MASK = java.util.regex.Pattern.compile("X{3,}");

  /** Exactly the country's IBAN length, and at least 10 digits or masks after the check digits. */
  static boolean countryLength(String compact) {
    Integer len = IBAN_LENGTHS.get(compact.substring(0, 2));
    if (len == null || compact.length() != len) {
      return false;
    }
    String body = compact.substring(4);
    // "NL79XDNHXXXXXX4790": a run of three X or more masks digits too
    long masks = 0;
    java.util.regex.Matcher x = X_MASK.matcher(body);
    while (x.find()) {
      masks += x.end() - x.start();
    }
    long digits = body.chars().filter(c -> isDigit((char) c) || c == '*' || c == '•').count();
    return digits + masks >= 10;
  }

  private static boolean hasIbanStart(String text) {
    for (int i = 0; i + 3 < text.length(); i++) {
      char a = text.charAt(i);
      if (a >= 'A' && a <= 'Z' && isUpper(text.charAt(i + 1))) {
        // "LU 90 ...": a space may stand between the country and the check digits
        int k = text.charAt(i + 2) == ' ' && i + 4 < text.length() ? i + 3 : i + 2;
        char c = text.charAt(k);
        char d = text.charAt(k + 1);
        if (isDigit(c) && isDigit(d) || c == '*' && d == '*' || c == '•' && d == '•') {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * ISO 13616: the country code and check digits moved to the end, letters as 10..35, mod 97 is 1.
   */
  static boolean validMod97(String iban) {
    String moved = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : moved.toCharArray()) {
      if (isDigit(c)) {
        digits.append(c);
      } else if (isUpper(c)) {
        digits.append(c - 'A' + 10);
      } else {
        return false;
      }
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  private static boolean hasDigitRun(String text, int length) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
      if (run >= length) {
        return true;
      }
    }
    return false;
  }

  /**
   * A Mexican CLABE's check digit: weights 3, 7, 1 over the first 17 digits, each product mod 10.
   */
  static boolean validClabe(String d) {
    int[] w = {3, 7, 1};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (d.charAt(i) - '0') * w[i % 3] % 10;
    }
    return (10 - sum % 10) % 10 == d.charAt(17) - '0';
  }

  /** An Argentine CBU / CVU: a check digit ending each of its blocks of 8 and 14 digits. */
  static boolean validCbu(String d) {
    return cbuBlock(d.substring(0, 8), new int[] {7, 1, 3, 9, 7, 1, 3})
        && cbuBlock(d.substring(8), new int[] {3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3});
  }

  private static boolean cbuBlock(String block, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (block.charAt(i) - '0') * weights[i];
    }
    return (10 - sum % 10) % 10 == block.charAt(weights.length) - '0';
  }

  /** 18 or 22 digits in one run: the length of a CLABE and of a CBU / CVU. */
  private static final Pattern LONG_DIGIT_RUN =
      Pattern.compile("(?<![\\p{L}\\p{N}.,/\\-])(\\d{18}|\\d{22})(?![\\p{L}\\p{N}]|[.,/\\-]\\d)");

  /**
   * National bank account numbers after their cue: CLABE (18 digits), CBU / CVU (22); without a cue
   * ("transfiere a 0321...") when their check digits hold, which one run of 18 or 22 digits does by
   * chance once in 10 or 100 times.
   */
  List<Contact> bankAccounts(String text) {
    List<Contact> out = new ArrayList<>();
    if (hasDigitRun(text, 18)) {
      Matcher m = LONG_DIGIT_RUN.matcher(text);
      while (m.find()) {
        String digits = m.group(1);
        if (digits.length() == 18 ? validClabe(digits) : validCbu(digits)) {
          out.add(new Contact(Contact.IBAN, digits, m.start(1), m.end(1), Contact.IBAN, true));
        }
      }
    }
    if (!bankLeadWords.isEmpty() && ContactDetector.hasWordIn(text, bankLeadWords)) {
      Matcher m = bankAccount.matcher(text);
      while (m.find()) {
        String digits = m.group(1).replaceAll("[ \\-.]", "");
        if (digits.length() == 18 || digits.length() == 22) {
          boolean valid = digits.length() == 18 ? validClabe(digits) : validCbu(digits);
          out.add(new Contact(Contact.IBAN, digits, m.start(1), m.end(1), Contact.IBAN, valid));
        }
      }
    }
    if (!sortCodeLeadWords.isEmpty() && ContactDetector.hasWordIn(text, sortCodeLeadWords)) {
      out.addAll(sortCodeAccounts(text));
    }
    if (!aliasLeadWords.isEmpty() && ContactDetector.hasWordIn(text, aliasLeadWords)) {
      Matcher m = bankAlias.matcher(text);
      while (m.find()) {
        out.add(
            new Contact(
                Contact.PAYMENT_HANDLE, m.group(1).toLowerCase(Locale.ROOT), m.start(1), m.end(1)));
      }
    }
    return out;
  }

  /**
   * "sort code 01-68-33, acc 66058452", "account 66058452 sort code 01 68 33": a UK sort code after
   * its cue and an 8-digit account number within 40 characters (the nearest, after first), one
   * iban-type contact from the first to the last digit, normalized "016833/66058452".
   */
  private List<Contact> sortCodeAccounts(String text) {
    List<Contact> out = new ArrayList<>();
    Matcher m = sortCode.matcher(text);
    while (m.find()) {
      String code = m.group(1).replaceAll("\\D", "");
      Matcher after =
          UK_ACCOUNT.matcher(text).region(m.end(1), Math.min(text.length(), m.end(1) + 40));
      if (after.find()) {
        out.add(
            new Contact(
                Contact.IBAN,
                code + "/" + after.group(1).replace(" ", ""),
                m.start(1),
                after.end(1),
                Contact.IBAN,
                false));
        continue;
      }
      Matcher before = UK_ACCOUNT.matcher(text).region(Math.max(0, m.start() - 40), m.start());
      int[] last = null;
      while (before.find()) {
        last = new int[] {before.start(1), before.end(1)};
      }
      if (last != null) {
        out.add(
            new Contact(
                Contact.IBAN,
                code + "/" + text.substring(last[0], last[1]).replace(" ", ""),
                last[0],
                m.end(1),
                Contact.IBAN,
                false));
      }
    }
    return out;
  }

  /** "0xCB.0x00.0x71.0x5D": an IPv4 address written in hex octets. */
  private static final Pattern IPV4_HEX =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\p{N}.])0x([0-9a-f]{1,2})\\.0x([0-9a-f]{1,2})\\.0x([0-9a-f]{1,2})\\.0x([0-9a-f]{1,2})(?![\\p{L}\\p{N}])");

  List<Contact> ips(String text) {
    List<Contact> out = new ArrayList<>();
    if (text.contains(".0x") || text.contains(".0X")) {
      Matcher m = IPV4_HEX.matcher(text);
      while (m.find()) {
        String ip =
            Integer.parseInt(m.group(1), 16)
                + "."
                + Integer.parseInt(m.group(2), 16)
                + "."
                + Integer.parseInt(m.group(3), 16)
                + "."
                + Integer.parseInt(m.group(4), 16);
        out.add(new Contact(Contact.IP, ip, m.start(), m.end()));
      }
    }
    if (text.contains("[.]")
        || text.contains("(.)")
        || ContactDetector.containsIgnoreCase(text, "[dot]")
        || ContactDetector.containsIgnoreCase(text, "(dot)")) {
      Matcher m = IPV4_DEFANGED.matcher(text);
      while (m.find()) {
        String ip = m.group().replaceAll("(?i)\\[\\.\\]|\\(\\.\\)|\\[dot\\]|\\(dot\\)", ".");
        out.add(new Contact(Contact.IP, ip, m.start(), m.end()));
      }
    }
    if (!dotWords.isEmpty() && ContactDetector.hasWordIn(text, dotWords)) {
      Matcher m = ipv4SpelledDots.matcher(text);
      while (m.find()) {
        String ip = String.join(".", m.group().split("\\D+"));
        out.add(new Contact(Contact.IP, ip, m.start(), m.end()));
      }
    }
    if (hasDigitDotDigit(text)) {
      Matcher m = IPV4.matcher(text);
      while (m.find()) {
        if (versionCues.in(text, Math.max(0, m.start() - 14), m.start())) {
          continue;
        }
        // "198.051.100.007" is 198.51.100.7: one pseudonym however it is padded
        out.add(new Contact(Contact.IP, unpadded(m.group()), m.start(), m.end()));
      }
    }
    if (text.indexOf(':') >= 0 && text.indexOf(':') != text.lastIndexOf(':')) {
      Matcher m = IPV6.matcher(text);
      while (m.find()) {
        String g = m.group();
        int end = m.end();
        if (g.endsWith(":") && !g.endsWith("::")) {
          g =
              g.substring(
                  0, g.length() - 1); // "2001:db8::1: call me": the colon belongs to the sentence
          end--;
        }
        // Times ("10:30:45") and ratios are no IPv6: it needs "::" or eight groups, and Guava
        // checks.
        if (g.chars().filter(c -> c == ':').count() >= 2
            && g.chars().anyMatch(c -> c != ':')
            && InetAddresses.isInetAddress(g)) {
          String normalized = InetAddresses.toAddrString(InetAddresses.forString(g));
          out.add(new Contact(Contact.IP, normalized, m.start(), end));
        }
      }
    }
    return out;
  }

  private static boolean hasDigitDotDigit(String text) {
    int dots = 0;
    for (int i = 1; i + 1 < text.length(); i++) {
      if (text.charAt(i) == '.'
          && isDigit(text.charAt(i - 1))
          && isDigit(text.charAt(i + 1))
          && ++dots >= 3) {
        return true;
      }
    }
    return false;
  }

  /** The signs a payment app's account may be written after: "venmo @rosa", "cashapp $rosa". */
  private static final String SIGILS = "@$\u00a3";

  /**
   * "venmo: rosabb", "Venmo - rosabb | ...": after a payment app's name and a colon or dash, a lone
   * word of letters closing its phrase (the text, the line or a bar, full stop or bullet ends right
   * after it) is the account. Not a word of an app, platform or handle_not_words ("PayPal:
   * accepted."), and not a word a sentence goes on after ("Revolut: ouvre ton compte").
   */
  private boolean loneName(String text, String h, int end) {
    if (h.length() < 4
        || !h.chars().allMatch(Character::isLetter)
        || appNames.contains(h.toLowerCase(Locale.ROOT))) {
      return false;
    }
    int i = PhraseEnd.skipBlanks(text, end);
    // the end, a line break, a bar, a bullet, a slash, or a long dash ("cash app - rosab — link")
    if (PhraseEnd.closedBy(text, end, "\n|\u2022\u00b7/\u2013\u2014")
        || i > end && Character.isSurrogate(text.charAt(i))) {
      return true; // "pourboire venmo me xjulienx 🙏": an emoji closes it too
    }
    // a full stop, then the end or a line break or a space
    return text.charAt(i) == '.'
        && i == end
        && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }

  /**
   * "cashapp marlotips.": a name in small letters, which no sentence's next word after a
   * capitalized app name usually is.
   */
  private static boolean smallLetters(String h) {
    return h.chars().allMatch(Character::isLowerCase);
  }

  /**
   * "Cash App SeabreezeOBX", "Venmo RosaLima": a name in capitals inside (a small letter, then a
   * capital, past its second letter), which no word of a sentence is; not an app's or platform's
   * own name ("PayPal", "WhatsApp") nor "iPhone"-shaped.
   */
  private boolean camelName(String h) {
    boolean inner = false;
    for (int i = 2; i < h.length() && !inner; i++) {
      inner = Character.isUpperCase(h.charAt(i)) && Character.isLowerCase(h.charAt(i - 1));
    }
    return inner
        && h.length() >= 5
        && h.chars().allMatch(Character::isLetter)
        && !appNames.contains(h.toLowerCase(Locale.ROOT));
  }

  List<Contact> paymentHandles(String text) {
    List<Contact> out = new ArrayList<>();
    if (text.indexOf('$') >= 0) {
      Matcher m = CASHTAG.matcher(text);
      while (m.find()) {
        String tag = m.group(1);
        boolean currencyCode =
            tag.length() <= 5
                && tag.equals(tag.toUpperCase(Locale.ROOT))
                && tag.chars().allMatch(Character::isLetter);
        if (!currencyCode) {
          out.add(
              new Contact(
                  Contact.PAYMENT_HANDLE, "$" + tag.toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
      }
    }
    if (!ContactDetector.hasWordIn(text, paymentLeadWords)) {
      return out;
    }
    Matcher m = paymentHandle.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      String h = m.group("h");
      // After a payment app's name: any word with a letter and a digit, '_', '-' or '.', or one
      // after '@'.
      int sigil = m.start("h") - 1;
      if (text.charAt(sigil) == ' ' && sigil > 0 && SIGILS.indexOf(text.charAt(sigil - 1)) >= 0) {
        sigil--; // "cashapp $ rosa77": the sign, a space, the name
      }
      // "Cash App £rosa": a cashtag in the UK is written with the pound sign
      // "cashapp dollar sign rosa": the sign spelled out
      boolean spelled = m.group("spelled") != null;
      if (spelled) {
        sigil = m.start("spelled");
      }
      boolean at = spelled || SIGILS.indexOf(text.charAt(sigil)) >= 0;
      boolean cash = spelled || text.charAt(sigil) == '$' || text.charAt(sigil) == '\u00a3';
      boolean shortPrefix = shortPrefixes.contains(m.group("app").toLowerCase(Locale.ROOT));
      if (shortPrefix
          ? cash && h.chars().anyMatch(Character::isLetter)
              || !at && Character.isLowerCase(h.charAt(0)) && ContactDetector.handleShaped(h)
          : h.chars().anyMatch(Character::isLetter)
              && (at
                  || ContactDetector.handleShaped(h)
                  || h.indexOf('-') > 0
                  || camelName(h)
                  || (m.group("mark") != null || smallLetters(h))
                      && loneName(text, h, m.end("h")))) {
        out.add(
            new Contact(
                Contact.PAYMENT_HANDLE,
                (spelled ? "$" : cash ? String.valueOf(text.charAt(sigil)) : "")
                    + h.toLowerCase(Locale.ROOT),
                at ? sigil : m.start("h"),
                m.end("h")));
        from = m.end();
      } else {
        from = m.start() + 1;
      }
    }
    return out;
  }
}

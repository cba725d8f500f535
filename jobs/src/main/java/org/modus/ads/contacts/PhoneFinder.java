package org.modus.ads.contacts;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.schemas.AccentFolding;
import org.modus.schemas.NumberWords;

/**
 * Phone numbers, written plainly (libphonenumber, with the ad's country as region hint and the
 * configured fallback regions) or obfuscated: digits spelled out in en/fr/es/de, look-alike letters
 * ("6 I 2-3 4 5") and spread-out groups. Normalized to E.164 so that the same number written two
 * ways gets one pseudonym.
 */
public final class PhoneFinder {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /** A word, a run of digits, or both run together ("O6", "nu11", "3S"): read as a whole. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d|]+");

  private static final Pattern DATE_LIKE =
      Pattern.compile(
          "(?<!\\d)(?:19|20)\\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])(?!\\d)"
              + "|(?<!\\d)(?:0?[1-9]|[12]\\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\\d{2}(?!\\d)");

  /** "10001-1234": a US ZIP+4 postcode, which a 9-digit plan (France) would accept as a number. */
  private static final Pattern ZIP_PLUS_4 = Pattern.compile("\\(?\\d{5}-\\d{4}\\)?");

  /** "30000-45000": a range of amounts, which a foreign numbering plan might accept as a number. */
  private static final Pattern RANGE = Pattern.compile("\\d{4,}\\s*[-\u2013]\\s*\\d{4,}");

  /**
   * What may separate the pieces of one obfuscated number: up to 4 of these (6 with symbols). '~'
   * stands for any symbol or emoji (see {@link #view}).
   */
  private static final String GAP_MARKS = "-./()+,~*#[]{}_\u2013\u2014\u260E";

  /** Gaps that no plain phone needs: a run of plain digits joined by them is itself obfuscated. */
  private static final String ODD_GAP_MARKS = "/,~*#[]{}_|\u260E";

  /**
   * A superset of what libphonenumber's matcher accepts between digit blocks (its
   * VALID_PUNCTUATION, leading "+" and brackets, any space), so a text without 7 digits joined by
   * these holds no number that {@link #plausible} would keep.
   */
  private static final String PHONE_PUNCTUATION =
      "-xX\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D\uFF0E\uFF0F\u00AD\u200B\u2060"
          + "()\uFF08\uFF09\uFF3B\uFF3D.[]/~\u2053\u223C\uFF5E+\uFF0B";

  private static final int MIN_PHONE_DIGITS = 7;
  private static final int MAX_PUNCTUATION_RUN = 4;

  private final List<String> fallbackRegions;
  private final int minObfuscatedDigits;
  private final int maxDigits;
  private final NumberWords numberWords = NumberWords.load();
  private final Map<String, String> lookAlikes;

  /**
   * Letters read as digits only in a number a phone cue introduces ("Contact: 0T38 A65 Ab2"):
   * settings cued_look_alike_digits. Elsewhere "A65" is a road and "A4" a paper size.
   */
  private final Map<String, String> cuedLookAlikes;

  /** Letters that read as digits only in a token with a real digit (mixed_look_alike_digits). */
  private final Map<String, String> mixedLookAlikes;

  /** The letters a digit may stand for in a number word ("nu11"): settings leet_letters. */
  private final Map<String, String> leetLetters;

  /**
   * Words between two digit groups of one number ("206 then 5550184"), settings phone_join_words.
   */
  private final Set<String> joinWords;

  /** Join words of several words ("seguido de", "after that"), longest first, lower case. */
  private final List<String> joinPhrases;

  /** "115lb", "130 lb": a number and its unit (phone_unit_words), never look-alike digits. */
  private final Pattern unitToken;

  /** The one-character keys of cued_look_alike_digits, to scan a text for without a look-up. */
  private final String cuedLookAlikeChars;

  /** The unit words themselves, for a token without digits: a set look-up, not the pattern. */
  private final Set<String> unitWords;

  /** "34b", "36dd": a bra size (band 28-48, cup letters), not digits and a look-alike 6. */
  private static final Pattern CUP_SIZE =
      Pattern.compile("(?i)(?:2[89]|3\\d|4[0-8])(?:a|aa|b|bb|c|cc|d|dd|ddd|e|f|g|h)");

  /**
   * "call", "tel", "WhatsApp" (phone_cues): right before a run, they make a shorter or line-split
   * one a phone.
   */
  private final CueWords phoneCues;

  /**
   * ", area code seven oh two" after a 7-digit run (area_code_words): the area code written last.
   */
  private final Pattern areaCodeAfter;

  public PhoneFinder(AdsIngestSettings.Contacts cues) {
    this.fallbackRegions = cues.fallbackRegions();
    this.minObfuscatedDigits = cues.minObfuscatedDigits();
    this.maxDigits = cues.maxPhoneDigits();
    this.lookAlikes = cues.lookAlikeDigits();
    this.cuedLookAlikes =
        cues.cuedLookAlikeDigits() == null ? Map.of() : cues.cuedLookAlikeDigits();
    this.mixedLookAlikes =
        cues.mixedLookAlikeDigits() == null ? Map.of() : cues.mixedLookAlikeDigits();
    this.cuedLookAlikeChars =
        cuedLookAlikes.keySet().stream()
            .filter(k -> k.length() == 1)
            .sorted()
            .collect(java.util.stream.Collectors.joining());
    this.leetLetters = cues.leetLetters() == null ? Map.of() : cues.leetLetters();
    this.joinWords =
        cues.phoneJoinWords() == null
            ? Set.of()
            : cues.phoneJoinWords().stream()
                .map(w -> w.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(w -> w.matches("\\p{L}+"))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.joinPhrases =
        AdsIngestSettings.Contacts.orEmpty(cues.phoneJoinWords()).stream()
            .map(w -> w.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "))
            .filter(w -> w.indexOf(' ') > 0)
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .toList();
    this.phoneCues = new CueWords(cues.phoneCues());
    List<String> units = AdsIngestSettings.Contacts.orEmpty(cues.phoneUnitWords());
    this.unitToken =
        Pattern.compile(
            "(?i)\\d{0,4}(?:"
                + (units.isEmpty()
                    ? "(?!)"
                    : String.join("|", units.stream().map(u -> Pattern.quote(u.strip())).toList()))
                + ")");
    this.unitWords =
        units.stream()
            .map(u -> asciiLower(u.strip()))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    List<String> area = AdsIngestSettings.Contacts.orEmpty(cues.areaCodeWords());
    this.areaCodeAfter =
        Pattern.compile(
            "(?iu)[\\s,;:.()\\-]*(?:"
                + (area.isEmpty()
                    ? "(?!)"
                    : String.join(
                        "|",
                        area.stream()
                            .map(w -> Pattern.quote(w.strip()).replace(" ", "\\E\\s+\\Q"))
                            .toList()))
                + ")(?:\\s+(?:is|est|es|ist))?[\\s:]*");
  }

  /** Within 32 characters before {@code start}: a phone cue ("call me at", "WhatsApp:"). */
  private boolean cued(String text, int start) {
    return phoneCues.in(text, Math.max(0, start - 32), start);
  }

  /**
   * E.164 of a number (digits, "+" and digits) that some region's plan accepts as possible; else
   * null.
   */
  String possible(String number, Set<String> regions) {
    for (String r : regions) {
      try {
        PhoneNumber n = UTIL.parse(number, r);
        if (UTIL.isPossibleNumber(n)) {
          return e164(n);
        }
      } catch (NumberParseException e) {
        // try the next region
      }
    }
    return null;
  }

  /** The digits a chat message ends with, from {@code start} ("+" kept). */
  record DigitTail(int start, String digits) {}

  /** What may stand between the digit groups or digit words of one chat message. */
  private static final Pattern TAIL_GAP = Pattern.compile("[ \\t.()\\-]{1,3}");

  /**
   * The end of text[from, to) that is only digit groups and digit words ("escríbeme por acá 341":
   * 341; "683 0564"; "9 zero 3 one": 9031), or null when it ends in anything else.
   */
  DigitTail digitTail(String text, int from, int to) {
    Matcher t = TOKEN.matcher(text).region(from, to);
    List<int[]> tokens = new ArrayList<>();
    while (t.find()) {
      tokens.add(new int[] {t.start(), t.end()});
    }
    StringBuilder digits = new StringBuilder();
    int start = -1;
    for (int i = tokens.size() - 1; i >= 0; i--) {
      int[] tok = tokens.get(i);
      String d = digitsOrDigitWord(text.substring(tok[0], tok[1]));
      boolean joined =
          i == tokens.size() - 1
              ? tok[1] == to
              : TAIL_GAP.matcher(text).region(tok[1], tokens.get(i + 1)[0]).matches();
      if (d == null || !joined) {
        break;
      }
      digits.insert(0, d);
      start = tok[0];
    }
    if (start < 0) {
      return null;
    }
    return start > from && text.charAt(start - 1) == '+'
        ? new DigitTail(start - 1, "+" + digits)
        : new DigitTail(start, digits.toString());
  }

  /** A run of digits as written, or the digit a word names ("zero", "cinco"); else null. */
  private String digitsOrDigitWord(String token) {
    if (allDigits(token)) {
      return token;
    }
    NumberWords.Entry e = numberWords.lookup(token);
    return e != null && e.kind() == NumberWords.Kind.DIGIT ? String.valueOf(e.value()) : null;
  }

  /** The regions a number is read in: the ad's, then the fallbacks. */
  Set<String> regions(String region) {
    Set<String> regions = new LinkedHashSet<>();
    if (region != null) {
      regions.add(region);
    }
    regions.addAll(fallbackRegions);
    return regions;
  }

  /**
   * The text with the same length and offsets, where full-width digits are ASCII and keycap marks
   * (0️⃣), variation selectors, emoji and other symbols are '~': a number split by them reads as
   * digit groups with a gap mark between.
   */
  static String view(String text) {
    char[] c = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      char r = ch;
      if (ch > 127 && Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER) {
        r = (char) ('0' + Character.digit(ch, 10)); // full-width, Arabic-Indic, Devanagari...
      } else if (ch >= '\u2460' && ch <= '\u24FF' || ch >= '\u2776' && ch <= '\u2793') {
        // circled and dingbat digits ("❻❷❷", "⓿"): NFKC folds ① but not ❶ or ⓿
        int v = Character.getNumericValue(ch);
        r = v >= 0 && v <= 9 ? (char) ('0' + v) : ch;
      } else if (phoneEmoji(text, i)) {
        r = PHONE_MARK; // "☎️ 724⏎⏎077 554": a telephone emoji is a gap mark and a phone cue
        // (phone_cues "☎")
      } else if (ch > 127
              && (ch == '\uFE0F'
                  || ch == '\u20E3'
                  || ch == '\u200D'
                  || Character.isSurrogate(ch)
                  || BULLETS.indexOf(ch) >= 0
                  || isSymbol(Character.getType(ch)))
          || ASCII_SYMBOLS.indexOf(ch) >= 0) {
        r = '~';
      } else if (ch == '+'
          && i > 0
          && Character.isDigit(text.charAt(i - 1))
          && i + 1 < text.length()
          && text.charAt(i + 1) == ' ') {
        r = ';'; // "Jade 18+ 07.61 69-63.72": an age's plus, no country code's, and no digit
        // group of the number after it
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

  /** What a telephone emoji (☎ 📞 📱 📲) reads as: its first char; the rest of it reads as '~'. */
  static final char PHONE_MARK = '\u260E';

  private static boolean phoneEmoji(String text, int i) {
    int cp = text.codePointAt(i);
    return (cp == 0x260E || cp == 0x1F4DE || cp == 0x1F4F1 || cp == 0x1F4F2)
        && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }

  /**
   * Bullets and middle dots ("06•39•98•82•38", "020 • 7946 • 0665"): punctuation to Unicode, but
   * between digit groups they stand where a symbol or emoji would, so they read as one.
   */
  private static final String BULLETS = "\u2022\u2027\u00b7\u2219\u22c5\u30fb";

  /**
   * "602^262^425", "06=39=98": ASCII symbols that no number is written with stand where an emoji
   * would.
   */
  private static final String ASCII_SYMBOLS = "^`=<>\\";

  private static boolean isSymbol(int type) {
    return type == Character.OTHER_SYMBOL
        || type == Character.MATH_SYMBOL
        || type == Character.MODIFIER_SYMBOL
        || type == Character.ENCLOSING_MARK
        || type == Character.NON_SPACING_MARK;
  }

  /** Every phone number in {@code text}; {@code region} is an ISO alpha-2 hint or null. */
  public List<Contact> find(String original, String region) {
    String text = view(original);
    List<Contact> out = new ArrayList<>();
    Set<String> regions = new LinkedHashSet<>();
    if (region != null) {
      regions.add(region);
    }
    regions.addAll(fallbackRegions);
    // First: a number interrupted by an aside is one contact, though its groups may each look like
    // a number.
    out.addAll(interrupted(text, regions));
    // No plausible number has fewer than 7 digits: most texts skip libphonenumber's (costly)
    // search.
    // libphonenumber's search costs per character and per region: it runs on a window around each
    // run of 7+ digits (most texts have none), not on the whole text.
    for (int[] w : digitRunWindows(text)) {
      String window = text.substring(w[0], w[1]);
      for (String r : regions) {
        for (PhoneNumberMatch m :
            UTIL.findNumbers(window, r, PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
          // Symbols or emoji between the groups: the obfuscated reading below sees the whole
          // number.
          Contact c = plainPhoneBeforeAmount(text, w[0], m, r, region);
          if (c != null && out.stream().noneMatch(c::overlaps)) {
            out.add(c);
          }
        }
      }
    }
    for (Contact c : obfuscated(text, regions)) {
      // "0160 NOBOT 5551234": the whole disguised number covers what the plain search read of its
      // end;
      // only across an anti-bot word, which the plain search never reads through
      if (out.stream()
          .anyMatch(
              o ->
                  c.start() <= o.start()
                      && o.end() <= c.end()
                      && c.end() - c.start() > o.end() - o.start()
                      && (antiBotWordIn(text, c.start(), o.start())
                          || antiBotWordIn(text, o.end(), c.end())
                          || gluedToLetter(text, o)))) {
        out.removeIf(o -> c.start() <= o.start() && o.end() <= c.end());
      }
      if (out.stream().noneMatch(c::overlaps)) {
        out.add(c);
      }
    }
    if (mayHoldCuedLookAlike(text)) {
      for (Contact c : obfuscated(text, regions, true)) {
        if (out.stream().noneMatch(c::overlaps)) {
          out.add(c);
        }
      }
    }
    for (Contact c : cuedForeignRuns(text)) {
      if (out.stream().noneMatch(c::overlaps)) {
        out.add(c);
      }
    }
    if (mayHoldVanity(text)) {
      for (Contact c : vanity(text, regions)) {
        if (out.stream().noneMatch(c::overlaps)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * "O170 s5512384": the plain search read digits that a look-alike letter runs into, a piece of a
   * disguised group.
   */
  private static boolean gluedToLetter(String text, Contact plain) {
    return plain.start() > 0 && Character.isLetter(text.charAt(plain.start() - 1))
        || plain.end() < text.length() && Character.isLetter(text.charAt(plain.end()));
  }

  /**
   * "(213) 555-LUNA", "1-800-FLOWERS": a number whose last group is a word in capitals, to be
   * dialled on the keypad's letters.
   */
  private static final Pattern VANITY =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}+.,:/])(?:\\+?1[ .\\-])?(?:\\(\\d{3}\\)[ ]?|\\d{3}[ .\\-])(?:\\d{3}[ .\\-])?"
              + "[A-Z]{4,7}(?![\\p{L}\\p{N}])");

  /** A digit, a space, dot or dash, then four capitals: what a vanity number needs. */
  static boolean mayHoldVanity(String text) {
    for (int i = text.indexOf('-') >= 0 || text.indexOf(' ') >= 0 ? 0 : text.length();
        i + 5 < text.length();
        i++) {
      char sep = text.charAt(i + 1);
      if (Character.isDigit(text.charAt(i))
          && (sep == '-' || sep == ' ' || sep == '.')
          && isCapital(text.charAt(i + 2))
          && isCapital(text.charAt(i + 3))
          && isCapital(text.charAt(i + 4))
          && isCapital(text.charAt(i + 5))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /**
   * Vanity numbers ({@link #VANITY}): the letters read as the keypad's digits, 10 digits or more
   * that some region's plan accepts.
   */
  private List<Contact> vanity(String text, Set<String> regions) {
    List<Contact> out = new ArrayList<>();
    Matcher m = VANITY.matcher(text);
    while (m.find()) {
      String raw = m.group();
      String digits = PhoneNumberUtil.convertAlphaCharactersInNumber(raw).replaceAll("[^\\d+]", "");
      if (digits.replace("+", "").length() < 10 || endsInCurrency(text, m.end())) {
        continue;
      }
      String normalized = possible(digits, regions);
      if (normalized != null) {
        out.add(
            new Contact(
                Contact.PHONE, normalized, m.start(), m.end(), Contact.OBSCURED_PHONE, true));
      }
    }
    return out;
  }

  /** "300 000 FCFA": the capitals before {@code end} are a currency's code, not a keypad word. */
  private static boolean endsInCurrency(String text, int end) {
    int word = end;
    while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
      word--;
    }
    return CURRENCIES.signOrCodeAt(text, word);
  }

  /** Whether a word between {@code from} and {@code to} is one put inside a number against bots. */
  private static boolean antiBotWordIn(String text, int from, int to) {
    Matcher w = TOKEN.matcher(text).region(from, to);
    while (w.find()) {
      if (antiBotFiller(w.group())) {
        return true;
      }
    }
    return false;
  }

  /** 9 to 15 digits, plain or in groups: the shape of any national or international number. */
  private static final Pattern LONG_RUN =
      Pattern.compile("(?<![\\d.,/])\\+?\\d(?:[ .\\-]?\\d){8,14}(?!\\d|[.,/]\\d)");

  /** Three digits and four: a local number without its area code ("555-0168"). */
  private static final Pattern LOCAL_NUMBER =
      Pattern.compile("(?<![\\p{N}+\\-./])\\d{3}[-. ]\\d{4}(?![\\p{N}]|[-./]\\p{N})");

  /**
   * "móvil: 1153179940" in a Spanish ad: a number of another country written without its country
   * code, which no plan of the ad's regions accepts. Right after a phone cue (no other number
   * between), a run of 9+ digits that is no date, range or amount is someone's number all the same;
   * so is a local number without its area code right after one ("text 555-0168").
   */
  private List<Contact> cuedForeignRuns(String text) {
    List<Contact> out = cuedRuns(text, LONG_RUN, 32);
    for (Contact c : cuedRuns(text, LOCAL_NUMBER, 14)) {
      if (out.stream().noneMatch(c::overlaps)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Matches of {@code run} with a phone cue within {@code reach} characters before them; {@code
   * run} is a pattern whose matches begin at the start of a run of digits, or at its '+'.
   */
  private List<Contact> cuedRuns(String text, Pattern run, int reach) {
    List<Contact> out = new ArrayList<>();
    Matcher m = run.matcher(text);
    int next = 0;
    while (LeadStarts.findAtNumberStart(m, text, next)) {
      next = m.end();
      String raw = m.group();
      // the cue must stand between the run and any number before it ("24h. móvil: 115...")
      int from = m.start();
      while (from > 0 && from > m.start() - reach && !Character.isDigit(text.charAt(from - 1))) {
        from--;
      }
      if (!phoneCues.in(text, from, m.start())
          || quantity(text, m.end())
          || DATE_LIKE.matcher(raw).find()
          || amountRange(raw)) {
        continue;
      }
      String digits = raw.replaceAll("\\D", "");
      out.add(new Contact(Contact.PHONE, "digits:" + digits, m.start(), m.end()));
    }
    return out;
  }

  /**
   * Windows of the text around every run of 7+ digits joined only by phone punctuation (at most 4
   * marks in a row), widened to the neighbouring whitespace so the matcher sees the number's
   * context; merged when they touch. No plausible number (see {@link #plausible}) lies outside
   * them.
   */
  static List<int[]> digitRunWindows(String text) {
    List<int[]> windows = new ArrayList<>();
    int digits = 0;
    int marks = 0;
    int runStart = -1;
    int lastDigit = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      boolean digit = i < text.length() && Character.isDigit(c);
      boolean mark =
          !digit
              && i < text.length()
              && (Character.isWhitespace(c)
                  || Character.isSpaceChar(c)
                  || PHONE_PUNCTUATION.indexOf(c) >= 0);
      if (digit) {
        if (digits == 0) {
          runStart = i;
        }
        digits++;
        marks = 0;
        lastDigit = i;
      } else if (mark && digits > 0 && ++marks <= MAX_PUNCTUATION_RUN) {
        continue;
      }
      if (!digit) {
        if (digits >= MIN_PHONE_DIGITS) {
          addWindow(windows, widen(text, runStart, -1), widen(text, lastDigit + 1, 1));
        }
        digits = 0;
        marks = 0;
      }
    }
    return windows;
  }

  /** Moves from i past up to 24 characters of the neighbouring word(s), stopping after a space. */
  private static int widen(String text, int i, int step) {
    int spaces = 0;
    int p = i;
    for (int n = 0; n < 24; n++) {
      int next = step < 0 ? p - 1 : p;
      if (next < 0 || next >= text.length()) {
        break;
      }
      if (Character.isWhitespace(text.charAt(next)) && ++spaces > 2) {
        break;
      }
      p += step;
    }
    return p;
  }

  private static void addWindow(List<int[]> windows, int from, int to) {
    int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
    if (last != null && from <= last[1]) {
      last[1] = Math.max(last[1], to);
    } else {
      windows.add(new int[] {from, to});
    }
  }

  /**
   * Possible-but-invalid numbers are kept only when written like a phone (international prefix,
   * trunk zero or bracketed area code) and long enough: fictional ranges (UK 07700 900xxx) are not
   * "valid", while price ranges and years must not be taken for phones.
   */
  private static boolean plausible(String raw, PhoneNumber n, boolean hintRegion) {
    String digits = raw.replaceAll("\\D", "");
    if (digits.length() < 7
        || digits.startsWith("000") // no trunk is "000", no country code starts with 0
        || dateAndLittleElse(raw, digits)
        || DATE_LIKE.matcher(raw).matches()
        || ZIP_PLUS_4.matcher(raw).matches()
        || amountRange(raw)) {
      return false;
    }
    if (UTIL.isValidNumber(n)
        && (hintRegion
            || raw.charAt(0) == '+'
            || digits.length() >= 9 && !RANGE.matcher(raw).matches())) {
      return true;
    }
    char first = raw.charAt(0);
    return digits.length() >= 9 && (first == '+' || first == '0' || first == '(');
  }

  /**
   * "2024 – 2024-12-13": a date with a year or a time beside it, not a number with a date in it.
   */
  private static boolean dateAndLittleElse(String raw, String digits) {
    Matcher d = DATE_LIKE.matcher(raw);
    return raw.charAt(0) != '+'
        && d.find()
        && digits.length() - d.group().replaceAll("\\D", "").length() <= 4;
  }

  /**
   * "3300-3800", "30000 - 45000", "2.200.000 - 3.000.000": two amounts of one length, the first the
   * lower, no trunk zero.
   */
  private static final Pattern AMOUNT_RANGE =
      Pattern.compile("([1-9]\\d{2,6})\\s*[-\u2013]\\s*([1-9]\\d{2,6})");

  static boolean amountRange(String raw) {
    // "32.200–37.800": thousands separators first
    Matcher m = AMOUNT_RANGE.matcher(raw.strip().replaceAll("(?<=\\d)[.,'](?=\\d{3}(?!\\d))", ""));
    return m.matches()
        && m.group(1).length() == m.group(2).length()
        && Long.parseLong(m.group(1)) < Long.parseLong(m.group(2));
  }

  static String e164(PhoneNumber n) {
    return UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
  }

  /**
   * CUP: a token shaped like a bra size ("42B"): look-alike digits inside a run, a measure at its
   * edge.
   */
  private enum Kind {
    PLAIN,
    WORD,
    LOOK_ALIKE,
    /** With a letter of cued_look_alike_digits ("A65"): read only after a phone cue. */
    CUED_LOOK_ALIKE,
    CUP
  }

  /** A token of a possible obfuscated number; {@code word} is set for number words. */
  private record Tok(int start, int end, String digits, Kind kind, NumberWords.Entry word) {
    /**
     * A connector ("y", "et") disguises nothing: "2000 y 2500" is a range, not a number in words.
     */
    boolean disguised() {
      return kind == Kind.LOOK_ALIKE
          || kind == Kind.CUED_LOOK_ALIKE
          || kind == Kind.CUP
          || kind == Kind.WORD && word.kind() != NumberWords.Kind.CONNECTOR;
    }
  }

  /**
   * A letter of cued_look_alike_digits touching a digit, and a phone cue somewhere: what a number
   * with those letters needs before the second, costlier reading of the runs.
   */
  private boolean mayHoldCuedLookAlike(String text) {
    if (cuedLookAlikes.isEmpty()) {
      return false;
    }
    boolean touching = false;
    for (int i = 0; i < text.length() && !touching; i++) {
      if (cuedLookAlikeChars.indexOf(text.charAt(i)) >= 0) {
        touching =
            i > 0 && Character.isDigit(text.charAt(i - 1))
                || i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
      }
    }
    return touching && phoneCues.in(text, 0, text.length());
  }

  private List<Contact> obfuscated(String text, Set<String> regions) {
    return obfuscated(text, regions, false);
  }

  /**
   * {@code cuedLetters}: also read the letters of cued_look_alike_digits, keeping only numbers that
   * hold one and that {@link #cuedLookAlikeNumber} accepts.
   */
  private List<Contact> obfuscated(String text, Set<String> regions, boolean cuedLetters) {
    List<Contact> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    List<List<Tok>> runs = new ArrayList<>();
    List<Tok> run = new ArrayList<>();
    int lastEnd = -1;
    int skipTo = -1;
    while (m.find()) {
      if (m.start() < skipTo) {
        continue; // the words of an aside in brackets inside a disguised number
      }
      // Most tokens are ordinary words, which digitsOf rejects: the checks of what follows or
      // precedes a number are made only for the tokens that may be one.
      if (barBetweenBlanks(text, m.start(), m.end())) {
        // "06 | 81 | 27 | 40 | 59", "(604) 555-0122 | 646 555 O171": a bar between blanks is a
        // gap, no look-alike 1 (a run too long for one number is cut at its widest gap)
        continue;
      }
      Tok t = digitsOf(m.group(), m.start(), m.end(), cuedLetters);
      if (t != null
          && (timePart(text, m.start(), m.end())
              || tagNumber(text, m.start())
              || yearOfDate(text, m.start(), m.end())
              || quantity(text, m.end())
              || currencyWordAfter(text, m.end()))) {
        t = null;
      }
      boolean adjacent = lastEnd >= 0 && isGap(text, lastEnd, m.start());
      if (t == null
          && adjacent
          && !run.isEmpty()
          && run.get(run.size() - 1).kind() == Kind.PLAIN
          // "0151 6669 9039⏎SCHUFA und 3 Nachweise": a word on the next line starts a new phrase
          && text.lastIndexOf('\n', m.start()) < lastEnd
          && (!joinWords.isEmpty()
                  && joinWords.contains(m.group().toLowerCase(java.util.Locale.ROOT))
              || antiBotFiller(m.group()))) {
        lastEnd = m.end(); // "206 then 5550184", "305 NOBOTS 555 0195": the groups stay one run
        continue;
      }
      int phraseEnd =
          t == null && adjacent && !run.isEmpty() && run.get(run.size() - 1).kind() == Kind.PLAIN
              ? joinPhraseEnd(text, m.start())
              : -1;
      if (phraseEnd > 0) {
        skipTo = phraseEnd; // "222 seguido de 391 9088", "027 after that 130"
        lastEnd = phraseEnd;
        continue;
      }
      int close =
          t == null && adjacent && run.stream().anyMatch(Tok::disguised)
              ? bracketAside(text, lastEnd, m.start())
              : -1;
      if (close > 0) {
        // "06 quarante (appel seulement) 81 22 57 09": words in brackets inside a number written
        // partly in words; the run goes on after the bracket
        skipTo = close;
        lastEnd = close;
        continue;
      }
      if (t != null
          && adjacent
          && t.kind() == Kind.WORD
          && t.word().kind() == NumberWords.Kind.CONNECTOR
          && run.size() > 0
          && run.get(run.size() - 1).kind() == Kind.PLAIN
          && nextIsJoinWord(text, m.end())) {
        lastEnd = m.end(); // "793 y después 613 642": a connector before the join word
        continue;
      }
      if ((t == null || !adjacent) && !run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
      if (t != null) {
        run.add(t);
        lastEnd = m.end();
      } else {
        lastEnd = -1;
      }
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    for (int i = 0; i < runs.size(); i++) {
      if (i + 1 < runs.size() && areaCodeLast(text, runs.get(i), runs.get(i + 1), regions, out)) {
        i++;
        continue;
      }
      if (cuedLetters) {
        if (cuedLookAlikeNumber(text, runs.get(i))) {
          flush(text, runs.get(i), regions, out);
        }
        continue;
      }
      flush(text, runs.get(i), regions, out);
    }
    return out;
  }

  /**
   * "Contact: 0T38 A65 Ab2": a run with letters of cued_look_alike_digits is a number only when a
   * phone cue stands right before it, every group has a real digit, it starts with a trunk zero or
   * '+' or has three groups or more, and it has 9 digits or more (a road "A65" or a level "A2" has
   * none of this).
   */
  private boolean cuedLookAlikeNumber(String text, List<Tok> run) {
    if (run.stream().noneMatch(t -> t.kind() == Kind.CUED_LOOK_ALIKE)) {
      return false;
    }
    for (Tok t : run) {
      if (t.kind() == Kind.WORD || !hasDigit(text.substring(t.start(), t.end()))) {
        return false;
      }
    }
    int start = run.get(0).start();
    String digits = digitsOfRun(run);
    boolean plus = start > 0 && text.charAt(start - 1) == '+';
    // "llama al 6I2 O4G 3G5": three groups or more need no trunk zero (a Spanish mobile has none)
    return (plus || digits.startsWith("0") || run.size() >= 3)
        && digits.length() >= 9
        && phoneCues.in(text, Math.max(0, start - 16), start);
  }

  /**
   * The end of an aside in brackets opened in the gap {@code [gapFrom, wordStart)}: its closing
   * bracket within 30 characters, with no digit, line break or other bracket before it; else -1.
   */
  private static int bracketAside(String text, int gapFrom, int wordStart) {
    String gap = text.substring(gapFrom, wordStart).strip();
    if (gap.isEmpty()
        || gap.charAt(gap.length() - 1) != '(' && gap.charAt(gap.length() - 1) != '[') {
      return -1;
    }
    char closing = gap.charAt(gap.length() - 1) == '(' ? ')' : ']';
    for (int i = wordStart; i < text.length() && i < wordStart + 30; i++) {
      char c = text.charAt(i);
      if (c == closing) {
        return i;
      }
      if (Character.isDigit(c) || c == '\n' || c == '(' || c == '[' || c == ')' || c == ']') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "five-five-five, oh-one-three-nine, area code seven oh two": a run of 7 digits, an area-code
   * word, then 2-4 digits, read area code first; one phone over both.
   */
  private boolean areaCodeLast(
      String text, List<Tok> number, List<Tok> area, Set<String> regions, List<Contact> out) {
    int end = number.get(number.size() - 1).end();
    int areaStart = area.get(0).start();
    if (!areaCodeAfter.matcher(text).region(end, areaStart).matches()) {
      return false;
    }
    String local = digitsOfRun(number);
    String code = digitsOfRun(area);
    if (local.length() != 7 || code.length() < 2 || code.length() > 4) {
      return false;
    }
    String normalized = possible(code + local, regions);
    boolean disguised =
        number.stream().anyMatch(Tok::disguised) || area.stream().anyMatch(Tok::disguised);
    out.add(
        new Contact(
            Contact.PHONE,
            normalized != null ? normalized : "digits:" + code + local,
            number.get(0).start(),
            area.get(area.size() - 1).end(),
            disguised ? Contact.OBSCURED_PHONE : Contact.PHONE,
            true));
    return true;
  }

  /** Digit groups of one part of a number: "06 36", "7946 0757", "900845". */
  private static final String PART = "\\d{2,8}(?:[ .\\-]\\d{2,5}){0,3}";

  /**
   * A number written in two parts with an aside between them: words in brackets, and up to two
   * words after them ("020 (WhatsApp) 7946 0757", "663 36 (llamadas no) 03 88", "512 (the first
   * half) and 555 0183"), or up to four words, dots or a colon ("755 ... escribe primero ... 784
   * 518", "06 36 et la suite 28 34 58", "07700 and then 900845", "07 85 ... fin : 84 70 62", "06
   * 73. La suite : 84 39 77").
   */
  /** The fewest digits of a number interrupted by an aside, both parts together. */
  private static final int INTERRUPTED_MIN_DIGITS = 9;

  private static int asciiDigits(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n;
  }

  private static final Pattern INTERRUPTED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,:/+\\-])(?<!\\d[ .\\-/)])(?<first>"
              + PART
              + ")"
              + "(?:[ \\t]*\\([^()\\n\\d]{1,30}\\)[ \\t]*(?:[\\p{L}'\u2019]+[ \\t]+){0,2}|[ \\t]+[\\-\u2013\u2014][ \\t]*(?:[\\p{L}'\u2019]+[ \\t]*){1,4}[\\-\u2013\u2014][ \\t]+"
              + "|[ \\t]*(?:\\.{2,3}|\u2026|\\.(?=[ \\t]))?[ \\t]*(?:[\\p{L}'\u2019]+[ \\t]*){1,4}(?:[:.\u2026]+[ \\t]*)?"
              + "|[ \\t]*(?:\\.{2,3}|\u2026)[ \\t]*)(?<last>"
              + PART
              + ")(?![\\p{L}\\p{N}%\u20ac$\u00a3]|[.,:/]\\d|\\s?(?i:%|\u20ac|h\\b|uhr\\b|hrs?\\b))");

  /**
   * Numbers written in two parts with an aside between ({@link #INTERRUPTED}), each part a contact
   * with the whole number's pseudonym (as "starts with ... ends with" fragments are): kept when
   * together they are 9 to 13 digits that some region's plan accepts, the first part alone is no
   * whole number, and it starts with a trunk zero, or a phone cue stands right before it, or the
   * aside is in brackets or dots. Prices, times, dates and ranges ("2100 y 2500 EUR", "de 10 à
   * 12h") have too few digits, a unit, or neither a zero nor a cue.
   */
  private List<Contact> interrupted(String text, Set<String> regions) {
    List<Contact> out = new ArrayList<>();
    if (asciiDigits(text) < INTERRUPTED_MIN_DIGITS) {
      return out; // most texts: the pattern, tried at every position, cannot find enough digits
    }
    Matcher m = INTERRUPTED.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      String first = m.group("first").replaceAll("\\D", "");
      String digits = first + m.group("last").replaceAll("\\D", "");
      boolean trunk = first.startsWith("0");
      // An aside in brackets or between dots ("755 ... escribe primero ... 784 518") is put there
      // on purpose.
      String aside = text.substring(m.end("first"), m.start("last"));
      // "642 - solo whatsapp - 608 181": an aside between dashes too
      boolean marked =
          aside.indexOf('(') >= 0
              || aside.contains("..")
              || aside.indexOf('\u2026') >= 0
              || aside.strip().matches("[\\-\u2013\u2014].*[\\-\u2013\u2014]");
      // "150 (négociable) 200 300": groups that all end in 0 are amounts, not the parts of a number
      boolean round =
          (m.group("first") + " " + m.group("last")).strip().split("[ .\\-]+").length > 0
              && java.util.Arrays.stream(
                      (m.group("first") + " " + m.group("last")).split("[ .\\-]+"))
                  .allMatch(g -> g.endsWith("0"));
      boolean lead = trunk || marked && !round || cued(text, m.start());
      String normalized =
          digits.length() >= INTERRUPTED_MIN_DIGITS
                  && digits.length() <= 13
                  && first.length() < 9
                  && lead
                  && (marked || !joinedAsOneRun(aside))
                  && !DATE_LIKE.matcher(m.group("first")).find()
                  && !DATE_LIKE.matcher(m.group("last")).find()
                  // "(0170) 5550123. Finderlohn 180,- €": an amount is no last part
                  && !quantity(text, m.end("last"))
                  && !currencyWordAfter(text, m.end("last"))
              ? possible(digits, regions)
              : null;
      if (normalized != null) {
        // Each part is redacted with the number's pseudonym; the aside between them stays text.
        out.add(
            new Contact(
                Contact.PHONE,
                normalized,
                m.start(),
                m.end("first"),
                Contact.OBSCURED_PHONE,
                true));
        out.add(
            new Contact(
                Contact.PHONE,
                normalized,
                m.start("last"),
                m.end("last"),
                Contact.OBSCURED_PHONE,
                true));
        from = m.end("last");
      } else {
        from = m.start() + 1;
      }
    }
    return out;
  }

  /**
   * "206 then 5550184", "305 NOBOTS 555 0195", "612 y después 345 678": an aside of join words or
   * anti-bot fillers (and connectors), between spaces only, is read by {@link #obfuscated} as one
   * run, the words inside the number's span.
   */
  private boolean joinedAsOneRun(String aside) {
    boolean join = false;
    Matcher w = TOKEN.matcher(aside);
    int skipTo = -1;
    while (w.find()) {
      if (w.start() < skipTo) {
        continue;
      }
      int phraseEnd = joinPhraseEnd(aside, w.start());
      if (phraseEnd > 0) {
        join = true;
        skipTo = phraseEnd;
        continue;
      }
      String t = w.group();
      String l = t.toLowerCase(java.util.Locale.ROOT);
      NumberWords.Entry e = numberWords.lookup(t);
      if (joinWords.contains(l) || antiBotFiller(t)) {
        join = true;
      } else if (e == null || e.kind() != NumberWords.Kind.CONNECTOR) {
        return false;
      }
    }
    return join;
  }

  /** Month names in en/fr/es/de, full and short, lower case and without accents. */
  private static final Set<String> MONTHS = monthNames();

  private static Set<String> monthNames() {
    Set<String> names = new java.util.HashSet<>();
    for (String lang : List.of("en", "fr", "es", "de")) {
      java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
      for (java.time.Month month : java.time.Month.values()) {
        for (java.time.format.TextStyle style :
            List.of(java.time.format.TextStyle.FULL, java.time.format.TextStyle.SHORT)) {
          names.add(
              AccentFolding.lowerNoAccents(month.getDisplayName(style, locale)).replace(".", ""));
        }
      }
    }
    return Set.copyOf(names);
  }

  private static final Pattern YEAR_DIGITS = Pattern.compile("(?:19|20)\\d{2}");

  /** The word that ends right before {@code start}, past spaces, dots and commas. */
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)[.,]?\\s+$");

  /**
   * "free from 7 April 2026 O7700 9OO 123": a year right after a month's name ends a date, so it
   * starts no number.
   */
  private static boolean yearOfDate(String text, int start, int end) {
    if (!YEAR_DIGITS.matcher(text).region(start, end).matches()) {
      return false;
    }
    Matcher w = WORD_BEFORE.matcher(text).region(Math.max(0, start - 16), start);
    return w.find() && MONTHS.contains(AccentFolding.lowerNoAccents(w.group(1)));
  }

  /**
   * "rosa_77#7833", "Zi.#12": digits after a '#' glued to a word belong to that tag, not to a
   * number.
   */
  private static boolean tagNumber(String text, int start) {
    if (start < 2 || text.charAt(start - 1) != '#') {
      return false;
    }
    // The word before the '#' must have a letter: "07700#900655" is a number with '#' for a
    // separator.
    for (int i = start - 2;
        i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_');
        i--) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static final CurrencyMarks CURRENCIES = CurrencyMarks.load();

  /** The cents of an amount before its currency: "20,99 EUR", "15,- €", "15,-- €". */
  private static final Pattern AMOUNT_CENTS = Pattern.compile("[.,](?:\\d{1,2}|-{1,2})(?!\\d)");

  /**
   * "-30%", "20 €", "20,99 EUR/Std.", "300 000 FCFA": a number with a percent sign or a currency's
   * sign or code (reference/currencies.csv) after it is a quantity, never part of a phone.
   */
  private static boolean quantity(String text, int end) {
    int i = amountMarkAt(text, end);
    return i < text.length() && (text.charAt(i) == '%' || CURRENCIES.signOrCodeAt(text, i));
  }

  /** "100 euros/hora": a currency word after a number, which may be an amount. */
  private static boolean currencyWordAfter(String text, int end) {
    return CURRENCIES.wordAt(text, amountMarkAt(text, end));
  }

  /** Where the mark of an amount ending at {@code end} would start: after its cents and a space. */
  private static int amountMarkAt(String text, int end) {
    int i = end;
    Matcher cents = AMOUNT_CENTS.matcher(text).region(end, text.length());
    if (cents.lookingAt()) {
      i = cents.end();
    }
    return i < text.length() && text.charAt(i) == ' ' ? i + 1 : i;
  }

  /**
   * A number libphonenumber read in a window from {@code offset} in region {@code r}: without its
   * last group when an amount's sign follows (nothing when no phone is left), or when a currency
   * word does and a phone is left ("06 55 80 90 57 real" stays whole).
   */
  private static Contact plainPhoneBeforeAmount(
      String text, int offset, PhoneNumberMatch m, String r, String region) {
    int start = offset + m.start();
    int end = offset + m.end();
    boolean hint = r.equals(region);
    Matcher head = HEAD_BEFORE_BULLET.matcher(m.rawString());
    if (head.lookingAt()) {
      // "+447977460806. • 8,5 % off": a whole number, then a bullet set apart by a space or a
      // sentence's end; the obfuscated reading joins groups across symbols only without them
      Contact c = plainPrefix(start, head.group(1), r, hint);
      if (c != null) {
        return c;
      }
    }
    if (quantity(text, end)) {
      return beforeAmount(start, m.rawString(), r, hint);
    }
    Contact whole = plainPhone(m, offset, hint);
    Contact shorter =
        whole != null && currencyWordAfter(text, end)
            ? beforeAmount(start, m.rawString(), r, hint)
            : null;
    return shorter != null ? shorter : whole;
  }

  /** A number libphonenumber read in a window starting at {@code offset}, when plausible. */
  private static Contact plainPhone(PhoneNumberMatch m, int offset, boolean hintRegion) {
    // Symbols or emoji between the groups: the obfuscated reading sees the whole number.
    // "jusqu'au 2026-01-25. 90000 f": a date and an amount read on as one number; no phone starts
    // with a whole date.
    if (m.rawString().indexOf('~') >= 0
        || DATE_LIKE.matcher(m.rawString()).lookingAt()
        || !plausible(m.rawString(), m.number(), hintRegion)) {
      return null;
    }
    return new Contact(Contact.PHONE, e164(m.number()), offset + m.start(), offset + m.end());
  }

  /** A space between thousands ("300 000"). */
  private static final Pattern THOUSANDS_SPACE = Pattern.compile("(?<=\\d) (?=\\d{3}(?!\\d))");

  /** The last group of a number and the space or dash before it. */
  private static final Pattern LAST_GROUP = Pattern.compile("[\\s\\-.]+\\d+$");

  /**
   * "erreichbar 0176 5550123 15,- € pro Stunde": a number read up to the amount after it is the
   * number without its last group, when that is still a phone ("en 08019. 1.600 €/mes": nothing
   * is).
   */
  private static Contact beforeAmount(int start, String raw, String region, boolean hintRegion) {
    Matcher last = LAST_GROUP.matcher(raw);
    if (raw.indexOf('~') >= 0
        || !last.find()
        || amountRange(THOUSANDS_SPACE.matcher(raw).replaceAll(""))) {
      return null; // "280 000 - 300 000 FCFA": a range of amounts
    }
    String rest = raw.substring(0, last.start());
    return plainPrefix(start, rest, region, hintRegion);
  }

  /**
   * A number before a symbol (a bullet, which the view reads as '~') set apart by a space or a
   * sentence's end.
   */
  private static final Pattern HEAD_BEFORE_BULLET =
      Pattern.compile("(\\+?[\\d(][^~]*?\\d)(?:\\.\\s*|\\s+)~");

  /** The number {@code rest}, from {@code start}, when plausible. */
  private static Contact plainPrefix(int start, String rest, String region, boolean hintRegion) {
    try {
      PhoneNumber n = UTIL.parse(rest, region);
      return plausible(rest, n, hintRegion)
          ? new Contact(Contact.PHONE, e164(n), start, start + rest.length())
          : null;
    } catch (NumberParseException e) {
      return null;
    }
  }

  /** The hours or minutes of a time ("[17:41]", "9:30"): never part of a phone number. */
  private static boolean timePart(String text, int start, int end) {
    boolean hours =
        end - start <= 2
            && end + 2 < text.length()
            && text.charAt(end) == ':'
            && Character.isDigit(text.charAt(end + 1))
            && Character.isDigit(text.charAt(end + 2))
            && (end + 3 == text.length() || !Character.isDigit(text.charAt(end + 3)));
    boolean minutes =
        end - start == 2
            && start >= 2
            && text.charAt(start - 1) == ':'
            && Character.isDigit(text.charAt(start - 2));
    return hours || minutes;
  }

  /**
   * A word put inside a number against bots: letters only, 3 to 10, upper case throughout
   * ("NOBOTS") or naming bots or spam ("sinbots", "nospam").
   */
  static boolean antiBotFiller(String token) {
    if (token.length() < 3 || token.length() > 10 || !token.chars().allMatch(Character::isLetter)) {
      return false;
    }
    String l = token.toLowerCase(java.util.Locale.ROOT);
    return l.contains("bot")
        || l.contains("spam")
        || token.length() >= 5 && token.equals(token.toUpperCase(java.util.Locale.ROOT));
  }

  private boolean nextIsJoinWord(String text, int from) {
    Matcher w = TOKEN.matcher(text);
    return w.find(from)
        && isGap(text, from, w.start())
        && (joinWords.contains(w.group().toLowerCase(java.util.Locale.ROOT))
            || joinPhraseEnd(text, w.start()) > 0);
  }

  /**
   * The end of a join phrase of several words ("seguido de", "y al final" after its connector) that
   * starts at {@code at}, words apart by blanks; -1 when none does.
   */
  private int joinPhraseEnd(String text, int at) {
    for (String phrase : joinPhrases) {
      int i = at;
      int k = 0;
      while (k < phrase.length() && i < text.length()) {
        char p = phrase.charAt(k);
        if (p == ' ') {
          if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
            break;
          }
          while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
          }
          k++;
        } else if (Character.toLowerCase(text.charAt(i)) == p) {
          i++;
          k++;
        } else {
          break;
        }
      }
      if (k == phrase.length()
          && (i == text.length() || !Character.isLetterOrDigit(text.charAt(i)))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isGap(String text, int from, int to) {
    boolean symbol = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && GAP_MARKS.indexOf(c) < 0 && c != '|') {
        return false;
      }
      symbol |= c == '~' || c == PHONE_MARK;
    }
    return to - from <= (symbol ? MAX_PUNCTUATION_RUN + 2 : MAX_PUNCTUATION_RUN);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private Tok digitsOf(String token, int start, int end, boolean cuedLetters) {
    if (allDigits(token)) {
      return new Tok(start, end, token, Kind.PLAIN, null);
    }
    NumberWords.Entry word = numberWords.lookup(token);
    if (word == null) {
      word = germanCompound(token);
    }
    boolean digit = hasDigit(token);
    if (word == null && digit) {
      word = leet(token); // "nu11", "s13b3n", "c1nc0"
    }
    if (word != null) {
      return new Tok(start, end, null, Kind.WORD, word);
    }
    // unitToken's case-insensitive match, as a look-up when the token has no digit to strip
    if (digit ? unitToken.matcher(token).matches() : unitWords.contains(asciiLower(token))) {
      // "6Bl 712 349": one digit and look-alike letters a unit's spelling happens to match read
      // as a measure at a run's edge only, as a cup size does (no one weighs 6 lb)
      String d = digit && digitCount(token) == 1 ? lookAlikeDigits(token, false) : null;
      return d == null ? null : new Tok(start, end, d, Kind.CUP, null);
    }
    if (!digit) {
      // no size ("34b") nor "093x649x6548" without digits: only letters read as digits remain
      return token.length() > 3 ? joinedTok(token, start, end) : lookAlikeTok(token, start, end);
    }
    if (CUP_SIZE.matcher(token).matches()) {
      // "34b" next to a number is a measure; "6l6 42B 572" has it between two groups of one number
      String d = lookAlikeDigits(token, false);
      return d == null ? null : new Tok(start, end, d, Kind.CUP, null);
    }
    if (X_SEPARATED.matcher(token).matches()) {
      return new Tok(
          start, end, token.replaceAll("[xX]", ""), Kind.LOOK_ALIKE, null); // "093x649x6548"
    }
    // Letters read as digits run into digits ("O6", "O7668Z2B4S").
    String d = lookAlikeDigits(token, false);
    if (d == null && cuedLetters) {
      d = lookAlikeDigits(token, true); // "A65", "Ab2" after "Contact:"
      return d == null ? null : new Tok(start, end, d, Kind.CUED_LOOK_ALIKE, null);
    }
    return d == null ? null : new Tok(start, end, d, Kind.LOOK_ALIKE, null);
  }

  /** "ZEROSEVENFIVE...": number words run together. */
  private Tok joinedTok(String token, int start, int end) {
    String joined = joinedWords(token);
    return joined == null ? null : new Tok(start, end, joined, Kind.LOOK_ALIKE, null);
  }

  /** Letters alone read as digits: "O", "lI". */
  private Tok lookAlikeTok(String token, int start, int end) {
    String d = lookAlikeDigits(token, false);
    return d == null ? null : new Tok(start, end, d, Kind.LOOK_ALIKE, null);
  }

  private static boolean barBetweenBlanks(String text, int start, int end) {
    return end == start + 1
        && text.charAt(start) == '|'
        && start > 0
        && Character.isWhitespace(text.charAt(start - 1))
        && end < text.length()
        && Character.isWhitespace(text.charAt(end));
  }

  /** Lower case as a pattern's case-insensitive flag folds it: ASCII letters only. */
  private static String asciiLower(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, (char) (c + 32));
      }
    }
    return b == null ? s : b.toString();
  }

  /** The digits of a token of digits and look-alike letters, or null when some letter is none. */
  private String lookAlikeDigits(String token, boolean cuedLetters) {
    boolean mixed = hasDigit(token) && !DECADE_OR_NETWORK.matcher(token).matches();
    StringBuilder d = new StringBuilder();
    for (char c : token.toCharArray()) {
      String look = Character.isDigit(c) ? String.valueOf(c) : lookAlikes.get(String.valueOf(c));
      if (look == null && mixed) {
        look = mixedLookAlikes.get(String.valueOf(c));
      }
      if (look == null && cuedLetters) {
        look = cuedLookAlikes.get(String.valueOf(c));
      }
      if (look == null) {
        return null;
      }
      d.append(look);
    }
    return d.toString();
  }

  /** "90s", "1990s": a decade; "4g", "5G": a mobile network. Never look-alike digits. */
  private static final Pattern DECADE_OR_NETWORK = Pattern.compile("\\d+s|\\d[gG]");

  /** Digit groups joined by the letter x, three or more ("1920x1080" is a size). */
  private static final Pattern X_SEPARATED = Pattern.compile("\\d{2,}(?:[xX]\\d{2,}){2,}");

  private static int digitCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A number word with digits for some letters ("nu11" null, "s13b3n" sieben, "4cht" acht), the
   * letters each digit may stand for in leet_letters; null if no reading is a number word.
   */
  private NumberWords.Entry leet(String token) {
    if (leetLetters.isEmpty()
        || token.length() > 12
        || token.chars().noneMatch(Character::isLetter)) {
      return null;
    }
    List<StringBuilder> readings = new ArrayList<>(List.of(new StringBuilder()));
    for (char c : token.toCharArray()) {
      String options =
          Character.isDigit(c) ? leetLetters.get(String.valueOf(c)) : String.valueOf(c);
      if (options == null) {
        return null;
      }
      List<StringBuilder> next = new ArrayList<>();
      for (StringBuilder r : readings) {
        for (char o : options.toCharArray()) {
          next.add(new StringBuilder(r).append(o));
        }
      }
      if (next.size() > 64) {
        return null;
      }
      readings = next;
    }
    for (StringBuilder r : readings) {
      NumberWords.Entry e = numberWords.lookup(r.toString());
      if (e != null && e.kind() != NumberWords.Kind.CONNECTOR) {
        return e;
      }
    }
    return null;
  }

  /** Digit words run together in one token ("ZEROSEVENFIVENINE"): their digits, or null. */
  private String joinedWords(String token) {
    if (token.length() < 12 || token.length() > 120) {
      return null;
    }
    String f = AccentFolding.lowerNoAccents(token);
    int n = f.length();
    // best[i]: the digits of f[0, i) read as digit words, or null
    String[] best = new String[n + 1];
    best[0] = "";
    for (int i = 0; i < n; i++) {
      if (best[i] == null) {
        continue;
      }
      for (int j = i + 2; j <= Math.min(n, i + 8); j++) {
        NumberWords.Entry e = numberWords.lookup(f.substring(i, j));
        if (e != null
            && e.kind() == NumberWords.Kind.DIGIT
            && (best[j] == null || best[j].length() < best[i].length() + 1)) {
          best[j] = best[i] + e.value();
        }
      }
    }
    return best[n] != null && best[n].length() >= minObfuscatedDigits ? best[n] : null;
  }

  /** German writes 39 as one word, unit first: "neununddreißig" = neun + und + dreißig. */
  private NumberWords.Entry germanCompound(String token) {
    if (token.length() < 9
        || token.length() > 20
        || token.indexOf("und") < 0 && token.indexOf("UND") < 0) {
      return null;
    }
    String f = AccentFolding.lowerNoAccents(token);
    int und = f.indexOf("und");
    if (und <= 0) {
      return null;
    }
    NumberWords.Entry unit = numberWords.lookup(f.substring(0, und));
    NumberWords.Entry tens = numberWords.lookup(f.substring(und + 3));
    if (unit == null
        || tens == null
        || unit.kind() != NumberWords.Kind.DIGIT
        || unit.value() == 0
        || tens.kind() != NumberWords.Kind.TENS) {
      return null;
    }
    return new NumberWords.Entry("de", token, tens.value() + unit.value(), NumberWords.Kind.TEEN);
  }

  private static boolean spaced(String text, int from, int to) {
    return text.substring(from, to).chars().anyMatch(Character::isWhitespace);
  }

  /**
   * A look-alike that stands for a digit only between digits: "S" and "B" at a run's edge are
   * letters.
   */
  private static boolean edgeLetter(String text, Tok t, Tok neighbour, boolean before) {
    if (t.kind() != Kind.LOOK_ALIKE) {
      return false;
    }
    String s = text.substring(t.start(), t.end());
    if (hasDigit(s) || s.length() > 3) {
      return false; // "O6", "3S": run into a digit; "ZEROSEVEN...": words
    }
    if (s.chars().anyMatch(c -> c > 127)) {
      return false; // "ЗбЗ": Cyrillic look-alikes in a Latin-script ad are digits in disguise, no
      // word
    }
    boolean sb = s.indexOf('S') >= 0 || s.indexOf('B') >= 0;
    return sb
        || (before
            ? spaced(text, t.end(), neighbour.start())
            : spaced(text, neighbour.end(), t.start()));
  }

  private void flush(String text, List<Tok> run, Set<String> regions, List<Contact> out) {
    flush(text, run, regions, out, false);
  }

  /**
   * {@code split}: one of two numbers written in a row, which the plain search did not see alone.
   */
  private void flush(
      String text, List<Tok> run, Set<String> regions, List<Contact> out, boolean split) {
    if (run.size() >= 3
        && (run.get(0).kind() == Kind.CUP || run.get(run.size() - 1).kind() == Kind.CUP)
        && cued(text, run.get(0).start())) {
      // "Llamar a Nora: 6Bl 712 349", "Reach me on 40B 4I7 3S9B": after a phone cue, three
      // groups or more that make a number with the measure-shaped one at their edge are one
      int before = out.size();
      flush(text, run, regions, out, split, false);
      if (out.size() > before) {
        return;
      }
    }
    flush(text, run, regions, out, split, true);
  }

  /** {@code trimMeasures}: a cup size or unit at the run's edges is a measure, left out. */
  private void flush(
      String text,
      List<Tok> run,
      Set<String> regions,
      List<Contact> out,
      boolean split,
      boolean trimMeasures) {
    // Look-alike letters at the edges are ordinary words ("I", "o") next to a number, not digits.
    int from = 0;
    int to = run.size();
    while (trimMeasures && from < to && run.get(from).kind() == Kind.CUP) {
      from++;
    }
    // "$90/$110/$290 (30/60/120)": a number right after a currency sign is an amount
    if (from < to && CURRENCIES.signEndsAt(text, run.get(from).start())) {
      from++;
    }
    while (trimMeasures && to > from && run.get(to - 1).kind() == Kind.CUP) {
      to--;
    }
    while (from < to - 1 && edgeLetter(text, run.get(from), run.get(from + 1), true)) {
      from++;
    }
    while (to - 1 > from && edgeLetter(text, run.get(to - 1), run.get(to - 2), false)) {
      to--;
    }
    if (from >= to) {
      return;
    }
    List<Tok> toks = run.subList(from, to);
    if (yearsJoinedByWords(text, toks)) {
      return; // "2019, then 2021, last 2024": years in a row, however they are joined
    }
    int start = toks.get(0).start();
    int end = toks.get(toks.size() - 1).end();
    Matcher date = DATE_LIKE.matcher(text).region(start, end);
    if (date.lookingAt() && (start == 0 || text.charAt(start - 1) != '+')) {
      // "2026-05-18T11:15": a date and its time, the T no look-alike 7; "free from 7/7/2026, zero
      // eight nine, ...": what follows a date is read alone
      int after = 0;
      while (after < toks.size() && toks.get(after).start() < date.end()) {
        after++;
      }
      if (after < toks.size()) {
        flush(text, new ArrayList<>(toks.subList(after, toks.size())), regions, out, split);
      }
      return;
    }
    boolean oddGaps = false;
    boolean wrapped = false;
    Tok first = toks.get(0);
    boolean trunkOrPlus =
        first.kind() == Kind.PLAIN
            && (first.digits().startsWith("0")
                || first.start() > 0 && text.charAt(first.start() - 1) == '+');
    for (int i = 1; i < toks.size(); i++) {
      // "2019, 12 000 km", "1210, 28066": a comma or slash then a space lists numbers; "06,12,34"
      // hides one
      boolean spacedGap = spaced(text, toks.get(i - 1).end(), toks.get(i).start());
      for (int k = toks.get(i - 1).end(); k < toks.get(i).start(); k++) {
        char g = text.charAt(k);
        // "05+36+49+05+39": a plus sign between groups is no way to write a plain number
        // "07700 + 900 917": spaced, after a trunk zero or a phone cue ("200 + 150 + 100" adds)
        oddGaps |= g == '+' && (!spacedGap || trunkOrPlus || cued(text, start));
        oddGaps |=
            ODD_GAP_MARKS.indexOf(g) >= 0 && !((g == ',' || g == '/') && spacedGap)
                || Character.isLetter(g)
                || (g == '\n' || g == '\r')
                    && (trunkOrPlus
                        || cued(text, start)); // "07 83\n12 45 678", "Phone 206\n5550136"
        wrapped |= g == '\n' || g == '\r';
      }
    }
    // "743 90⏎76 51" without a cue: kept only as a number some region's plan holds valid (below)
    boolean wrapOnly =
        !oddGaps && wrapped && wrappedGroups(toks) && toks.stream().noneMatch(Tok::disguised);
    oddGaps |= wrapOnly;
    // "0.8.1.5.9.2.5.8.1.9", "1-1-9-4-1-4": one digit at a time is no way to write a plain number
    oddGaps |=
        split
            || toks.size() >= 8
                && toks.stream().allMatch(t -> t.kind() == Kind.PLAIN && t.digits().length() == 1);
    boolean disguised = toks.stream().anyMatch(Tok::disguised);
    if (!disguised && !oddGaps) {
      return; // plain digits: libphonenumber's finder already judged them
    }
    String digits = digitsOfRun(toks);
    if (digits.length() > maxDigits && toks.size() > 1) {
      // Two numbers in a row ("06*39*98*97*36. 📱 O6 12..."): split at the widest gap, each read
      // alone.
      // "0738 puis 401171. 📞 0033 6 63 ...": a gap with a join word holds one number together,
      // however wide; the cut goes at the widest other gap.
      // "514 five five five 5558⏎5145555558": a cut at a line break too, kept when its numbers
      // cover more of the run than those of the widest gap's
      int lineCut = -1;
      for (int i = 1; i < toks.size() && lineCut < 0; i++) {
        if (text.substring(toks.get(i - 1).end(), toks.get(i).start()).indexOf('\n') >= 0) {
          lineCut = i;
        }
      }
      int cut = -1;
      for (int i = 1; i < toks.size(); i++) {
        if (!lettersBetween(text, toks.get(i - 1).end(), toks.get(i).start())
            && (cut < 0
                || toks.get(i).start() - toks.get(i - 1).end()
                    > toks.get(cut).start() - toks.get(cut - 1).end())) {
          cut = i;
        }
      }
      if (cut < 0) {
        cut = 1;
        for (int i = 2; i < toks.size(); i++) {
          if (toks.get(i).start() - toks.get(i - 1).end()
              > toks.get(cut).start() - toks.get(cut - 1).end()) {
            cut = i;
          }
        }
      }
      List<Contact> widest = new ArrayList<>();
      flush(text, new ArrayList<>(toks.subList(0, cut)), regions, widest, true);
      flush(text, new ArrayList<>(toks.subList(cut, toks.size())), regions, widest, true);
      if (lineCut > 0 && lineCut != cut) {
        List<Contact> byLine = new ArrayList<>();
        flush(text, new ArrayList<>(toks.subList(0, lineCut)), regions, byLine, true);
        flush(text, new ArrayList<>(toks.subList(lineCut, toks.size())), regions, byLine, true);
        if (covered(byLine) > covered(widest)) {
          widest = byLine;
        }
      }
      out.addAll(widest);
      return;
    }
    // "call me at five-five-five, oh-one-three-nine": a 7-digit local number spelled in words right
    // after
    // a phone cue; not with look-alike letters ("text me: 115lb, 32b" is a body, not a number)
    // "Bookings 555 O135": three plain digits and four with a look-alike letter need no cue
    boolean cuedLocal =
        digits.length() == MIN_PHONE_DIGITS
            && (cued(text, start)
                    && (toks.stream().anyMatch(t -> t.kind() == Kind.WORD)
                            && toks.stream().noneMatch(t -> t.kind() == Kind.LOOK_ALIKE)
                        || lookAlikeLocal(text, toks))
                || lookAlikeLocal(text, toks) && toks.get(0).kind() == Kind.PLAIN);
    if (digits.length() < minObfuscatedDigits && !cuedLocal || digits.length() > maxDigits) {
      return;
    }
    if (!disguised
        && (digits.length() < 9
            || DATE_LIKE.matcher(text.substring(start, end)).find()
            || ZIP_PLUS_4.matcher(text.substring(start, end)).matches()
            || amountRange(text.substring(start, end)))) { // "26,000-31,000 MXN": a salary range
      return; // "14/03/2026" or "2, 3, 4": plain digits split by slashes or commas must look like
      // more
    }
    boolean plus = start > 0 && text.charAt(start - 1) == '+';
    String number = (plus ? "+" : "") + digits;
    String normalized = null;
    for (String r : regions) {
      try {
        PhoneNumber n = UTIL.parse(number, r);
        if (wrapOnly ? UTIL.isValidNumber(n) : UTIL.isPossibleNumber(n)) {
          normalized = e164(n);
          break;
        }
      } catch (NumberParseException e) {
        // try the next region
      }
    }
    if (wrapOnly && normalized == null) {
      return;
    }
    // A long run of disguised digits is a contact number even if no region's plan accepts it. Its
    // pseudonym is the plain number's (type phone); the placeholder says how it was written.
    out.add(
        new Contact(
            Contact.PHONE,
            normalized != null ? normalized : "digits:" + digits,
            plus ? start - 1 : start,
            end,
            Contact.OBSCURED_PHONE,
            true));
  }

  /** Plain groups that are all years, some joined by words: a list of years, no number. */
  private static boolean yearsJoinedByWords(String text, List<Tok> toks) {
    boolean words = false;
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.kind() != Kind.PLAIN || !YEAR.matcher(t.digits()).matches()) {
        return false;
      }
      words |= i > 0 && lettersBetween(text, toks.get(i - 1).end(), t.start());
    }
    return words;
  }

  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

  private static boolean lettersBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "743 90⏎76 51": three or more groups of 2 to 4 plain digits, none a year, broken over a line.
   * Wrapped text breaks a number so; a list of amounts or years over lines is not shaped so.
   */
  private static boolean wrappedGroups(List<Tok> toks) {
    return toks.size() >= 3
        && toks.stream()
            .allMatch(
                t ->
                    t.kind() == Kind.PLAIN
                        && t.digits().length() >= 2
                        && t.digits().length() <= 4
                        && !t.digits().matches("(?:19|20)\\d\\d"));
  }

  /**
   * "555 Ol92", "SS5 0191": a 7-digit local number as a group of three and one of four, some digits
   * written as look-alike letters, each group with a real digit in it (so "115lb, 32b" or words are
   * not).
   */
  private static boolean lookAlikeLocal(String text, List<Tok> toks) {
    if (toks.size() != 2
        || toks.get(0).end() - toks.get(0).start() != 3
        || toks.get(1).end() - toks.get(1).start() != 4) {
      return false;
    }
    for (Tok t : toks) {
      if (t.kind() == Kind.WORD || !hasDigit(text.substring(t.start(), t.end()))) {
        return false;
      }
    }
    return toks.stream().anyMatch(t -> t.kind() == Kind.LOOK_ALIKE);
  }

  /**
   * The digits of a run, number words combined as they are read: "trente-quatre" 34, "treinta y
   * nueve" 39, "soixante-douze" 72, "quatre-vingt-dix-neuf" 99; a tens word alone gives two digits
   * ("vingt" 20).
   */
  private String digitsOfRun(List<Tok> toks) {
    StringBuilder d = new StringBuilder();
    int i = 0;
    while (i < toks.size()) {
      Tok t = toks.get(i);
      if (t.kind() != Kind.WORD) {
        d.append(t.digits());
        i++;
        continue;
      }
      int[] used = new int[1];
      NumberWords.Entry e = phraseAt(toks, i, used);
      i += used[0];
      switch (e.kind()) {
        case DIGIT -> d.append(e.value());
        case TEEN -> d.append(String.format("%02d", e.value()));
        case CONNECTOR -> {}
        case REPEAT -> {
          // "triple five" 555, "double oh" 00: the next single digit, said value times.
          if (i < toks.size()) {
            Tok n = toks.get(i);
            String digit =
                n.kind() == Kind.WORD
                    ? (n.word().kind() == NumberWords.Kind.DIGIT
                        ? String.valueOf(n.word().value())
                        : null)
                    : (n.digits().length() == 1 ? n.digits() : null);
            if (digit != null) {
              d.append(digit.repeat(e.value()));
              i++;
            }
          }
        }
        case TENS -> {
          int[] read = tensFrom(toks, i, e.value());
          i = read[1];
          d.append(read[0]);
        }
        case HUNDREDS -> {
          // "seiscientos setenta y seis" 676, "cuatrocientos trece" 413, "ochocientos cinco" 805
          int v = e.value();
          if (i < toks.size() && toks.get(i).kind() == Kind.WORD) {
            int[] next = new int[1];
            NumberWords.Entry n = phraseAt(toks, i, next);
            if (n.kind() == NumberWords.Kind.TENS) {
              int[] read = tensFrom(toks, i + next[0], n.value());
              v += read[0];
              i = read[1];
            } else if (n.kind() == NumberWords.Kind.TEEN
                || n.kind() == NumberWords.Kind.DIGIT && n.value() > 0) {
              v += n.value();
              i += next[0];
            }
          }
          d.append(v);
        }
        default -> throw new IllegalStateException(e.kind().toString());
      }
    }
    return d.toString();
  }

  /**
   * A tens word's value {@code v} with the unit or (French) teen read after it from index j,
   * perhaps after a connector ("treinta y nueve", "soixante-douze"); {value, index after what was
   * read}.
   */
  private int[] tensFrom(List<Tok> toks, int i, int v) {
    int j = i;
    if (j < toks.size()
        && toks.get(j).kind() == Kind.WORD
        && toks.get(j).word().kind() == NumberWords.Kind.CONNECTOR) {
      j++;
    }
    if (j < toks.size() && toks.get(j).kind() == Kind.WORD) {
      int[] next = new int[1];
      NumberWords.Entry n = phraseAt(toks, j, next);
      boolean unit = n.kind() == NumberWords.Kind.DIGIT && n.value() > 0 && v % 10 == 0;
      // French counts 70 and 90 as 60 + 10..19 and 80 + 10..19: "soixante-douze",
      // "quatre-vingt-onze".
      boolean teen = n.kind() == NumberWords.Kind.TEEN && n.value() < 20 && (v == 60 || v == 80);
      if (unit || teen) {
        return new int[] {v + n.value(), j + next[0]};
      }
    }
    return new int[] {v, i};
  }

  private static int covered(List<Contact> found) {
    return found.stream().mapToInt(c -> c.end() - c.start()).sum();
  }

  /**
   * The longest phrase of number words starting at i ("quatre-vingt-dix"), its length in used[0].
   */
  private NumberWords.Entry phraseAt(List<Tok> toks, int i, int[] used) {
    for (int k = Math.min(3, toks.size() - i); k >= 2; k--) {
      StringBuilder phrase = new StringBuilder();
      boolean words = true;
      for (int j = i; j < i + k && words; j++) {
        words = toks.get(j).kind() == Kind.WORD;
        phrase.append(j > i ? "-" : "").append(words ? toks.get(j).word().word() : "");
      }
      NumberWords.Entry p = words ? numberWords.lookup(phrase.toString()) : null;
      if (p != null) {
        used[0] = k;
        return p;
      }
    }
    used[0] = 1;
    return toks.get(i).word();
  }
}

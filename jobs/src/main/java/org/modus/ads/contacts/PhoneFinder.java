package org.modus.ads.contacts;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modus.ads.AdsIngestSettings;

/**
 * Phone numbers, written plainly (libphonenumber, with the ad's country as region hint and the
 * configured fallback regions) or obfuscated: digits spelled out in en/fr/es/de, look-alike letters
 * ("6 I 2-3 4 5") and spread-out groups. Normalized to E.164 so that the same number written two ways
 * gets one pseudonym.
 */
public final class PhoneFinder {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}|]+|\\d+");
  private static final Pattern DATE_LIKE =
      Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}");
  /** "30000-45000": a range of amounts, which a foreign numbering plan might accept as a number. */
  private static final Pattern RANGE = Pattern.compile("\\d{4,}\\s*[-\u2013]\\s*\\d{4,}");
  /** What may separate the pieces of one obfuscated number: up to 4 of these. */
  private static final String GAP_MARKS = "-./()+";
  /**
   * A superset of what libphonenumber's matcher accepts between digit blocks (its VALID_PUNCTUATION,
   * leading "+" and brackets, any space), so a text without 7 digits joined by these holds no number
   * that {@link #plausible} would keep.
   */
  private static final String PHONE_PUNCTUATION =
      "-xX\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D\uFF0E\uFF0F\u00AD\u200B\u2060"
          + "()\uFF08\uFF09\uFF3B\uFF3D.[]/~\u2053\u223C\uFF5E+\uFF0B";
  private static final int MIN_PHONE_DIGITS = 7;
  private static final int MAX_PUNCTUATION_RUN = 4;

  private final List<String> fallbackRegions;
  private final int minObfuscatedDigits;
  private final int maxDigits;
  private final Map<String, String> wordDigits = new HashMap<>();
  private final Map<String, String> lookAlikes;
  private final int longestDigitWord;

  public PhoneFinder(AdsIngestSettings.Contacts cues) {
    this.fallbackRegions = cues.fallbackRegions();
    this.minObfuscatedDigits = cues.minObfuscatedDigits();
    this.maxDigits = cues.maxPhoneDigits();
    cues.spelledDigits().forEach((digit, words) -> words.forEach(w -> wordDigits.put(fold(w), digit)));
    this.longestDigitWord = wordDigits.keySet().stream().mapToInt(String::length).max().orElse(0);
    this.lookAlikes = cues.lookAlikeDigits();
  }

  private static String fold(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 128;
    }
    if (ascii) {
      return s.toLowerCase(Locale.ROOT);
    }
    return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  /** Every phone number in {@code text}; {@code region} is an ISO alpha-2 hint or null. */
  public List<Contact> find(String text, String region) {
    List<Contact> out = new ArrayList<>();
    Set<String> regions = new LinkedHashSet<>();
    if (region != null) {
      regions.add(region);
    }
    regions.addAll(fallbackRegions);
    // No plausible number has fewer than 7 digits: most texts skip libphonenumber's (costly) search.
    // libphonenumber's search costs per character and per region: it runs on a window around each
    // run of 7+ digits (most texts have none), not on the whole text.
    for (int[] w : digitRunWindows(text)) {
      String window = text.substring(w[0], w[1]);
      for (String r : regions) {
        for (PhoneNumberMatch m : UTIL.findNumbers(window, r, PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
          if (plausible(m.rawString(), m.number(), r.equals(region))) {
            Contact c = new Contact(Contact.PHONE, e164(m.number()), w[0] + m.start(), w[0] + m.end());
            if (out.stream().noneMatch(c::overlaps)) {
              out.add(c);
            }
          }
        }
      }
    }
    for (Contact c : obfuscated(text, regions)) {
      if (out.stream().noneMatch(c::overlaps)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Windows of the text around every run of 7+ digits joined only by phone punctuation (at most 4 marks
   * in a row), widened to the neighbouring whitespace so the matcher sees the number's context; merged
   * when they touch. No plausible number (see {@link #plausible}) lies outside them.
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
      boolean mark = !digit && i < text.length()
          && (Character.isWhitespace(c) || Character.isSpaceChar(c) || PHONE_PUNCTUATION.indexOf(c) >= 0);
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
   * Possible-but-invalid numbers are kept only when written like a phone (international prefix, trunk
   * zero or bracketed area code) and long enough: fictional ranges (UK 07700 900xxx) are not "valid",
   * while price ranges and years must not be taken for phones.
   */
  private static boolean plausible(String raw, PhoneNumber n, boolean hintRegion) {
    String digits = raw.replaceAll("\\D", "");
    if (digits.length() < 7 || DATE_LIKE.matcher(raw).matches()) {
      return false;
    }
    if (UTIL.isValidNumber(n) && (hintRegion || raw.charAt(0) == '+'
        || digits.length() >= 9 && !RANGE.matcher(raw).matches())) {
      return true;
    }
    char first = raw.charAt(0);
    return digits.length() >= 9 && (first == '+' || first == '0' || first == '(');
  }

  static String e164(PhoneNumber n) {
    return UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
  }

  private enum Kind { PLAIN, WORD, LOOK_ALIKE }

  private record Tok(int start, int end, String digits, Kind kind) {
    boolean disguised() {
      return kind != Kind.PLAIN;
    }
  }

  private List<Contact> obfuscated(String text, Set<String> regions) {
    List<Contact> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    List<Tok> run = new ArrayList<>();
    int lastEnd = -1;
    while (m.find()) {
      Tok t = digitsOf(m.group(), m.start(), m.end());
      boolean adjacent = lastEnd >= 0 && isGap(text, lastEnd, m.start());
      if (t == null || !adjacent) {
        flush(text, run, regions, out);
        run.clear();
      }
      if (t != null) {
        run.add(t);
        lastEnd = m.end();
      } else {
        lastEnd = -1;
      }
    }
    flush(text, run, regions, out);
    return out;
  }

  private static boolean isGap(String text, int from, int to) {
    if (to - from > MAX_PUNCTUATION_RUN) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && GAP_MARKS.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private Tok digitsOf(String token, int start, int end) {
    if (allDigits(token)) {
      return new Tok(start, end, token, Kind.PLAIN);
    }
    // Most tokens are ordinary words longer than any digit word: no need to fold them.
    String word = token.length() > longestDigitWord + 2 ? null : wordDigits.get(fold(token));
    if (word != null) {
      return new Tok(start, end, word, Kind.WORD);
    }
    StringBuilder d = new StringBuilder();
    if (token.length() > 3) {
      return null;
    }
    for (char c : token.toCharArray()) {
      String look = lookAlikes.get(String.valueOf(c));
      if (look == null) {
        return null;
      }
      d.append(look);
    }
    return token.length() <= 3 ? new Tok(start, end, d.toString(), Kind.LOOK_ALIKE) : null;
  }

  private static boolean spaced(String text, int from, int to) {
    return text.substring(from, to).chars().anyMatch(Character::isWhitespace);
  }

  private void flush(String text, List<Tok> run, Set<String> regions, List<Contact> out) {
    // Look-alike letters at the edges are ordinary words ("I", "o") next to a number, not digits.
    int from = 0;
    int to = run.size();
    while (from < to - 1 && run.get(from).kind() == Kind.LOOK_ALIKE
        && spaced(text, run.get(from).end(), run.get(from + 1).start())) {
      from++;
    }
    while (to - 1 > from && run.get(to - 1).kind() == Kind.LOOK_ALIKE
        && spaced(text, run.get(to - 2).end(), run.get(to - 1).start())) {
      to--;
    }
    if (from >= to) {
      return;
    }
    List<Tok> toks = run.subList(from, to);
    if (toks.stream().noneMatch(Tok::disguised)) {
      return; // plain digits: libphonenumber's finder already judged them
    }
    StringBuilder digits = new StringBuilder();
    toks.forEach(t -> digits.append(t.digits()));
    if (digits.length() < minObfuscatedDigits || digits.length() > maxDigits) {
      return;
    }
    int start = toks.get(0).start();
    int end = toks.get(toks.size() - 1).end();
    boolean plus = start > 0 && text.charAt(start - 1) == '+';
    String number = (plus ? "+" : "") + digits;
    String normalized = null;
    for (String r : regions) {
      try {
        PhoneNumber n = UTIL.parse(number, r);
        if (UTIL.isPossibleNumber(n)) {
          normalized = e164(n);
          break;
        }
      } catch (NumberParseException e) {
        // try the next region
      }
    }
    // A long run of disguised digits is a contact number even if no region's plan accepts it.
    out.add(new Contact(Contact.PHONE, normalized != null ? normalized : "digits:" + digits,
        plus ? start - 1 : start, end));
  }
}

package org.modus.ads.contacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Every other place in the same text where a found identifier's value stands again: "tg : rosa_77 /
 * rosa_77 / @rosa.vip" names one account twice, and the second, in no form the detector reads
 * alone, would stay raw. Each repeat becomes a contact of the same type and pseudonym. Only values
 * of {@link #MIN_CHARS} characters or more are sought (a short one could be any word), and a bare
 * account name only when it has a handle's shape (a digit, '_' or an inner '.').
 */
final class RepeatedValues {
  /** The shortest value sought again. */
  static final int MIN_CHARS = 5;

  private RepeatedValues() {}

  /** {@code found} and the repeats of their values in {@code text}, in text order. */
  static List<Contact> with(String text, List<Contact> found) {
    if (found.isEmpty()) {
      return found;
    }
    List<Contact> out = new ArrayList<>(found);
    for (Contact c : found) {
      for (String needle : needles(text, c)) {
        for (int i = indexIgnoringCase(text, needle, 0);
            i >= 0;
            i = indexIgnoringCase(text, needle, i + 1)) {
          int end = i + needle.length();
          if (standsAlone(text, i, end)) {
            Contact repeat =
                new Contact(c.type(), c.normalized(), i, end, c.placeholder(), c.checksumValid());
            if (out.stream().noneMatch(repeat::overlaps)) {
              out.add(repeat);
            }
          }
        }
      }
    }
    if (out.size() == found.size()) {
      return found;
    }
    out.sort(Comparator.comparingInt(Contact::start));
    return out;
  }

  /**
   * Where {@code needle} stands in {@code text} from {@code from} on, in any case; -1 if nowhere.
   * Compared in place: a lower-cased copy of the text may be longer ("İ") and shift every index.
   */
  private static int indexIgnoringCase(String text, String needle, int from) {
    for (int i = from; i + needle.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  /** The value as written there, and for an account its name without '@' or '$'. */
  private static List<String> needles(String text, Contact c) {
    List<String> needles = new ArrayList<>(2);
    if (c.start() < 0 || c.end() > text.length() || c.start() >= c.end()) {
      return needles;
    }
    String raw = text.substring(c.start(), c.end()).strip().toLowerCase(Locale.ROOT);
    if (raw.length() >= MIN_CHARS) {
      needles.add(raw);
    }
    if (Contact.HANDLE.equals(c.type()) || Contact.PAYMENT_HANDLE.equals(c.type())) {
      String name = c.normalized().toLowerCase(Locale.ROOT);
      while (!name.isEmpty() && (name.charAt(0) == '@' || name.charAt(0) == '$')) {
        name = name.substring(1);
      }
      if (name.length() >= MIN_CHARS
          && ContactDetector.handleShaped(name)
          && !needles.contains(name)) {
        needles.add(name);
      }
    }
    return needles;
  }

  /** No letter, digit, '_', '@' or '.' glued before, nor a letter, digit, '_' or '.word' after. */
  private static boolean standsAlone(String text, int start, int end) {
    if (start > 0) {
      char b = text.charAt(start - 1);
      if (Character.isLetterOrDigit(b) || b == '_' || b == '@' || b == '.') {
        return false;
      }
    }
    if (end < text.length()) {
      char a = text.charAt(end);
      if (Character.isLetterOrDigit(a) || a == '_' || a == '@') {
        return false;
      }
      return !(a == '.'
          && end + 1 < text.length()
          && Character.isLetterOrDigit(text.charAt(end + 1)));
    }
    return true;
  }
}

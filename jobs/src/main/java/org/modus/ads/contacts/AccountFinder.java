package org.modus.ads.contacts;

import com.google.common.net.InetAddresses;
import java.io.Serializable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modus.ads.AdsIngestSettings;

/**
 * Identifiers of accounts and machines: IBANs (mod-97 checked; whole, spaced or partly masked), IPv4
 * and IPv6 addresses, and payment handles ("$cashtag", "venmo @name", "zelle: name"). Each search runs
 * only when the text has what all its matches need.
 */
final class AccountFinder implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Country code, check digits, then up to 30 characters in groups; '*', 'x' or '•' mask some. */
  private static final Pattern IBAN = Pattern.compile(
      "(?<![\\p{L}\\p{N}])([A-Z]{2}\\d{2}(?:[ \\-]?[A-Z0-9*•xX]{1,4}){3,8})(?![\\p{L}\\p{N}*•])");
  private static final String MASKS = "*•xX";
  private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  private static final Pattern IPV4 = Pattern.compile(
      "(?<![\\d.])" + OCTET + "(?:\\." + OCTET + "){3}(?!\\d|\\.\\d)");
  private static final Pattern IPV6 = Pattern.compile("(?i)(?<![\\p{L}\\p{N}:])[0-9a-f:]{3,39}(?![\\p{L}\\p{N}:])");
  /** "$rosa77": a Cash App cashtag. "$2,400" has no letter; "$USD" and "$BTC" are currency codes. */
  private static final Pattern CASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_$])\\$([A-Za-z][A-Za-z0-9_]{1,19})(?![\\p{L}\\p{N}_])");

  private final CueWords ibanCues;
  private final Pattern paymentHandle;
  /** First words of the payment apps' names: without one, the payment-handle pattern cannot match. */
  private final java.util.Set<String> paymentLeadWords = new java.util.HashSet<>();

  AccountFinder(AdsIngestSettings.Contacts cues) {
    this.ibanCues = new CueWords(cues.ibanCues());
    List<String> prefixes = new ArrayList<>(cues.paymentPrefixes() == null ? List.of() : cues.paymentPrefixes());
    prefixes.sort((a, b) -> b.length() - a.length());
    prefixes.forEach(p -> paymentLeadWords.add(p.strip().toLowerCase(Locale.ROOT).split("\\s+")[0]));
    String alternation = prefixes.isEmpty() ? "(?!)" : String.join("|", prefixes.stream()
        .map(w -> Pattern.quote(w.strip()).replace(" ", "\\E\\s+\\Q")).toList());
    this.paymentHandle = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}_])(?:" + alternation + ")"
        + "(?:\\s*[:=>\\-\u2013\u2014\u2192]+\\s*|\\s+)(?:(?:me|is|at|on|to|:)\\s+)?@?"
        + "([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.\\-]{0,28}[\\p{L}\\p{N}_])?)(?![\\p{L}\\p{N}_@])");
  }

  List<Contact> ibans(String text) {
    List<Contact> out = new ArrayList<>();
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
      String compact = g.replaceAll("[ \\-]", "").toUpperCase(Locale.ROOT);
      if (compact.length() < 15 || compact.length() > 34) {
        continue;
      }
      boolean masked = compact.chars().anyMatch(c -> MASKS.indexOf(c) >= 0 && c != 'X');
      masked |= compact.substring(4).chars().anyMatch(c -> c == 'X') && !validMod97(compact);
      boolean valid = !masked && validMod97(compact);
      // A masked or failing IBAN-shaped code is an IBAN only where the text says so ("IBAN", "RIB").
      if (valid || ibanCues.near(text, m.start(), m.end(), 60)) {
        String normalized = masked ? compact.replaceAll("[*•xX]", "*") : compact;
        out.add(new Contact(Contact.IBAN, normalized, m.start(), end, Contact.IBAN, valid));
      }
    }
    return out;
  }

  private static boolean hasIbanStart(String text) {
    for (int i = 0; i + 3 < text.length(); i++) {
      char a = text.charAt(i);
      if (a >= 'A' && a <= 'Z' && isUpper(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
          && isDigit(text.charAt(i + 3))) {
        return true;
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

  /** ISO 13616: the country code and check digits moved to the end, letters as 10..35, mod 97 is 1. */
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

  List<Contact> ips(String text) {
    List<Contact> out = new ArrayList<>();
    if (hasDigitDotDigit(text)) {
      Matcher m = IPV4.matcher(text);
      while (m.find()) {
        out.add(new Contact(Contact.IP, m.group(), m.start(), m.end()));
      }
    }
    if (text.indexOf(':') >= 0 && text.indexOf(':') != text.lastIndexOf(':')) {
      Matcher m = IPV6.matcher(text);
      while (m.find()) {
        String g = m.group();
        int end = m.end();
        if (g.endsWith(":") && !g.endsWith("::")) {
          g = g.substring(0, g.length() - 1); // "2001:db8::1: call me": the colon belongs to the sentence
          end--;
        }
        // Times ("10:30:45") and ratios are no IPv6: it needs "::" or eight groups, and Guava checks.
        if (g.chars().filter(c -> c == ':').count() >= 2 && g.chars().anyMatch(c -> c != ':')
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
      if (text.charAt(i) == '.' && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1)) && ++dots >= 3) {
        return true;
      }
    }
    return false;
  }

  List<Contact> paymentHandles(String text) {
    List<Contact> out = new ArrayList<>();
    if (text.indexOf('$') >= 0) {
      Matcher m = CASHTAG.matcher(text);
      while (m.find()) {
        String tag = m.group(1);
        boolean currencyCode = tag.length() <= 5 && tag.equals(tag.toUpperCase(Locale.ROOT))
            && tag.chars().allMatch(Character::isLetter);
        if (!currencyCode) {
          out.add(new Contact(Contact.PAYMENT_HANDLE, "$" + tag.toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
      }
    }
    if (!ContactDetector.hasWordIn(text, paymentLeadWords)) {
      return out;
    }
    Matcher m = paymentHandle.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      String h = m.group(1);
      // After a payment app's name: any word with a letter and a digit, '_', '-' or '.', or one after '@'.
      boolean at = text.charAt(m.start(1) - 1) == '@';
      if (h.chars().anyMatch(Character::isLetter)
          && (at || ContactDetector.handleShaped(h) || h.indexOf('-') > 0)) {
        out.add(new Contact(Contact.PAYMENT_HANDLE, h.toLowerCase(Locale.ROOT), at ? m.start(1) - 1 : m.start(1),
            m.end(1)));
        from = m.end();
      } else {
        from = m.start() + 1;
      }
    }
    return out;
  }
}

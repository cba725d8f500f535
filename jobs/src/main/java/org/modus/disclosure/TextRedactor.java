package org.modus.disclosure;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modus.engine.Pseudonymizer;

/**
 * Replaces personal identifiers in free text (case narratives, survey answers, quarantined records) by
 * typed placeholders: {@code [email:<pseudonym>]} with a key, {@code [email]} without. Deliberately
 * greedy: a false positive costs a few words of context, a false negative leaks an identifier. Person
 * names are not detected here (that needs NER); the extraction stage handles narratives further.
 */
public final class TextRedactor {
  private record Kind(String type, Pattern pattern) {}

  // Order matters: e-mails and URLs before handles, wallets before phones.
  private static final List<Kind> KINDS = List.of(
      new Kind("email", Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}")),
      new Kind("url", Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+")),
      new Kind("crypto_wallet", Pattern.compile("\\b(?:bc1[a-z0-9]{20,60}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|0x[a-fA-F0-9]{40})\\b")),
      new Kind("iban", Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\\b")),
      new Kind("social_handle", Pattern.compile("(?<![\\w@])@[A-Za-z0-9_.]{3,30}")),
      new Kind("phone", Pattern.compile("(?<!\\w)\\+?\\d(?:[\\s.()/-]*\\d){6,14}(?!\\w)")));

  private TextRedactor() {}

  /** Placeholders without pseudonyms: for text that must only be made safe (quarantine records). */
  public static String mask(String text) {
    return replace(text, null);
  }

  /** Placeholders carrying the keyed pseudonym of each identifier, so records can still be linked. */
  public static String redact(String text, Pseudonymizer pseudonymizer) {
    return replace(text, pseudonymizer);
  }

  private static String replace(String text, Pseudonymizer p) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (Kind k : KINDS) {
      Matcher m = k.pattern().matcher(out);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        String placeholder = p == null ? "[" + k.type() + "]"
            : "[" + k.type() + ":" + p.pseudonym(k.type(), normalize(k.type(), m.group())) + "]";
        m.appendReplacement(sb, Matcher.quoteReplacement(placeholder));
      }
      m.appendTail(sb);
      out = sb.toString();
    }
    return out;
  }

  private static String normalize(String type, String value) {
    return switch (type) {
      case "phone" -> value.replaceAll("[^0-9+]", "");
      case "email", "social_handle", "url" -> value.toLowerCase(Locale.ROOT);
      default -> value.replace(" ", "");
    };
  }
}

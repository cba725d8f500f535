package org.modus.ads.contacts;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.modus.schemas.ModusResources;

/**
 * What may follow an amount of money ("15,- €", "20,99 EUR/Std.", "100 euros/hora", "300 000
 * FCFA"): the currencies of {@code reference/currencies.csv}, shared with the pay reader. Digits
 * such a mark follows are an amount, never the end of a phone.
 */
final class CurrencyMarks {
  private static final String RESOURCE = "reference/currencies.csv";

  /** Marks with a sign ("€", "us$", "s/", "fr."), lower case: matched in any case. */
  private final Set<String> signs;

  /** Codes and letter symbols ("EUR", "FCFA", "MAD"): only in capitals ("mad", "try" are words). */
  private final Set<String> codes;

  /** Currency words of 5+ letters ("euros", "pesos"), lower case: matched in any case. */
  private final Set<String> words;

  private CurrencyMarks(Set<String> signs, Set<String> codes, Set<String> words) {
    this.signs = Set.copyOf(signs);
    this.codes = Set.copyOf(codes);
    this.words = Set.copyOf(words);
  }

  /** The shipped currencies; read once, when the phone finder that uses them is loaded. */
  static CurrencyMarks load() {
    return PACKAGED;
  }

  private static CurrencyMarks read() {
    Set<String> signs = new HashSet<>();
    Set<String> codes = new HashSet<>();
    Set<String> words = new HashSet<>();
    for (CSVRecord r : ModusResources.csv(RESOURCE)) {
      codes.add(r.get("code").strip().toUpperCase(Locale.ROOT));
      for (String s : r.get("symbols").split("\\|")) {
        String symbol = s.strip().toLowerCase(Locale.ROOT);
        if (!LETTERS.matcher(symbol).matches()) {
          signs.add(symbol);
        } else if (symbol.length() > 1) {
          // "f" (CFA franc) or "r" (rand) alone would end any number a letter follows
          codes.add(symbol.toUpperCase(Locale.ROOT));
        }
      }
      for (String w : r.get("words").split("\\|")) {
        String word = w.strip().toLowerCase(Locale.ROOT);
        if (word.length() >= MIN_WORD_LETTERS) {
          words.add(word);
        } else {
          // "sol", "real", "rand": ordinary words too, so only in capitals, as a code is
          codes.add(word.toUpperCase(Locale.ROOT));
        }
      }
    }
    return new CurrencyMarks(signs, codes, words);
  }

  private static final int MIN_WORD_LETTERS = 5;

  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  /**
   * True when a currency sign or code starts at {@code at} ("€/h", "EUR/Std.", "FCFA/mois"): what
   * only an amount is written with.
   */
  boolean signOrCodeAt(String text, int at) {
    int end = wordEnd(text, at);
    return at < text.length()
        && (signAt(text, at) || end > at && codes.contains(text.substring(at, end)));
  }

  /**
   * True when a currency word starts at {@code at} ("euros/hora", "Euro VB"): an amount, or a word
   * that merely reads like one ("real"), so it weighs less than a sign.
   */
  boolean wordAt(String text, int at) {
    int end = wordEnd(text, at);
    return end > at && words.contains(text.substring(at, end).toLowerCase(Locale.ROOT));
  }

  private static int wordEnd(String text, int at) {
    int end = at;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** True when a currency sign ends right at {@code end} ("$290", "€90"): an amount follows. */
  boolean signEndsAt(String text, int end) {
    for (int len = 1; len <= 3 && end - len >= 0; len++) {
      if (signs.contains(text.substring(end - len, end).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A sign of one to three characters at {@code at} ("€", "s/", "us$", "fr."). */
  private boolean signAt(String text, int at) {
    for (int len = 1; len <= 3 && at + len <= text.length(); len++) {
      if (signs.contains(text.substring(at, at + len).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static final CurrencyMarks PACKAGED = read();
}

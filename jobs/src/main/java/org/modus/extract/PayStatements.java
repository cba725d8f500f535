package org.modus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.modus.schemas.geo.Country;

/**
 * Pay stated as an amount with a currency and a period ("earn $3,000 a week", "1 500 € par mois",
 * "gana 15.000 pesos a la semana", "3k USD monthly"), near a word that makes it pay rather than a price,
 * normalized to a monthly figure in euros and judged against the reference wage of the ad's country
 * ({@link PayReference}). Pure function of the tokens and the concept hits of the document.
 */
final class PayStatements {
  static final String PERIOD_PREFIX = "pay_period_";
  static final String PAY_WORD = "pay_word";
  static final String THOUSANDS = "pay_thousands";
  static final String LAKHS = "pay_lakhs";
  static final String PRICE_WORD = "pay_price_word";
  /** The lexicon entry that pay above the reference is reported under. */
  static final LexiconEntry ENTRY = new LexiconEntry("*.unrealistic_pay.rule.pay_above_reference", "*",
      "amount currency period > ratio x reference wage", "deceptive_recruitment", "unrealistic_pay", 1.0,
      null, null, "pay far above the norm (ILO/EC Delphi 2009); reference wages in data-schemas/reference",
      "lexicon.properties:unrealistic_pay_ratio");
  /**
   * Tokens a period may be away from the amount and its currency, after it ("3000 € net par mois") or
   * before it ("weekly pay of $900").
   */
  private static final int PERIOD_AFTER = 4;
  private static final int PERIOD_BEFORE = 4;
  private static final int PAY_WORD_BEFORE = 8;
  private static final int PAY_WORD_AFTER = 5;
  private static final Pattern THOUSANDS_GROUPED = Pattern.compile("\\d{1,3}(?:[.,' \u2019\u00a0\u202f]\\d{3})+");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(?:[.,]\\d{1,2})?");
  private static final Pattern SUFFIX_K = Pattern.compile("(\\d+(?:[.,]\\d{1,2})?)[kK]");

  /** A stated pay: its span and monthly figure in euros. */
  record Pay(int start, int end, double monthlyEur) {}

  private PayStatements() {}

  static List<Pay> find(List<Token> tokens, Map<String, List<PhraseIndex.Hit<String>>> concepts,
      PayReference ref, Map<String, String> currencyWords, Country home) {
    List<Pay> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Amount a = amountAt(tokens, i, concepts, ref, currencyWords, home);
      if (a == null) {
        continue;
      }
      int end = a.end();
      Amount upper = null;
      if (end + 1 < tokens.size() && isRangeSeparator(tokens.get(end).key())) {
        upper = amountAt(tokens, end + 1, concepts, ref, currencyWords, home);
      }
      // A range is judged by what it offers at best: "1500-3000 USD por semana", "5 a 10 mil".
      double value = upper != null ? upper.value() : a.value();
      int last = upper != null ? upper.end() : end;
      String currency = a.currency() != null ? a.currency() : upper != null ? upper.currency() : null;
      int currencyEnd = last;
      for (int k = last; currency == null && k < Math.min(tokens.size(), last + 2); k++) {
        currency = ref.currencyOf(tokens.get(k).text(), tokens.get(k).key(), currencyWords, home);
        currencyEnd = k + 1;
      }
      if (currency == null) {
        // "earn 5000 weekly": no currency written; the ad's own is meant, when it is known.
        currency = ref.homeCurrency(home);
        currencyEnd = last;
        if (currency == null) {
          continue;
        }
      }
      last = Math.max(last, currencyEnd);
      Period period = period(concepts, a.start(), last, ref);
      if (period == null) {
        continue;
      }
      boolean pay = near(concepts.get(PAY_WORD), a.start(), last);
      boolean price = near(concepts.get(PRICE_WORD), a.start(), last);
      // An hour or a night is also what a service costs ("200€/h"): only a pay word makes it pay. A
      // day, week, month or year is pay unless a price word says otherwise ("rent: 900 a week").
      if (!(pay || (!period.pricedAlso() && !price))) {
        continue;
      }
      double monthlyEur = value * ref.eurPerUnit(currency) * period.months();
      if (monthlyEur >= ref.thresholdEur(home)) {
        out.add(new Pay(a.start(), Math.max(last, period.end()), monthlyEur));
      }
      i = last - 1;
    }
    return out;
  }

  /** An amount at token i, with the currency written right before it or glued to it ("R45k", "$3,000"). */
  private record Amount(int start, int end, double value, String currency) {}

  /** The stated period: months per period, whether it is also how prices are quoted, where it ends. */
  private record Period(double months, boolean pricedAlso, int end) {}

  private static Amount amountAt(List<Token> tokens, int i, Map<String, List<PhraseIndex.Hit<String>>> concepts,
      PayReference ref, Map<String, String> currencyWords, Country home) {
    String text = tokens.get(i).text();
    String glued = null;
    int digit = 0;
    while (digit < text.length() && !Character.isDigit(text.charAt(digit))) {
      digit++;
    }
    if (digit > 0 && digit < text.length() && digit <= 3) {
      glued = ref.currencyOf(text.substring(0, digit), text.substring(0, digit).toLowerCase(java.util.Locale.ROOT),
          currencyWords, home);
      if (glued == null) {
        return null;
      }
      text = text.substring(digit);
    }
    Double value = amount(text);
    if (value == null) {
      return null;
    }
    int end = i + 1;
    // French thousands written with a space: "1 500 €".
    if (end < tokens.size() && digitsOnly(text, 1, 3) && digitsOnly(tokens.get(end).text(), 3, 3)) {
      value = value * 1000 + Double.parseDouble(tokens.get(end).text());
      end++;
    }
    if (startsHit(concepts.get(THOUSANDS), end)) {
      value *= 1000;
      end = hitEnd(concepts.get(THOUSANDS), end);
    } else if (startsHit(concepts.get(LAKHS), end)) {
      value *= 100_000;
      end = hitEnd(concepts.get(LAKHS), end);
    }
    String currency = glued;
    int start = i;
    if (currency == null && i > 0) {
      currency = ref.currencyOf(tokens.get(i - 1).text(), tokens.get(i - 1).key(), currencyWords, home);
      start = currency == null ? i : i - 1;
    }
    return new Amount(start, end, value, currency);
  }

  /** Whether s is min to max ASCII digits (no regular expression: this runs on every number token). */
  private static boolean digitsOnly(String s, int min, int max) {
    if (s.length() < min || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isRangeSeparator(String key) {
    return key.equals("-") || key.equals("\u2013") || key.equals("to") || key.equals("a") || key.equals("à")
        || key.equals("bis") || key.equals("y") || key.equals("and") || key.equals("et") || key.equals("/");
  }

  /** The value of a token that is an amount: "3,000", "2.500", "1.5", "3k"; null otherwise. */
  static Double amount(String text) {
    if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
      return null;
    }
    var k = SUFFIX_K.matcher(text);
    if (k.matches()) {
      return Double.parseDouble(k.group(1).replace(',', '.')) * 1000;
    }
    if (THOUSANDS_GROUPED.matcher(text).matches()) {
      return Double.parseDouble(text.replaceAll("[^0-9]", ""));
    }
    if (DECIMAL.matcher(text).matches()) {
      return Double.parseDouble(text.replace(',', '.'));
    }
    return null;
  }

  /** The period stated just after the amount and its currency, or just before it; null when none is. */
  private static Period period(Map<String, List<PhraseIndex.Hit<String>>> concepts, int start, int end,
      PayReference ref) {
    String[] periods = {"hour", "night", "day", "week", "month", "year"};
    double[] months = {ref.hoursPerMonth(), ref.daysPerMonth(), ref.daysPerMonth(), ref.weeksPerMonth(), 1,
        1 / 12.0};
    Period best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int p = 0; p < periods.length; p++) {
      List<PhraseIndex.Hit<String>> hits = concepts.get(PERIOD_PREFIX + periods[p]);
      if (hits == null) {
        continue;
      }
      for (PhraseIndex.Hit<String> h : hits) {
        int distance = h.start() >= end ? h.start() - end : h.end() <= start ? start - h.end() : -1;
        boolean inReach = h.start() >= end ? distance <= PERIOD_AFTER : distance >= 0 && distance <= PERIOD_BEFORE;
        if (inReach && distance < bestDistance) {
          bestDistance = distance;
          best = new Period(months[p], p <= 1, Math.max(end, h.start() >= end ? h.end() : end));
        }
      }
    }
    return best;
  }

  private static boolean near(List<PhraseIndex.Hit<String>> hits, int start, int end) {
    if (hits == null) {
      return false;
    }
    for (PhraseIndex.Hit<String> h : hits) {
      if ((h.end() <= start && start - h.end() <= PAY_WORD_BEFORE)
          || (h.start() >= end && h.start() - end <= PAY_WORD_AFTER)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsHit(List<PhraseIndex.Hit<String>> hits, int at) {
    return hits != null && hits.stream().anyMatch(h -> h.start() == at);
  }

  private static int hitEnd(List<PhraseIndex.Hit<String>> hits, int at) {
    return hits.stream().filter(h -> h.start() == at).mapToInt(PhraseIndex.Hit::end).max().orElse(at);
  }
}

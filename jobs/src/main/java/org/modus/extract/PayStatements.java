package org.modus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.modus.schemas.geo.Country;

/**
 * Pay stated as an amount with a currency and a period ("earn $3,000 a week", "1 500 € par mois",
 * "gana 15.000 pesos a la semana", "3k USD monthly"), near a word that makes it pay rather than a
 * price, normalized to a monthly figure in euros and judged against the reference wage of the ad's
 * country ({@link PayReference}). Pure function of the tokens and the concept hits of the document.
 */
final class PayStatements {
  static final String PERIOD_PREFIX = "pay_period_";
  static final String PAY_WORD = "pay_word";
  static final String THOUSANDS = "pay_thousands";
  static final String LAKHS = "pay_lakhs";
  static final String MILLIONS = "pay_millions";

  /**
   * "Salary", "sueldo": a word that names a wage, so that an amount right after it with no period
   * is a month's pay ("Salary USD 1500-3500"), or a year's when that reading is implausible.
   */
  static final String SALARY_WORD = "pay_salary_word";

  /** Tokens a salary word may be before the amount ("salaire : 3 000 €", "Salary USD 1500"). */
  private static final int SALARY_WORD_BEFORE = 3;

  /**
   * A salary with no period is read as a year's pay when, as a month's, it would be this many times
   * the reference wage ("Salary $55,000" in the United States).
   */
  private static final double ANNUAL_READING_RATIO = 4;

  static final String PRICE_WORD = "pay_price_word";

  /** "per parcel", "por cuenta", "par colis": what a per-task amount is paid for. */
  static final String PER_TASK = "pay_per_task";

  /**
   * Units of effort ("hours", "min") that, followed by a day, say how long the work takes a day.
   */
  static final String EFFORT_HOUR = "pay_effort_hour";

  static final String EFFORT_MINUTE = "pay_effort_minute";

  /** Below this many hours a day, stated pay is scaled to a full day's work before it is judged. */
  private static final double PART_DAY_HOURS = 6;

  /** The lexicon entry that pay above the reference is reported under. */
  static final LexiconEntry ENTRY =
      new LexiconEntry(
          "*.unrealistic_pay.rule.pay_above_reference",
          "*",
          "amount currency period > ratio x reference wage",
          "deceptive_recruitment",
          "unrealistic_pay",
          1.0,
          null,
          null,
          "pay far above the norm (ILO/EC Delphi 2009); reference wages in data-schemas/reference",
          "lexicon.properties:unrealistic_pay_ratio");

  /**
   * Tokens a period may be away from the amount and its currency, after it ("3000 € net par mois")
   * or before it ("weekly pay of $900").
   */
  private static final int PERIOD_AFTER = 4;

  private static final int PERIOD_BEFORE = 4;
  private static final int PAY_WORD_BEFORE = 8;
  private static final int PAY_WORD_AFTER = 5;
  private static final Pattern THOUSANDS_GROUPED =
      Pattern.compile("\\d{1,3}(?:[.,' \u2019\u00a0\u202f]\\d{3})+");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(?:[.,]\\d{1,2})?");
  private static final Pattern SUFFIX_K = Pattern.compile("(\\d+(?:[.,]\\d{1,2})?)[kK]");

  /**
   * A stated pay: its span and monthly figure in euros; pay per task is unrealistic from its own
   * threshold (a task's pay), whatever the month it makes.
   */
  record Pay(int start, int end, double monthlyEur, boolean perTask) {}

  private PayStatements() {}

  static List<Pay> find(
      List<Token> tokens,
      Map<String, List<PhraseIndex.Hit<String>>> concepts,
      PayReference ref,
      Map<String, String> currencyWords,
      Country home,
      boolean easyWork) {
    List<Pay> out = new ArrayList<>();
    double threshold = ref.thresholdEur(home, easyWork);
    // "$850 a week for 2-3 hours a day": pay for a few hours a day is judged as if the day were
    // full.
    double hoursPerDay = hoursPerDay(tokens, concepts, ref);
    double fullDay =
        hoursPerDay > 0 && hoursPerDay < PART_DAY_HOURS
            ? Math.min(16, ref.hoursPerMonth() / ref.daysPerMonth() / hoursPerDay)
            : 1;
    for (int i = 0; i < tokens.size(); i++) {
      Amount a = amountAt(tokens, i, concepts, ref, currencyWords, home);
      if (a == null) {
        continue;
      }
      int end = a.end();
      Amount upper = null;
      if (end < tokens.size() && dashedAmount(tokens.get(end).text())) {
        // "RM8,000-15,000" is tokenized "RM8,000" "-15,000": the upper bound keeps its dash.
        Double v = amount(tokens.get(end).text().substring(1));
        upper = v == null ? null : new Amount(end, end + 1, v, a.currency());
      } else if (end + 1 < tokens.size() && TokenSpans.isRangeSeparator(tokens.get(end).key())) {
        upper = amountAt(tokens, end + 1, concepts, ref, currencyWords, home);
        // "de $100 a $150": the upper bound's currency is its own token.
        if (upper == null && end + 2 < tokens.size()) {
          Amount u = amountAt(tokens, end + 2, concepts, ref, currencyWords, home);
          upper = u != null && u.start() == end + 1 ? u : null;
        }
      }
      // A range is judged by what it offers at best: "1500-3000 USD por semana", "5 a 10 mil".
      double value = upper != null ? upper.value() : a.value();
      int last = upper != null ? upper.end() : end;
      String currency =
          a.currency() != null ? a.currency() : upper != null ? upper.currency() : null;
      int currencyEnd = last;
      // "$5,000 dólares", "$100 USD": a currency word after the amount says what a bare symbol
      // meant.
      if (currency != null && last < tokens.size() && tokens.get(last).text().length() > 1) {
        String after =
            ref.currencyOf(tokens.get(last).text(), tokens.get(last).key(), currencyWords, home);
        if (after != null) {
          currency = after;
          currencyEnd = last + 1;
        }
      }
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
      // "200€ par colis", "$35 per package": a task of minutes paid like a day's work. Read before
      // the period, which may belong to the amount before ("$2,800/month base + $35 per package").
      int task = hitStartingIn(concepts.get(PER_TASK), last, last + 1);
      if (task >= 0) {
        if (value * ref.eurPerUnit(currency) >= ref.perTaskEur()) {
          out.add(
              new Pay(
                  a.start(), task, value * ref.eurPerUnit(currency) * ref.daysPerMonth(), true));
        }
        i = last - 1;
        continue;
      }
      Period period = period(concepts, a.start(), last, ref);
      if (period == null) {
        if (endsBefore(concepts.get(SALARY_WORD), a.start(), SALARY_WORD_BEFORE)) {
          double asMonth = value * ref.eurPerUnit(currency);
          double monthlyEur =
              asMonth >= ANNUAL_READING_RATIO * ref.referenceEur(home) ? asMonth / 12 : asMonth;
          if (monthlyEur >= threshold) {
            out.add(new Pay(a.start(), last, monthlyEur, false));
          }
          i = last - 1;
        }
        continue;
      }
      boolean pay =
          TokenSpans.hitNear(
              concepts.get(PAY_WORD), a.start(), last, PAY_WORD_BEFORE, PAY_WORD_AFTER);
      boolean price =
          TokenSpans.hitNear(
              concepts.get(PRICE_WORD), a.start(), last, PAY_WORD_BEFORE, PAY_WORD_AFTER);
      // An hour or a night is also what a service costs ("200€/h"): only a pay word makes it pay. A
      // day, week, month or year is pay unless a price word says otherwise ("rent: 900 a week").
      if (!(pay || (!period.pricedAlso() && !price))) {
        continue;
      }
      double monthlyEur =
          value * ref.eurPerUnit(currency) * period.months() * (period.pricedAlso() ? 1 : fullDay);
      if (monthlyEur >= threshold) {
        out.add(new Pay(a.start(), Math.max(last, period.end()), monthlyEur, false));
      }
      i = last - 1;
    }
    return out;
  }

  /**
   * Spans of the amounts written with a currency, before, glued or after ("S$300", "RM 8,000", "50
   * 000 FCFA", "150k naira"), or with a "k" suffix ("150k"): the money a fee rule needs, whatever
   * the currency.
   */
  static List<int[]> amountsWithCurrency(
      List<Token> tokens,
      Map<String, List<PhraseIndex.Hit<String>>> concepts,
      PayReference ref,
      Map<String, String> currencyWords,
      Country home) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!hasDigit(tokens.get(i).text())) {
        continue;
      }
      Amount a = amountAt(tokens, i, concepts, ref, currencyWords, home);
      if (a == null) {
        continue;
      }
      int end = a.end();
      // "150k" is money in an ad even without a currency; "1 500" alone may be anything
      boolean money = a.currency() != null || SUFFIX_K.matcher(tokens.get(i).text()).matches();
      if (!money && end < tokens.size()) {
        Token next = tokens.get(end);
        if (ref.currencyOf(next.text(), next.key(), currencyWords, home) != null) {
          money = true;
          end++;
        }
      }
      if (money) {
        out.add(new int[] {a.start(), end});
        i = end - 1;
      }
    }
    return out;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An amount at token i, with the currency written right before it or glued to it ("R45k",
   * "$3,000").
   */
  private record Amount(int start, int end, double value, String currency) {}

  /**
   * The stated period: months per period, whether it is also how prices are quoted, where it ends.
   */
  private record Period(double months, boolean pricedAlso, int end) {}

  private static Amount amountAt(
      List<Token> tokens,
      int i,
      Map<String, List<PhraseIndex.Hit<String>>> concepts,
      PayReference ref,
      Map<String, String> currencyWords,
      Country home) {
    String text = tokens.get(i).text();
    Glued g = glued(text, ref, currencyWords, home);
    if (g == null) {
      // A range written as one token: "1500-3000", "S$50–S$300", judged by its upper bound.
      int dash = Math.max(text.indexOf('-', 1), text.indexOf('\u2013', 1));
      Glued lower = dash > 0 ? glued(text.substring(0, dash), ref, currencyWords, home) : null;
      Glued upper = dash > 0 ? glued(text.substring(dash + 1), ref, currencyWords, home) : null;
      if (lower == null || upper == null) {
        return null;
      }
      g =
          new Glued(
              upper.value(), upper.currency() != null ? upper.currency() : lower.currency(), text);
    }
    String glued = g.currency();
    text = g.digits();
    Double value = g.value();
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
    } else if (startsHit(concepts.get(MILLIONS), end)) {
      value *= 1_000_000;
      end = hitEnd(concepts.get(MILLIONS), end);
    }
    String currency = glued;
    int start = i;
    if (currency == null && i > 0) {
      currency =
          ref.currencyOf(tokens.get(i - 1).text(), tokens.get(i - 1).key(), currencyWords, home);
      start = currency == null ? i : i - 1;
    }
    return new Amount(start, end, value, currency);
  }

  /** An amount token with the currency glued before or after it ("R45k", "4000$", "S$300"). */
  private record Glued(double value, String currency, String digits) {}

  private static Glued glued(
      String text, PayReference ref, Map<String, String> currencyWords, Country home) {
    int digit = 0;
    while (digit < text.length() && !Character.isDigit(text.charAt(digit))) {
      digit++;
    }
    String currency = null;
    if (digit > 0 && digit < text.length() && digit <= 3) {
      String symbol = text.substring(0, digit);
      currency =
          ref.currencyOf(symbol, symbol.toLowerCase(java.util.Locale.ROOT), currencyWords, home);
      if (currency == null) {
        return null;
      }
      text = text.substring(digit);
    }
    Double value = amount(text);
    if (value == null && currency == null) {
      int last = text.length();
      while (last > 0 && !Character.isDigit(text.charAt(last - 1))) {
        last--;
      }
      if (last > 0 && last < text.length() && text.length() - last <= 3) {
        String symbol = text.substring(last);
        currency =
            ref.currencyOf(symbol, symbol.toLowerCase(java.util.Locale.ROOT), currencyWords, home);
        text = text.substring(0, last);
        value = currency == null ? null : amount(text);
      }
    }
    return value == null ? null : new Glued(value, currency, text);
  }

  /**
   * Hours of work a day the document states ("2-3 hrs a day", "15-20 min a day", "max 1h par
   * jour"), the least if it states several (a range by its lower bound); 0 when it states none.
   */
  private static double hoursPerDay(
      List<Token> tokens, Map<String, List<PhraseIndex.Hit<String>>> concepts, PayReference ref) {
    double least = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String text = tokens.get(i).text();
      double perUnit = 0;
      int unitEnd = -1;
      Double n = leadingNumber(text);
      if (n == null) {
        continue;
      }
      String rest = text.substring(text.length() - trailingLetters(text));
      int next = i + 1;
      if (rest.isEmpty()
          && next + 1 < tokens.size()
          && TokenSpans.isRangeSeparator(tokens.get(next).key())
          && leadingNumber(tokens.get(next + 1).text()) != null) {
        rest =
            tokens
                .get(next + 1)
                .text()
                .substring(
                    tokens.get(next + 1).text().length()
                        - trailingLetters(tokens.get(next + 1).text()));
        next += 2;
      }
      if (!rest.isEmpty()) {
        String r = rest.toLowerCase(java.util.Locale.ROOT);
        perUnit =
            r.equals("h") || r.equals("hr") || r.equals("hrs") ? 1 : r.equals("min") ? 1 / 60.0 : 0;
        unitEnd = perUnit > 0 ? next : -1;
      } else if (startsHit(concepts.get(EFFORT_HOUR), next)) {
        perUnit = 1;
        unitEnd = hitEnd(concepts.get(EFFORT_HOUR), next);
      } else if (startsHit(concepts.get(EFFORT_MINUTE), next)) {
        perUnit = 1 / 60.0;
        unitEnd = hitEnd(concepts.get(EFFORT_MINUTE), next);
      }
      if (unitEnd < 0
          || hitStartingIn(concepts.get(PERIOD_PREFIX + "day"), unitEnd, unitEnd + 1) < 0) {
        continue;
      }
      double hours = n * perUnit;
      if (hours > 0 && (least == 0 || hours < least)) {
        least = hours;
      }
    }
    return least;
  }

  /**
   * The number a token starts with ("2" of "2-3", "15" of "15min", "1" of "1h"); null when none.
   */
  private static Double leadingNumber(String text) {
    int end = 0;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return end == 0 || end > 2 ? null : Double.valueOf(text.substring(0, end));
  }

  private static int trailingLetters(String text) {
    int n = 0;
    while (n < text.length() && Character.isLetter(text.charAt(text.length() - 1 - n))) {
      n++;
    }
    return n;
  }

  /** The end of a hit starting at from..to (inclusive), or -1. */
  private static int hitStartingIn(List<PhraseIndex.Hit<String>> hits, int from, int to) {
    if (hits == null) {
      return -1;
    }
    for (PhraseIndex.Hit<String> h : hits) {
      if (h.start() >= from && h.start() <= to) {
        return h.end();
      }
    }
    return -1;
  }

  /**
   * Whether s is min to max ASCII digits (no regular expression: this runs on every number token).
   */
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

  /**
   * The period stated just after the amount and its currency, or just before it; null when none is.
   */
  private static Period period(
      Map<String, List<PhraseIndex.Hit<String>>> concepts, int start, int end, PayReference ref) {
    String[] periods = {"hour", "night", "day", "week", "month", "year", "fortnight"};
    double[] months = {
      ref.hoursPerMonth(),
      ref.daysPerMonth(),
      ref.daysPerMonth(),
      ref.weeksPerMonth(),
      1,
      1 / 12.0,
      ref.weeksPerMonth() / 2
    };
    Period best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int p = 0; p < periods.length; p++) {
      List<PhraseIndex.Hit<String>> hits = concepts.get(PERIOD_PREFIX + periods[p]);
      if (hits == null) {
        continue;
      }
      for (PhraseIndex.Hit<String> h : hits) {
        int distance = h.start() >= end ? h.start() - end : h.end() <= start ? start - h.end() : -1;
        boolean inReach =
            h.start() >= end
                ? distance <= PERIOD_AFTER
                : distance >= 0 && distance <= PERIOD_BEFORE;
        if (inReach && distance < bestDistance) {
          bestDistance = distance;
          best = new Period(months[p], p <= 1, Math.max(end, h.start() >= end ? h.end() : end));
        }
      }
    }
    return best;
  }

  /** Whether a hit ends at most {@code reach} tokens before {@code start}. */
  private static boolean endsBefore(List<PhraseIndex.Hit<String>> hits, int start, int reach) {
    if (hits == null) {
      return false;
    }
    for (PhraseIndex.Hit<String> h : hits) {
      if (h.end() <= start && start - h.end() <= reach) {
        return true;
      }
    }
    return false;
  }

  /** "-15,000", "–3500": the upper bound of a range whose dash the tokenizer kept. */
  private static boolean dashedAmount(String text) {
    return text.length() > 1
        && (text.charAt(0) == '-' || text.charAt(0) == '\u2013')
        && Character.isDigit(text.charAt(1));
  }

  private static boolean startsHit(List<PhraseIndex.Hit<String>> hits, int at) {
    return hits != null && hits.stream().anyMatch(h -> h.start() == at);
  }

  private static int hitEnd(List<PhraseIndex.Hit<String>> hits, int at) {
    return hits.stream()
        .filter(h -> h.start() == at)
        .mapToInt(PhraseIndex.Hit::end)
        .max()
        .orElse(at);
  }
}

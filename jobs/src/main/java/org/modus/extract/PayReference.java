package org.modus.extract;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.csv.CSVRecord;
import org.modus.schemas.geo.Country;

/**
 * What the unrealistic-pay rule compares against: currencies with a reference rate to the euro
 * ({@code reference/currencies.csv}), a reference monthly wage per country ({@code
 * reference/wages.csv}) and the threshold and period factors of {@code lexicon/lexicon.properties}.
 */
public record PayReference(
    Map<String, Currency> currencies,
    Map<String, String> symbolToCode,
    Map<String, String> wordToCode,
    Map<String, Wage> wages,
    double ratio,
    double easyWorkRatio,
    java.util.Set<String> easyWorkCategories,
    double defaultMonthlyEur,
    double floorMonthlyEur,
    double hoursPerMonth,
    double daysPerMonth,
    double weeksPerMonth,
    double perTaskEur)
    implements Serializable {

  /** A currency: its code, euros per unit and the symbols that may stand for it. */
  public record Currency(String code, double eurPerUnit, List<String> symbols)
      implements Serializable {}

  /** A country's reference monthly wage in euros and its own currency (null when not listed). */
  public record Wage(String alpha3, String currency, double monthlyEur) implements Serializable {}

  /** Loads the packaged tables; a bad row is a build bug and fails naming file and record. */
  static PayReference load(Properties lexiconManifest) {
    Map<String, Currency> currencies = new HashMap<>();
    Map<String, String> lookup = new HashMap<>();
    Map<String, String> words = new HashMap<>();
    for (CSVRecord r : Lexicon.csv("reference/currencies.csv")) {
      String code = r.get("code").strip().toUpperCase(Locale.ROOT);
      List<String> symbols = split(r.get("symbols"));
      currencies.put(
          code,
          new Currency(code, positive(r, "eur_per_unit", "reference/currencies.csv"), symbols));
      lookup.putIfAbsent(code.toLowerCase(Locale.ROOT), code);
      for (String w : split(r.get("words"))) {
        words.putIfAbsent(w.toLowerCase(Locale.ROOT), code);
      }
      for (String s : symbols) {
        // A symbol shared by several currencies resolves to the first listed ("$": USD) unless the
        // ad's
        // own currency uses it too (see currencyOf).
        lookup.putIfAbsent(s.toLowerCase(Locale.ROOT), code);
      }
    }
    Map<String, Wage> wages = new HashMap<>();
    for (CSVRecord r : Lexicon.csv("reference/wages.csv")) {
      String currency = r.get("currency").strip();
      if (!currency.isEmpty() && !currencies.containsKey(currency)) {
        throw new IllegalStateException(
            "reference/wages.csv record "
                + r.getRecordNumber()
                + ": currency "
                + currency
                + " is not in reference/currencies.csv");
      }
      String alpha3 = r.get("alpha3").strip();
      wages.put(
          alpha3,
          new Wage(
              alpha3,
              currency.isEmpty() ? null : currency,
              positive(r, "monthly_eur", "reference/wages.csv")));
    }
    return new PayReference(
        Map.copyOf(currencies),
        Map.copyOf(lookup),
        Map.copyOf(words),
        Map.copyOf(wages),
        number(lexiconManifest, "unrealistic_pay_ratio", "3.0"),
        number(lexiconManifest, "unrealistic_pay_ratio_easy_work", "1.0"),
        java.util.Set.copyOf(
            split(lexiconManifest.getProperty("unrealistic_pay_easy_work_categories", ""))),
        number(lexiconManifest, "unrealistic_pay_default_eur", "2000"),
        number(lexiconManifest, "unrealistic_pay_floor_eur", "1000"),
        number(lexiconManifest, "pay_hours_per_month", "173.3"),
        number(lexiconManifest, "pay_days_per_month", "21.7"),
        number(lexiconManifest, "pay_weeks_per_month", "4.33"),
        number(lexiconManifest, "unrealistic_pay_per_task_eur", "20"));
  }

  /** Currency words keyed as a language's tokens are ("dólares" is "dolare" in Spanish). */
  Map<String, String> wordKeys(String lang) {
    Map<String, String> out = new HashMap<>();
    wordToCode.forEach((w, code) -> out.putIfAbsent(TextFolding.key(lang, w), code));
    return Map.copyOf(out);
  }

  /**
   * The currency a symbol or code names (else the word, looked up by its key in {@code wordKeys}),
   * or null. "$" is the ad's own currency when that currency is written with it (pesos in Mexico,
   * Canadian dollars in Canada), else US dollars.
   */
  String currencyOf(String tokenText, String tokenKey, Map<String, String> wordKeys, Country home) {
    String lower = tokenText.toLowerCase(Locale.ROOT);
    String code = symbolToCode.get(lower);
    if (code == null) {
      code = wordKeys.get(tokenKey);
    }
    if (code != null && home != null) {
      Wage w = wages.get(home.alpha3());
      if (w != null
          && w.currency() != null
          && !w.currency().equals(code)
          && currencies.get(w.currency()).symbols().contains(lower)) {
        return w.currency();
      }
    }
    return code;
  }

  /**
   * The currency of an ad's country; null when the country is listed but its currency is not, or
   * not listed at all (a bare "60 000 par mois" cannot be judged); euros when the ad has no
   * country.
   */
  String homeCurrency(Country home) {
    if (home == null) {
      return "EUR";
    }
    Wage w = wages.get(home.alpha3());
    return w == null ? null : w.currency();
  }

  double eurPerUnit(String code) {
    return currencies.get(code).eurPerUnit();
  }

  /**
   * The monthly figure above which pay is unrealistic for an ad of this country. The reference
   * never falls below the floor: an ad in a low-wage country for work abroad quotes the
   * destination's wages, which are ordinary there.
   */
  double thresholdEur(Country home) {
    return thresholdEur(home, false);
  }

  /**
   * As {@link #thresholdEur(Country)}; for work the ad says needs no experience or is a trivial
   * remote task, pay above the reference itself is already "high pay for little work" (FTC and FBI
   * job-scam warning signs), so the lower ratio applies.
   */
  double thresholdEur(Country home, boolean easyWork) {
    return (easyWork ? easyWorkRatio : ratio) * referenceEur(home);
  }

  /**
   * As {@link #thresholdEur(Country, boolean)}, for pay in a job that may be abroad: the reference
   * is the highest of the home country's and those of the destinations named that {@code wages.csv}
   * knows (an unknown destination does not raise it to the default).
   */
  double thresholdEur(Country home, java.util.List<Country> destinations, boolean easyWork) {
    double reference = referenceEur(home);
    for (Country d : destinations) {
      Wage w = d == null ? null : wages.get(d.alpha3());
      if (w != null) {
        reference = Math.max(reference, w.monthlyEur());
      }
    }
    return (easyWork ? easyWorkRatio : ratio) * reference;
  }

  /** The reference monthly wage of the ad's country in euros, never below the floor. */
  double referenceEur(Country home) {
    Wage w = home == null ? null : wages.get(home.alpha3());
    return Math.max(floorMonthlyEur, w == null ? defaultMonthlyEur : w.monthlyEur());
  }

  private static List<String> split(String cell) {
    return java.util.Arrays.stream(cell.split("\\|"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static double positive(CSVRecord r, String column, String file) {
    try {
      double v = Double.parseDouble(r.get(column).strip());
      if (v > 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException(
        file
            + " record "
            + r.getRecordNumber()
            + ": "
            + column
            + " '"
            + r.get(column)
            + "' is not a positive number");
  }

  private static double number(Properties p, String key, String fallback) {
    String v = p.getProperty(key, fallback).strip();
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          Lexicon.MANIFEST + ": " + key + " '" + v + "' is not a number");
    }
  }
}

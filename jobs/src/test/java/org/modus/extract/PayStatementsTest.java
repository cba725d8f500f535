package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modus.schemas.geo.Countries;
import org.modus.schemas.geo.Country;

/**
 * Unrealistic pay from the amount itself: amount, currency and period normalized to a month and
 * judged against the reference wage of the ad's country, only where a word makes it pay rather than
 * a price.
 */
class PayStatementsTest {
  /** Whether the pay rule alone (not the lexicon's phrases) finds pay above the reference. */
  private static boolean payRule(String lang, String text, String country) {
    return payRule(lang, text, country, false);
  }

  /** As above, for work the ad calls easy (a no-experience or trivial-task cue elsewhere). */
  private static boolean payRule(String lang, String text, String country, boolean easyWork) {
    LanguageMatcher m = LanguageMatcher.forLanguage(lang, Lexicon.load());
    List<Token> tokens = NlpPipelines.tokenize(lang, text, NlpOptions.defaults());
    Country home = Countries.get().resolve(country).orElseThrow();
    return !m.payCues(tokens, m.conceptHits(tokens, home), home, easyWork).isEmpty();
  }

  @Test
  void amountsAreReadInTheFormatsAdsUse() {
    assertEquals(3000.0, PayStatements.amount("3,000"));
    assertEquals(2500.0, PayStatements.amount("2.500"));
    assertEquals(1.5, PayStatements.amount("1.5"));
    assertEquals(3000.0, PayStatements.amount("3k"));
    assertEquals(3500.0, PayStatements.amount("3.5K"));
    assertNull(PayStatements.amount("10h30"));
    assertNull(PayStatements.amount("abc"));
  }

  @Test
  void weeklyPayFarAboveTheCountrysWageIsUnrealistic() {
    assertTrue(payRule("en", "Packers needed, you will earn 3,000 USD a week.", "US"));
    assertTrue(payRule("fr", "Vous toucherez 1 500 € par semaine, logé nourri.", "FR"));
    assertTrue(
        payRule("es", "Sueldo: 15.000 pesos a la semana.", "MX"), "$ and pesos are the ad's own");
    assertTrue(payRule("en", "Salary 2.5k USD per week for cleaners", "PH"));
    assertFalse(
        payRule("en", "Salary 2.5k per month for cleaners", "PH"),
        "no currency: the ad's own (pesos)");
  }

  @Test
  void ordinaryPayIsNot() {
    assertFalse(payRule("en", "Pay: $25/hr, full time, benefits.", "US"));
    assertFalse(payRule("fr", "Salaire 1 800 € net par mois.", "FR"));
    assertFalse(payRule("es", "Sueldo de 2000 a 2500 euros al mes.", "ES"));
  }

  @Test
  void theSameAmountIsJudgedAgainstTheAdsOwnCountry() {
    String text = "Monthly salary of 4,000 euros for farm work.";
    assertTrue(payRule("en", text, "ES"));
    assertFalse(payRule("en", text, "DE"));
    assertFalse(
        payRule("en", "Salary SAR 1,500 monthly, housing free.", "NG"),
        "a destination's ordinary wage quoted in a low-wage country is not far above the norm");
  }

  @Test
  void rangesAreJudgedByTheirUpperBoundAndMultipliersAreRead() {
    assertTrue(payRule("es", "Ganancias de 5 a 10 mil dolares al mes.", "CO"));
    assertTrue(payRule("en", "Salary 2 lakh per month, free visa.", "IN"));
    assertTrue(
        payRule("en", "Waitresses R45k p/m, we pay your flight.", "ZA"),
        "a currency glued to the amount");
  }

  @Test
  void aPriceIsNotPay() {
    assertFalse(payRule("fr", "200€/h, discrétion assurée.", "FR"));
    assertFalse(payRule("en", "Rooms for rent, 900 dollars a week.", "US"));
    assertFalse(
        payRule("fr", "Les filles sont logées, 60 000 par mois.", "BF"),
        "no currency written and the country's own is not listed: nothing to judge");
  }

  @Test
  void payPerTaskOfMinutesIsUnrealisticFromTheThreshold() {
    assertTrue(payRule("fr", "Vous recevez les colis chez vous : 50€ par colis renvoyé.", "FR"));
    assertTrue(payRule("es", "Te llevas 200 € por paquete guardado.", "ES"));
    assertTrue(payRule("en", "Get paid $400 per assignment as a mystery shopper.", "US"));
    assertFalse(
        payRule("fr", "Noter des hôtels, 5€ par avis.", "FR"), "below the per-task threshold");
    assertFalse(
        payRule("en", "Couriers, $12 per delivery.", "US"), "a delivery is not a task of minutes");
  }

  @Test
  void payForAFewHoursADayIsJudgedAsAFullDay() {
    assertTrue(payRule("en", "Assistant needed, $850/week for 2-3 hrs a day.", "US"));
    assertFalse(payRule("en", "Assistant needed, $850/week, full time.", "US"));
    assertTrue(payRule("fr", "Saisie de données, 150€ par jour, 2 heures par jour maximum.", "FR"));
    assertFalse(payRule("fr", "Mi-temps, 4 heures par jour, 1 200 € par mois.", "FR"));
  }

  @Test
  void currenciesGluedAfterTheAmountRangesInOneTokenAndFortnightsAreRead() {
    assertTrue(payRule("fr", "Salaire 4000$ par semaine.", "FR"));
    assertTrue(payRule("es", "Ganancias de 1500-3000 USD por semana.", "DO"));
    assertTrue(
        payRule("es", "Gana $5,000 dólares al mes en fábrica.", "MX"), "dólares says what $ meant");
    assertFalse(payRule("es", "Gana $5,000 pesos al mes en fábrica.", "MX"));
    assertTrue(payRule("es", "Se gana hasta 3000 dólares a la quincena.", "MX"));
  }

  @Test
  void aRangeWhoseUpperBoundKeepsItsDashIsJudgedByThatBound() {
    assertTrue(payRule("en", "Therapists wanted - RM9,000-16,000/month", "MY"));
    assertFalse(payRule("en", "Therapists wanted - RM2,000-2,600/month", "MY"));
  }

  @Test
  void payAboveTheReferenceIsUnrealisticForWorkTheAdCallsEasy() {
    String text = "Earn £160/day just chatting with customers from your sofa.";
    assertTrue(payRule("en", text, "GB", true), "high pay for little work");
    assertFalse(payRule("en", text, "GB", false), "below twice the reference for ordinary work");
    assertFalse(
        payRule("en", "Warehouse staff £12.50/hour, paid weekly.", "GB", true),
        "an ordinary wage stays ordinary however easy the work");
  }

  @Test
  void payPerTaskIsReadEvenAfterAMonthlyBase() {
    assertTrue(payRule("en", "Pay: $2,500/month base plus $40 per parcel you re-ship.", "US"));
  }

  @Test
  void millionsMultiplyTheAmount() {
    assertTrue(payRule("es", "ganancias de 4 millones semanales trabajando de mesera", "CO"));
    assertFalse(payRule("es", "sueldo de 1 millón al mes", "CO"), "an ordinary Colombian wage");
  }

  @Test
  void aSalaryWithNoPeriodIsAMonthsPayOrAYearsWhenAMonthsWouldBeImplausible() {
    assertTrue(payRule("en", "Salary USD 1800-3200 + commission, contract 1 year.", "MY"));
    assertFalse(
        payRule("en", "Salary $58,000 plus benefits.", "US"), "an annual salary read per year");
    assertFalse(payRule("fr", "Salaire 2 100 € brut, CDI.", "FR"));
  }
}

package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.engine.Pseudonymizer;

/**
 * What looks like an identifier but is not stays verbatim: prices, salary ranges, times, dates,
 * postcodes, ages, reference numbers, opening hours, years and percentages. Analysts need them, and
 * redacting them would hide the very features the extraction counts.
 */
class OverRedactionGuardTest {
  private static final Redactor REDACTOR =
      new Redactor(
          new ContactDetector(AdsIngestSettings.defaults().contacts()),
          new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes()));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "80€/h, 150 € la nuit, 1.500 € par mois",
        "$2,400/month plus tips, $15.50 an hour",
        "salary 2000-2500 EUR net, 30000-45000 per year, entre 1800 y 2200 euros",
        "£1,200.00 weekly, CHF 4'500, 3.5% commission, 12,5 % de prime",
        "open 10h30-19h, 9:00-18:00 Mon-Fri, 22h00 - 06h00, 8.30am to 5.30pm",
        "start 14/03/2026, from 2026-03-14 to 2026-04-30, 14.03.2026, March 14, 2026",
        "Paris 75011, Madrid 28013, London SW1A 1AA, Berlin 10115, NY 10001-1234",
        "aged 18-25, 19 ans, 22 años, 24 Jahre alt, 1m70, 55 kg",
        "Ref. 2024-0317, job #44817, offer no. 558213, Stellen-ID 2024/0815",
        "since 1998, in 2024 and 2025, 24/7 service, 365 days",
        "version 2.0.1, e.g. cleaning, i.e. housework, a.m. and p.m. shifts",
        "call us on Telegram or WhatsApp, find us on Instagram",
        "room 12, floor 3, 2 bedrooms, 45 m2, rue de la Paix 12",
        "SIRET 123 456 789 00012 not needed, order 4 x 25 units",
        "Objekt-Nr. 7140, Chiffre 5304, Minecraft 1.20.4, meet @ 9pm, #hiring #jobs",
        "Room#1204 on floor 3, line 5 of the form, Washington DC 20001, 4 u/h",
        "Kaution 500 € per Überweisung, Ref. 2024-0317, CLABE required at signing",
        "see you @ 9pm . Call first, mi gmail es mejor, www . is down, alias unknown",
        "EIN 12-3456789 since 2010, VAT reg. GB 123 4567 89, commande n° 4821-3907, barcode 4006381333931",
        "Gehalt 3300-3800 EUR, scooter de 2019, 12 000 km, 1 200 €, Calle Mayor 1680, 28013 Madrid",
        "Meet @home at 9, RDV @14h30 gare, annonce vue sur pap.fr et airbnb.com, offres sur reed.co.uk",
        "firmware 1.2.33.144 fixed, Abschnitt 3.1.4.1, updated to v10.2.3.4 today",
        "Size 1920x1080 and 3x4 prints, TM6 and B2B deals, 12h30-14h, plan b at 9, 45k followers",
        "je suis chez Paul point final, rendez-vous chez moi à 9h, tailles S M L XL dispo",
      })
  void keepsPricesTimesDatesPostcodesAgesReferencesYearsAndPercentages(String text) {
    Redactor.Redacted r = REDACTOR.redact(text, "FR");
    assertEquals(text, r.text(), () -> "over-redacted: " + r.contacts());
    assertEquals(List.of(), r.contacts());
  }
}

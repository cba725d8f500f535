package org.modus.sample;

import java.util.List;
import java.util.Random;

/**
 * The countries and years of the synthetic non-ad sources (cases, aggregates, survey), with how
 * much of the sample each country gets. FRA and ESP carry the planted rise in cryptocurrency
 * payment and online recruitment; BEL and COL are small so disclosure control visibly suppresses
 * cells.
 */
final class SampleCountries {
  record SampleCountry(
      String alpha2, String alpha3, String name, double weight, boolean rising, long population) {}

  static final List<Integer> YEARS = List.of(2022, 2023, 2024);

  static final List<SampleCountry> ALL =
      List.of(
          new SampleCountry("FR", "FRA", "France", 0.22, true, 68_200_000L),
          new SampleCountry("ES", "ESP", "Spain", 0.20, true, 48_300_000L),
          new SampleCountry("BE", "BEL", "Belgium", 0.04, false, 11_800_000L),
          new SampleCountry(
              "GB",
              "GBR",
              "United Kingdom of Great Britain and Northern Ireland",
              0.15,
              false,
              67_600_000L),
          new SampleCountry("US", "USA", "United States of America", 0.22, false, 334_900_000L),
          new SampleCountry("CA", "CAN", "Canada", 0.08, false, 39_300_000L),
          new SampleCountry("MX", "MEX", "Mexico", 0.06, false, 128_500_000L),
          new SampleCountry("CO", "COL", "Colombia", 0.03, false, 52_100_000L));

  private SampleCountries() {}

  static SampleCountry pick(Random rnd) {
    double r = rnd.nextDouble();
    double acc = 0;
    for (SampleCountry c : ALL) {
      acc += c.weight();
      if (r < acc) {
        return c;
      }
    }
    return ALL.get(ALL.size() - 1);
  }

  /**
   * Probability that a record of {@code year} shows the planted modus operandi (crypto payment,
   * online recruitment): rising 2022-2024 in FRA and ESP, flat elsewhere.
   */
  static double onlineShare(SampleCountry c, int year) {
    if (!c.rising()) {
      return 0.15;
    }
    return switch (year) {
      case 2022 -> 0.15;
      case 2023 -> 0.30;
      default -> 0.50;
    };
  }

  static <T> T any(Random rnd, List<T> options) {
    return options.get(rnd.nextInt(options.size()));
  }
}

package org.modus.bench;

import org.modus.ads.settings.AdsIngestSettings;
import org.modus.ads.settings.LanguageSampling;
import org.modus.ads.text.AdLanguages;

/**
 * Checks the configured two-step language judgement (data-schemas/config/ads-ingest.json) against
 * one step on the longer sample, on benchmark-corpus ads whose language is known: how often they
 * differ, and how often each misses the known language. Speed is measured apart, with JMH ({@code
 * IngestHotPaths.detectLanguage*}).
 *
 * <p>Usage: LanguageSamplingCheck ADS [SEED]
 */
public final class LanguageSamplingCheck {
  private LanguageSamplingCheck() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 7L;
    AdsIngestSettings settings = AdsIngestSettings.defaults();
    LanguageSampling twoSteps = settings.languageSampling();
    LanguageSampling oneStep = twoSteps.withoutQuickStep();
    BenchCorpus.Phrases phrases = BenchCorpus.load();
    int differ = 0;
    int missedTwo = 0;
    int missedOne = 0;
    for (long i = 0; i < n; i++) {
      BenchCorpus.BenchAd ad = BenchCorpus.ad(phrases, seed, i);
      String two = AdLanguages.detect(ad.body(), twoSteps);
      String one = AdLanguages.detect(ad.body(), oneStep);
      differ += two.equals(one) ? 0 : 1;
      missedTwo += two.equals(ad.lang()) ? 0 : 1;
      missedOne += one.equals(ad.lang()) ? 0 : 1;
    }
    System.out.printf("%d ads (seed %d), %s%n", n, seed, twoSteps);
    System.out.printf(
        "two steps differ from one step at %d chars: %d%n", settings.languageSampleChars(), differ);
    System.out.printf("known language missed: two steps %d, one step %d%n", missedTwo, missedOne);
  }
}

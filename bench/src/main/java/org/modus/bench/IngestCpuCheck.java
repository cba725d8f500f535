package org.modus.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.modus.ads.AdRecordProcessor;
import org.modus.ads.ColumnMapping;
import org.modus.ads.contacts.ContactDetector;
import org.modus.ads.read.RawRecord;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.ads.text.AdLanguages;
import org.modus.engine.Pseudonymizer;

/**
 * CPU microseconds per benchmark ad of ingest's per-record steps, on one thread, measured as the
 * thread's own CPU time (ThreadMXBean), which other processes on a shared machine disturb far less
 * than wall time: a quick before/after check of a hot-path change while other work runs. JMH
 * ({@code run-jmh.sh IngestHotPaths}) stays the reference on a quiet machine.
 *
 * <p>Usage: IngestCpuCheck [ADS] [ROUNDS]
 */
public final class IngestCpuCheck {
  private IngestCpuCheck() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    BenchCorpus.Phrases phrases = BenchCorpus.load();
    List<RawRecord> records = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      BenchCorpus.BenchAd ad = BenchCorpus.ad(phrases, 1L, i);
      records.add(ad.toRawRecord(i));
      texts.add(ad.body());
    }
    AdsIngestSettings settings = AdsIngestSettings.defaults();
    AdRecordProcessor processor =
        new AdRecordProcessor(
            "bench",
            new ColumnMapping(BenchCorpus.MAPPING),
            settings,
            new Pseudonymizer(new byte[32]),
            null,
            null);
    ContactDetector contacts = new ContactDetector(settings.contacts());
    Map<String, Consumer<Integer>> steps = new LinkedHashMap<>();
    steps.put("wholeRecord", i -> processor.process(records.get(i)));
    steps.put("findContacts", i -> contacts.find(texts.get(i), "FR"));
    steps.put("detectLanguage", i -> AdLanguages.detect(texts.get(i), settings.languageSampling()));
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (Map.Entry<String, Consumer<Integer>> step : steps.entrySet()) {
      List<Double> perAd = new ArrayList<>();
      for (int r = 0; r < rounds + 2; r++) {
        long start = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
          step.getValue().accept(i);
        }
        if (r >= 2) { // two rounds of warm-up for the JIT
          perAd.add((mx.getCurrentThreadCpuTime() - start) / 1e3 / n);
        }
      }
      perAd.sort(null);
      System.out.printf(
          Locale.ROOT,
          "%-16s %7.1f µs CPU per ad (median of %d rounds over %d ads; min %.1f, max %.1f)%n",
          step.getKey(),
          perAd.get(perAd.size() / 2),
          rounds,
          n,
          perAd.get(0),
          perAd.get(perAd.size() - 1));
    }
  }
}

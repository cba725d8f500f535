package org.modus.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.modus.ads.AdRecordProcessor;
import org.modus.ads.ColumnMapping;
import org.modus.ads.contacts.ContactDetector;
import org.modus.ads.group.MinHash;
import org.modus.ads.read.RawRecord;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.ads.text.AdLanguages;
import org.modus.ads.text.TextCleaner;
import org.modus.engine.Pseudonymizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of ingest's per-record hot paths on benchmark-corpus ads: the whole record (clean,
 * date, place, contacts and pseudonyms, language, keys), and its parts one by one, so a slow ingest
 * can be traced to the step that costs. Throughput in records per second, one thread.
 *
 * <p>Run: {@code bench/run-jmh.sh IngestHotPaths}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IngestHotPaths {
  private final List<RawRecord> records = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private AdRecordProcessor processor;
  private ContactDetector contacts;
  private MinHash minHash;
  private int next;

  @Setup
  public void setUp() {
    BenchCorpus.Phrases phrases = BenchCorpus.load();
    for (long i = 0; i < 1000; i++) {
      BenchCorpus.BenchAd ad = BenchCorpus.ad(phrases, 1L, i);
      records.add(ad.toRawRecord(i));
      texts.add(ad.body());
    }
    AdsIngestSettings settings = AdsIngestSettings.defaults();
    processor =
        new AdRecordProcessor(
            "bench",
            new ColumnMapping(BenchCorpus.MAPPING),
            settings,
            new Pseudonymizer(new byte[32]),
            null,
            null);
    contacts = new ContactDetector(settings.contacts());
    AdsIngestSettings.NearDup nd = settings.nearDup();
    minHash = new MinHash(nd.shingleWords(), nd.bands(), nd.rowsPerBand(), nd.seed());
  }

  private int nextIndex() {
    next = (next + 1) % records.size();
    return next;
  }

  @Benchmark
  public Object wholeRecord() {
    return processor.process(records.get(nextIndex()));
  }

  @Benchmark
  public Object cleanText() {
    return TextCleaner.clean(texts.get(nextIndex()));
  }

  @Benchmark
  public Object detectLanguage() {
    return AdLanguages.detect(
        texts.get(nextIndex()), AdsIngestSettings.defaults().languageSampling());
  }

  /** Language judged in one step on the longer sample: what the quick first step saves. */
  @Benchmark
  public Object detectLanguageOneStep() {
    return AdLanguages.detect(
        texts.get(nextIndex()), AdsIngestSettings.defaults().languageSampling().withoutQuickStep());
  }

  @Benchmark
  public Object findContacts() {
    return contacts.find(texts.get(nextIndex()), "FR");
  }

  @Benchmark
  public Object minHashBands() {
    return minHash.bandKeys(minHash.signature(minHash.shingles(texts.get(nextIndex()))));
  }
}

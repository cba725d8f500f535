package org.modus.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.modus.extract.DocumentExtractor;
import org.modus.extract.DocumentResult;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of the per-record hot paths, on ads of the benchmark corpus (~125 tokens): full
 * extraction of one document (CoreNLP tokenizer, lexicon trie, context rules, evidence, scores),
 * and the regex baseline on the same text. Throughput in documents per second, one thread.
 *
 * <p>Run: {@code bench/run-jmh.sh} (or {@code java -cp ... org.openjdk.jmh.Main
 * HotPathBenchmarks}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPathBenchmarks {
  private final List<String[]> ads = new ArrayList<>();
  private DocumentExtractor extractor;
  private RegexBaseline.MatchCategories baseline;
  private int next;

  @Setup
  public void setUp() {
    BenchCorpus.Phrases phrases = BenchCorpus.load();
    for (long i = 0; i < 1000; i++) {
      BenchCorpus.BenchAd ad = BenchCorpus.ad(phrases, 1L, i);
      ads.add(new String[] {ad.lang(), ad.body()});
    }
    extractor = DocumentExtractor.defaults();
    baseline = new RegexBaseline.MatchCategories();
  }

  private String[] nextAd() {
    next = (next + 1) % ads.size();
    return ads.get(next);
  }

  @Benchmark
  public void modusExtractOneAd(Blackhole bh) {
    String[] ad = nextAd();
    DocumentResult r = extractor.extract(ad[0], ad[1]);
    bh.consume(r);
  }

  @Benchmark
  public void regexBaselineOneAd(Blackhole bh) {
    bh.consume(baseline.call(nextAd()[1]));
  }
}

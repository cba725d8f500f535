package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modus.extract.ExtractionQuality.Entry;

class ExtractionQualityTest {
  private static final List<String> FAMILIES = List.of("platform", "payment_method");

  private static GoldDocument doc(String id, List<String> labels, List<String> families) {
    return new GoldDocument(id, "en", "dev", "text", labels, List.of(), null, families, List.of());
  }

  /**
   * Four documents labelled for platform and payment_method, one labelled for payment_method only:
   * telegram is labelled in d1, d2 and found in d1, d3 -> TP 1 (d1), FN 1 (d2), FP 1 (d3), TN 1
   * (d4); d5 does not count for platform at all, whatever is found in it.
   */
  @Test
  void countsEachDocumentOnceAsTruePositiveFalsePositiveFalseNegativeOrTrueNegative() {
    List<GoldDocument> docs =
        List.of(
            doc("d1", List.of("platform/telegram"), FAMILIES),
            doc("d2", List.of("platform/telegram", "payment_method/cash"), FAMILIES),
            doc("d3", List.of(), FAMILIES),
            doc("d4", List.of("platform/whatsapp"), FAMILIES),
            doc("d5", List.of("payment_method/cash"), List.of("payment_method")));
    List<Set<String>> found =
        List.of(
            Set.of("platform/telegram"),
            Set.of("payment_method/cash"),
            Set.of("platform/telegram", "payment_method/cash"),
            Set.of("platform/whatsapp"),
            Set.of("payment_method/cash"));
    ExtractionQuality q =
        ExtractionQuality.measure(
            docs, found, "g.jsonl", "ab", "dev", "ingested", "v9", "none", "2026-01-01");

    assertEquals(
        new Entry("platform", "telegram", 1, 1, 1, 1),
        q.category("platform", "telegram").orElseThrow());
    assertEquals(
        new Entry("platform", "whatsapp", 1, 0, 0, 3),
        q.category("platform", "whatsapp").orElseThrow());
    // cash: labelled in d2, d5 and found there (TP 2), found in d3 unlabelled (FP 1), d1 and d4 TN.
    assertEquals(
        new Entry("payment_method", "cash", 2, 1, 0, 2),
        q.category("payment_method", "cash").orElseThrow());
    // Family level, platform: some platform labelled in d1, d2, d4 and found in d1, d3, d4.
    assertEquals(new Entry("platform", null, 2, 1, 1, 0), q.families().get(0));
    assertEquals(0.5, q.category("platform", "telegram").orElseThrow().sensitivity());
    assertEquals(0.5, q.category("platform", "telegram").orElseThrow().specificity());
    // Every category of a labelled family is listed, measured or not; unlabelled families are not.
    assertNull(q.category("platform", "kik").orElseThrow().sensitivity());
    assertTrue(q.categories().stream().noneMatch(e -> e.family().equals("control_coercion")));
  }

  @Test
  void theWrittenFileReadsBackToTheSameCounts() throws IOException {
    List<GoldDocument> docs =
        List.of(doc("d1", List.of("platform/telegram"), FAMILIES), doc("d2", List.of(), FAMILIES));
    ExtractionQuality q =
        ExtractionQuality.measure(
            docs,
            List.of(Set.of(), Set.of("platform/telegram")),
            "g.jsonl",
            "ab",
            "dev",
            "ingested",
            "v9",
            "none",
            "2026-01-01");
    ExtractionQuality back =
        ExtractionQuality.read(
            new ByteArrayInputStream(q.toJson("cmd").getBytes(StandardCharsets.UTF_8)), "test");
    assertEquals(q, back);
  }

  /**
   * The committed file is a measurement of the current lexicon on the dev half of the blind set the
   * lexicon was never tuned on (ads-v2: sensitivity measured on the tuning set would be optimistic
   * and under-correct every share), as the command writes it: same gold checksum, same lexicon
   * version, same counts when measured again.
   */
  @Test
  void theCommittedFileIsTheCommandsMeasurementOfTheCurrentLexiconOnTheUntunedBlindDevHalf() {
    ExtractionQuality committed = ExtractionQuality.load();
    Path gold = BlindSetGateTest.CALIBRATION;
    String regenerate =
        "stale: run ./modus evaluate-extraction --gold eval/blind/ads-v2.jsonl --split dev "
            + "--write-quality data-schemas/lexicon/extraction-quality.json";
    assertEquals("dev", committed.split());
    assertEquals("ingested", committed.text());
    assertEquals(ExtractionQuality.sha256(gold), committed.goldSha256(), regenerate);
    assertEquals(Lexicon.load().version(), committed.lexiconVersion(), regenerate);

    List<GoldDocument> dev = ingestedDevHalf(gold);
    assertMeasuredAgain(
        committed,
        dev,
        ExtractionEvaluation.predictions(dev, DocumentExtractor.defaults()),
        regenerate);
  }

  private static List<GoldDocument> ingestedDevHalf(Path gold) {
    return ExtractionEvaluation.readGold(gold).stream()
        .filter(d -> d.split().equals("dev"))
        .map(EvaluateExtractionCommand.asIngested())
        .toList();
  }

  /** The committed counts are those the same predictions give today. */
  private static void assertMeasuredAgain(
      ExtractionQuality committed,
      List<GoldDocument> dev,
      List<Set<String>> predictions,
      String regenerate) {
    ExtractionQuality again =
        ExtractionQuality.measure(
            dev,
            predictions,
            committed.gold(),
            committed.goldSha256(),
            "dev",
            "ingested",
            committed.lexiconVersion(),
            committed.classifier(),
            committed.date());
    assertEquals(again.categories(), committed.categories(), regenerate);
    assertEquals(again.families(), committed.families(), regenerate);
  }

  /**
   * The measurement of the rules with the bundled classifier is made the same way, on the same dev
   * half (which never trained the classifier), of the classifier shipped in the tree.
   */
  @Test
  void theCommittedClassifierFileMeasuresTheBundledClassifierOnTheSameDevHalf() {
    ExtractionQuality committed = ExtractionQuality.load(StackedClassifier.bundled().id());
    String regenerate =
        "stale: run ./modus evaluate-extraction --gold eval/blind/ads-v2.jsonl --split dev "
            + "--classifier data-schemas/classifier/ads-classifier.tsv "
            + "--write-quality data-schemas/classifier/extraction-quality.json";
    assertEquals(StackedClassifier.bundled().id(), committed.classifier(), regenerate);
    assertEquals(ExtractionQuality.load().goldSha256(), committed.goldSha256(), regenerate);
    assertEquals(Lexicon.load().version(), committed.lexiconVersion(), regenerate);

    List<GoldDocument> dev = ingestedDevHalf(BlindSetGateTest.CALIBRATION);
    DocumentExtractor extractor = DocumentExtractor.defaults();
    List<Set<String>> rules =
        dev.stream().map(d -> ExtractionEvaluation.ruleLabels(d, extractor)).toList();
    assertMeasuredAgain(
        committed,
        dev,
        StackedEvaluation.apply(StackedClassifier.bundled(), dev, rules).predictions(),
        regenerate);
  }

  @Test
  void aRunsClassifierPicksItsOwnMeasurementAndAnyOtherTheRulesAlone() {
    assertEquals("none", ExtractionQuality.load("none").classifier());
    assertEquals(
        StackedClassifier.bundled().id(),
        ExtractionQuality.load(StackedClassifier.bundled().id()).classifier());
    assertEquals("none", ExtractionQuality.load("mine.tsv@0123456789ab").classifier());
  }
}

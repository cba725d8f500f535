package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.ModusException;

/**
 * How an evaluation set is read: titles, countries, labelled families, rows of an outside corpus.
 */
class EvaluationSetFormatTest {
  @TempDir Path dir;

  private Path write(String name, String... lines) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, List.of(lines));
    return p;
  }

  @Test
  void onlyTheFamiliesItsAnnotatorLabelledAreScored() throws Exception {
    Path gold =
        write(
            "g.jsonl",
            "{\"id\":\"a\",\"lang\":\"en\",\"split\":\"dev\",\"title\":\"Cook wanted\","
                + "\"text\":\"Pay in bitcoin, apply on WhatsApp.\",\"labels\":[\"payment_method/cryptocurrency\"],"
                + "\"labelled_families\":[\"payment_method\"]}");
    List<GoldDocument> docs = ExtractionEvaluation.readGold(gold);
    assertEquals(
        "Cook wanted\nPay in bitcoin, apply on WhatsApp.", docs.get(0).text(), "title read first");
    ExtractionEvaluation.SplitResult r =
        ExtractionEvaluation.evaluateSplit("dev", docs, DocumentExtractor.defaults());
    assertEquals(
        new ExtractionEvaluation.Counts(1, 0, 0),
        r.micro(),
        "WhatsApp and the cook's sector are not false positives of a payment-only annotation");
  }

  @Test
  void aLabelOutsideTheLabelledFamiliesIsRefused() throws Exception {
    Path gold =
        write(
            "g.jsonl",
            "{\"id\":\"a\",\"lang\":\"en\",\"split\":\"dev\",\"text\":\"x\","
                + "\"labels\":[\"platform/whatsapp\"],\"labelled_families\":[\"payment_method\"]}");
    assertThrows(ModusException.class, () -> ExtractionEvaluation.readGold(gold));
  }

  @Test
  void rowsOfAnOutsideCorpusAreReadByIndexAndNeedTheCorpus() throws Exception {
    Path gold =
        write(
            "g.jsonl", "{\"row_index\":7,\"split\":\"test\",\"labels\":[\"payment_method/cash\"]}");
    Path corpus = write("c.csv", ";text;label", "3;Nothing here;0", "7;\"Cash only; no cards\";1");
    ModusException e =
        assertThrows(ModusException.class, () -> ExtractionEvaluation.readGold(gold));
    assertTrue(e.getMessage().contains("--corpus"), e.getMessage());
    GoldDocument d = ExtractionEvaluation.readGold(gold, corpus).get(0);
    assertEquals("row-7", d.id());
    assertEquals("Cash only; no cards", d.text());
    assertEquals("en", d.lang());
  }

  @Test
  void aDocumentCountsOnceAtFamilyLevelWhateverCategoryWasFound() throws Exception {
    Path gold =
        write(
            "g.jsonl",
            "{\"id\":\"a\",\"lang\":\"en\",\"split\":\"dev\",\"text\":\"Pay in bitcoin.\","
                + "\"labels\":[\"payment_method/cash\"],\"labelled_families\":[\"payment_method\"]}",
            "{\"id\":\"b\",\"lang\":\"en\",\"split\":\"dev\",\"text\":\"Nothing to see.\","
                + "\"labels\":[\"payment_method/cash\"],\"labelled_families\":[\"payment_method\"]}");
    ExtractionEvaluation.SplitResult r =
        ExtractionEvaluation.evaluateSplit(
            "dev", ExtractionEvaluation.readGold(gold), DocumentExtractor.defaults());
    assertEquals(new ExtractionEvaluation.Counts(0, 1, 2), r.byFamily().get("payment_method"));
    assertEquals(
        new ExtractionEvaluation.Counts(1, 0, 1),
        r.documentsByFamily().get("payment_method"),
        "a: some payment found where one is labelled; b: none found");
  }
}

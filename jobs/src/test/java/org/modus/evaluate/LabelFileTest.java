package org.modus.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.ModusException;

class LabelFileTest {
  @Test
  void everyRowIsUsableOrCountedWithItsReason(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("labels.csv");
    Files.writeString(
        f,
        "job_id,title,fraudulent\n1,a,1\n2,b,0\n3,c,t\n,d,1\n4,e,maybe\n2,b,0\n5,f,1.0\n1,x,0\n");
    LabelFile.Labels l = LabelFile.read(f, "job_id", "fraudulent", Set.of());
    assertEquals(8, l.rowsRead());
    assertEquals(4, l.labels().size());
    assertEquals(
        Map.of(
            "blank_id",
            1L,
            "label_not_understood",
            1L,
            "repeated_id",
            1L,
            "repeated_id_conflicting_label",
            1L),
        l.leftOut());
    assertEquals(Map.of("maybe", 1L), l.unreadValues());
    assertEquals(
        l.rowsRead(),
        l.labels().size() + l.leftOut().values().stream().mapToLong(Long::longValue).sum());
    assertTrue(l.labels().get(2).positive(), "t is true");
    assertEquals(7, l.labels().get(3).row());
  }

  @Test
  void namedPositiveValuesMakeEveryOtherValueNegative(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("labels.tsv");
    Files.writeString(f, "id\tclass\nA\tscam\nB\tlegit\nC\tspam\n");
    LabelFile.Labels l = LabelFile.read(f, "id", "class", Set.of("Scam"));
    assertEquals(3, l.labels().size());
    assertEquals(1, l.labels().stream().filter(LabelFile.Label::positive).count());
  }

  @Test
  void readsJsonLinesAndAnUnnamedIndexColumn(@TempDir Path dir) throws Exception {
    Path j = dir.resolve("labels.jsonl");
    Files.writeString(j, "{\"id\": 7, \"label\": true}\n\n{\"id\": \"8\", \"label\": false}\n");
    assertEquals(2, LabelFile.read(j, "id", "label", Set.of()).labels().size());
    Path floats = dir.resolve("pandas.jsonl");
    Files.writeString(floats, "{\"id\": 12345.0, \"label\": 1.0}\n");
    assertEquals(
        "12345",
        LabelFile.read(floats, "id", "label", Set.of()).labels().get(0).id(),
        "a numeric id as the ad ingest reads it, so the labels join");
    Path c = dir.resolve("raw.csv");
    Files.writeString(c, ";text;label\n0;hello;1\n1;there;0\n");
    LabelFile.Labels l = LabelFile.read(c, "column_1", "label", Set.of());
    assertEquals("0", l.labels().get(0).id());
  }

  @Test
  void aMissingColumnIsNamedWithTheColumnsThereAre(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("labels.csv");
    Files.writeString(f, "job_id,fraudulent\n1,1\n");
    ModusException e =
        assertThrows(ModusException.class, () -> LabelFile.read(f, "id", "fraudulent", Set.of()));
    assertTrue(
        e.getMessage().contains("no column 'id'")
            && e.getMessage().contains("[job_id, fraudulent]"),
        e.getMessage());
  }
}

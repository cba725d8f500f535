package org.modus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataDictionaryTest {

  @Test
  void theCommittedDataDictionaryMatchesTheDeclarations() throws Exception {
    String committed = Files.readString(Path.of("../docs/data-dictionary.md"));
    assertEquals(
        DataDictionary.markdown(),
        committed,
        "docs/data-dictionary.md is stale: run ./modus data-dictionary --out docs/data-dictionary.md");
  }
}

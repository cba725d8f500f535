package org.modus.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonSettingsTest {
  private static JsonNode json(String s) throws Exception {
    return new ObjectMapper().readTree(s);
  }

  @Test
  void commentsAreIgnoredButAMisspeltOrMissingKeyIsAnError() throws Exception {
    JsonNode ok = JsonSettings.check(json("{\"_a\": \"why\", \"seed\": 3}"), "f", Set.of("seed"));
    assertEquals(3, ok.get("seed").asInt());
    IllegalStateException unknown = assertThrows(IllegalStateException.class,
        () -> JsonSettings.check(json("{\"seed\": 3, \"sead\": 4}"), "f", Set.of("seed")));
    assertTrue(unknown.getMessage().contains("unknown key 'sead'"), unknown.getMessage());
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> JsonSettings.check(json("{\"_seed\": \"x\"}"), "f", Set.of("seed")));
    assertTrue(missing.getMessage().contains("missing keys [seed]"), missing.getMessage());
  }
}

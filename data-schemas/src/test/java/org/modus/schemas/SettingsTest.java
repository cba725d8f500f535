package org.modus.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules every settings file of data-schemas/config and every run-config override follow. */
class SettingsTest {
  static final Set<String> KEYS = Set.of("seed", "limits.low", "limits.high", "names");
  static final String FILE =
      """
      {
        "_comment": "keys starting with _ are comments",
        "seed": 7,
        "limits": {
          "_low": "a comment inside a group",
          "low": 0.5,
          "high": 2
        },
        "names": ["a", "b"]
      }
      """;

  static Settings file() {
    return Settings.parse("demo", KEYS, "demo.json", FILE);
  }

  static Located config(String json) throws IOException {
    try (JsonParser p = new ObjectMapper().createParser(json)) {
      return Located.read("run.yaml", p);
    }
  }

  @Test
  void aFileWithEveryKeyAndCommentsLoads() {
    Settings s = file();
    assertEquals(7, s.integer("seed"));
    assertEquals(0.5, s.number("limits.low"));
    assertEquals(List.of("a", "b"), s.texts("names"));
    assertFalse(s.overridden("seed"));
  }

  @Test
  void anUnknownKeyIsRejectedWithTheFileAndLine() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.parse(
                    "demo", KEYS, "demo.json", FILE.replace("\"high\": 2", "\"hihg\": 2")));
    assertEquals(
        "demo.json line 7: unknown key 'limits.hihg'; known keys in limits: [high, low] (keys starting "
            + "with _ are comments)",
        e.getMessage());
  }

  @Test
  void aMissingKeyIsRejectedWithTheFileAndTheLineOfItsGroup() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () -> Settings.parse("demo", KEYS, "demo.json", FILE.replace("\"low\": 0.5,", "")));
    assertTrue(
        e.getMessage().startsWith("demo.json line 4: missing key 'limits.low' in limits"),
        e.getMessage());
    SettingsException top =
        assertThrows(
            SettingsException.class,
            () -> Settings.parse("demo", KEYS, "demo.json", FILE.replace("\"seed\": 7,", "")));
    assertTrue(
        top.getMessage().startsWith("demo.json line 1: missing key 'seed'"), top.getMessage());
  }

  @Test
  void theRunConfigOverridesAnyKeyInTheFilesKind() throws IOException {
    Settings s =
        file()
            .withOverrides(
                config(
                    """
        {"demo": {"seed": "9",
                  "limits": {"high": 3},
                  "names": "x, y"},
         "other": {"ignored": "by demo"}}
        """));
    assertEquals(9, s.integer("seed"));
    assertEquals(3.0, s.number("limits.high"));
    assertEquals(0.5, s.number("limits.low"), "keys not overridden keep the file's value");
    assertEquals(
        List.of("x", "y"), s.texts("names"), "a list may be written as comma-separated text");
    assertTrue(s.overridden("limits.high"));
    assertEquals("run.yaml line 2", s.whereSet("limits.high"));
  }

  @Test
  void anUnknownOverrideKeyIsRejectedWithTheConfigAndLine() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                file()
                    .withOverrides(
                        config(
                            """
        {"demo": {
           "limits": {"hgh": 3}}}
        """)));
    assertEquals(
        "run.yaml line 2: unknown key 'settings.demo.limits.hgh'; known keys in settings.demo.limits: "
            + "[high, low] (keys starting with _ are comments)",
        e.getMessage());
  }

  @Test
  void anOverrideOfTheWrongKindIsRejectedWithTheConfigAndLine() {
    assertEquals(
        "run.yaml line 1: settings.demo.seed must be a whole number, got '2.5'",
        assertThrows(
                SettingsException.class,
                () -> file().withOverrides(config("{\"demo\": {\"seed\": 2.5}}")))
            .getMessage());
    assertEquals(
        "run.yaml line 1: settings.demo.limits.low must be a number, got '5%'",
        assertThrows(
                SettingsException.class,
                () -> file().withOverrides(config("{\"demo\": {\"limits\": {\"low\": \"5%\"}}}")))
            .getMessage());
  }

  @Test
  void anUnknownSettingsNameIsRejectedWithTheConfigAndLine() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () -> Settings.checkNames(config("{\n \"trend\": {\"fdr\": 0.1}}")));
    assertTrue(
        e.getMessage().startsWith("run.yaml line 2: unknown settings 'settings.trend'; known: ["),
        e.getMessage());
  }

  record Limits(double low, double high) {
    Limits {
      if (high < low) {
        throw new SettingOutOfRange("high", "must be at least low (" + low + "), got " + high);
      }
    }
  }

  record Demo(long seed, Limits limits, List<String> names) {
    Demo {
      if (seed < 0) {
        throw new SettingOutOfRange("seed", "must be >= 0, got " + seed);
      }
    }
  }

  @Test
  void aValueOutOfRangeInTheFileIsRejectedWithTheFileAndLine() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.parse(
                        "demo", KEYS, "demo.json", FILE.replace("\"seed\": 7", "\"seed\": -1"))
                    .as(Demo.class));
    assertEquals("demo.json line 3: seed must be >= 0, got -1", e.getMessage());
  }

  @Test
  void aValueOutOfRangeInTheRunConfigIsRejectedWithTheConfigAndLineAndItsGroup()
      throws IOException {
    Settings s = file().withOverrides(config("{\"demo\":\n {\"limits\":\n  {\"high\": 0}}}"));
    SettingsException e = assertThrows(SettingsException.class, () -> s.as(Demo.class));
    assertEquals(
        "run.yaml line 3: settings.demo.limits.high must be at least low (0.5), got 0.0",
        e.getMessage());
  }

  @Test
  void aSettingsFileMergedIntoAnotherIsNamedWhereItWent() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () -> Settings.checkNames(config("{\n \"misclassification\": {\"seed\": 1}}")));
    assertEquals(
        "run.yaml line 2: 'settings.misclassification' is now 'settings.trends.correction' (the"
            + " same keys, in the stage's one settings file)",
        e.getMessage());
  }

  @Test
  void aRecordDeclaresItsKeysAndReceivesTheValues() {
    assertEquals(KEYS, Settings.keysOf(Demo.class));
    assertEquals(new Demo(7, new Limits(0.5, 2), List.of("a", "b")), file().as(Demo.class));
  }
}

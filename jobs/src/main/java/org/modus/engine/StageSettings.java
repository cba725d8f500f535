package org.modus.engine;

import java.util.Set;
import org.modus.schemas.Settings;
import org.modus.schemas.SettingsException;

/**
 * A stage's settings: its file of {@code data-schemas/config/} with the run config's {@code
 * settings.<name>} block applied, both checked by {@link Settings} (unknown or missing keys, values
 * of the wrong kind: errors naming the file and line). The one way every stage reads its settings.
 */
public final class StageSettings {
  private StageSettings() {}

  public static Settings load(String name, Set<String> keys, RunConfig config) {
    try {
      return Settings.load(name, keys).withOverrides(config.settings());
    } catch (SettingsException e) {
      throw new ModusException(e.getMessage(), e);
    }
  }

  /** The shipped file alone, for code that runs without a run config. */
  public static Settings shipped(String name, Set<String> keys) {
    return load(name, keys, RunConfig.defaults());
  }

  /** The settings bound to {@code type} ({@link Settings#keysOf} gives its keys). */
  public static <T extends Record> T load(String name, Class<T> type, RunConfig config) {
    Settings s = load(name, Settings.keysOf(type), config);
    try {
      return s.as(type);
    } catch (SettingsException e) {
      throw new ModusException(e.getMessage(), e);
    }
  }
}

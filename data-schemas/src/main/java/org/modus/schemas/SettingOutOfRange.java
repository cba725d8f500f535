package org.modus.schemas;

/**
 * A settings value of the right kind but outside the range its stage accepts (a rate above 1, a
 * count below 1). Thrown by a settings record's constructor with the key it checked; {@link
 * Settings#as} turns it into a {@link SettingsException} naming the file, or the run config, and
 * the line where the value was written.
 */
public class SettingOutOfRange extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String key;

  /**
   * @param key the key in snake_case as written in the file ({@code min_periods}); a key of a group
   *     may be given without its group ({@code threshold} for {@code near_dup.threshold})
   * @param problem what is wrong, read after the key ("must be at least 1, got 0")
   */
  public SettingOutOfRange(String key, String problem) {
    super(key + " " + problem);
    this.key = key;
  }

  public String key() {
    return key;
  }
}

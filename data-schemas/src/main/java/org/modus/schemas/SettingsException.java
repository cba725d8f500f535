package org.modus.schemas;

/**
 * A settings file or a run config's {@code settings:} block that cannot be used: an unknown or
 * missing key, or a value of the wrong kind. The message names the file, the line and the fix; the
 * command line prints it as one line.
 */
public class SettingsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public SettingsException(String message) {
    super(message);
  }
}

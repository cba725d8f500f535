package org.modus.engine;

/**
 * An error the user can fix: bad arguments, unreadable input, missing key. The CLI prints its
 * message as one line (no stack trace unless --verbose), so the message names the bad value and the
 * fix.
 */
public class ModusException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ModusException(String message) {
    super(message);
  }

  public ModusException(String message, Throwable cause) {
    super(message, cause);
  }
}

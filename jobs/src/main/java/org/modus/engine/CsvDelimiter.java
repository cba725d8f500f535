package org.modus.engine;

/**
 * The delimiter of a delimited-text file: the one a source configures, or else the one judged on
 * its header line, the most frequent of {@code ,}, {@code ;} and tab outside quotes (published
 * statistics use all three; a header has no free text, so its separators outnumber anything else).
 * Ties go to {@code ,}, then {@code ;}. Shared by the ad reader and the case, aggregate and survey
 * parsers so every input is configured and judged alike.
 */
public final class CsvDelimiter {
  private CsvDelimiter() {}

  /**
   * The delimiter a source configures: one character, or tab written as {@code tab}, {@code \t} or
   * a tab character; null when none is configured (detect it). Anything longer is refused rather
   * than cut to its first character, which would silently split the file on the wrong separator.
   */
  public static Character configured(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    return switch (value) {
      case "tab", "\\t", "\t" -> '\t';
      default -> {
        if (value.length() != 1) {
          throw new ModusException(
              "delimiter must be one character, tab or \\t, got '" + value + "'");
        }
        yield value.charAt(0);
      }
    };
  }

  /**
   * The configured delimiter, or the one detected on {@code headerLine} when none is configured.
   */
  public static char configuredOrDetected(String configured, String headerLine) {
    Character c = configured(configured);
    return c != null ? c : detect(headerLine);
  }

  public static char detect(String headerLine) {
    int comma = 0;
    int semi = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        comma += c == ',' ? 1 : 0;
        semi += c == ';' ? 1 : 0;
        tab += c == '\t' ? 1 : 0;
      }
    }
    if (tab > comma && tab > semi) {
      return '\t';
    }
    return semi > comma ? ';' : ',';
  }
}

package org.modus.engine;

/**
 * The delimiter of a delimited-text file, judged on its header line: the most frequent of {@code ,},
 * {@code ;} and tab outside quotes (published statistics use all three; a header has no free text, so
 * its separators outnumber anything else). Ties go to {@code ,}, then {@code ;}. Shared by the ad
 * reader and the case, aggregate and survey parsers so every input is judged alike.
 */
public final class CsvDelimiter {
  private CsvDelimiter() {}

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

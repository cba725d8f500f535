package org.modus.ingest;

import java.text.Normalizer;
import java.util.Locale;

/** The folded form used to match published labels and codes against mapping files. */
public final class LabelFolding {
  private LabelFolding() {}

  /** Lowercase, accents removed, every run of non-alphanumerics as one space, trimmed. */
  public static String fold(String s) {
    if (s == null) {
      return "";
    }
    String folded = Normalizer.normalize(s.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }
}

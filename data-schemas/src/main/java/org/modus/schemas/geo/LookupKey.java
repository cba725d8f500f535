package org.modus.schemas.geo;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name or code to the form lookups compare: lower-case ASCII letters and digits only, so
 * accents, case, spaces and punctuation never matter ("U.S." = "US", "EE. UU." = "EEUU",
 * "Côte-d'Ivoire" = "cote d ivoire"). Letters NFKD cannot decompose (ø, æ, œ, ß...) are spelled out.
 * Dropping spaces merges no two country names; the loader would reject such a collision.
 */
final class LookupKey {
  private LookupKey() {}

  static String of(String s) {
    String folded = Normalizer.normalize(s.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replace("œ", "oe").replace("æ", "ae").replace("ø", "o").replace("ß", "ss")
        .replace("ł", "l").replace("đ", "d").replace("ı", "i");
    return folded.replaceAll("[^a-z0-9]+", "");
  }
}

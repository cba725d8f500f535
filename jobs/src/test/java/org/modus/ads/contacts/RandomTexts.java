package org.modus.ads.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random texts glued from pieces: the inputs of the detector's equivalence tests. */
final class RandomTexts {
  private RandomTexts() {}

  /** {@code count} texts of up to {@code maxPieces - 1} pieces each, the same for the same seed. */
  static List<String> of(String[] pieces, int count, int maxPieces, long seed) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>(count);
    for (int t = 0; t < count; t++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(maxPieces);
      for (int i = 0; i < n; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      texts.add(text.toString());
    }
    return texts;
  }
}

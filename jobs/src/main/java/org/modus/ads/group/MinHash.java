package org.modus.ads.group;

import java.util.Arrays;
import java.util.Locale;
import org.modus.ads.contacts.Redactor;

/**
 * MinHash signatures of word shingles, with hash functions derived from a fixed seed so that
 * signatures (and the near-duplicate groups built on them) never depend on partitioning or JVM.
 */
public final class MinHash {
  private final int shingleWords;
  private final long[] seeds;
  private final int bands;
  private final int rows;

  public MinHash(int shingleWords, int bands, int rowsPerBand, long seed) {
    this.shingleWords = shingleWords;
    this.bands = bands;
    this.rows = rowsPerBand;
    this.seeds = new long[bands * rowsPerBand];
    long s = seed;
    for (int i = 0; i < seeds.length; i++) {
      s += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(s);
    }
  }

  /**
   * Sorted distinct hashes of the word k-grams of a text. Placeholders lose their pseudonym ({@code
   * [phone:ab12]} -> {@code [phone]}) so the same template with another number still matches.
   */
  public long[] shingles(String text) {
    String norm =
        Redactor.PLACEHOLDER
            .matcher(text == null ? "" : text)
            .replaceAll("$1")
            .toLowerCase(Locale.ROOT);
    long[] words = wordHashes(norm);
    if (words.length == 0) {
      return new long[0];
    }
    int k = Math.min(shingleWords, words.length);
    long[] out = new long[words.length - k + 1];
    for (int i = 0; i < out.length; i++) {
      long h = k;
      for (int j = i; j < i + k; j++) {
        h = mix(h ^ words[j]);
      }
      out[i] = h;
    }
    Arrays.sort(out);
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (n == 0 || out[i] != out[n - 1]) {
        out[n++] = out[i];
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** Hashes of the words (runs of letters, digits and '_') of a text, in order. */
  private static long[] wordHashes(String s) {
    long[] out = new long[16];
    int n = 0;
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (!isWordChar(c)) {
        i += Character.charCount(c);
        continue;
      }
      long h = 0xcbf29ce484222325L;
      while (i < s.length() && isWordChar(c = s.codePointAt(i))) {
        h = (h ^ c) * 0x100000001b3L;
        i += Character.charCount(c);
      }
      if (n == out.length) {
        out = Arrays.copyOf(out, 2 * n);
      }
      out[n++] = h;
    }
    return Arrays.copyOf(out, n);
  }

  private static boolean isWordChar(int c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  public long[] signature(long[] shingles) {
    long[] sig = new long[seeds.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long sh : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        long h = mix(sh ^ seeds[i]);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** One key per band: ads sharing any band key are candidate near-duplicates. */
  public long[] bandKeys(long[] signature) {
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = mix(b + 1L);
      for (int r = 0; r < rows; r++) {
        h = mix(h ^ signature[b * rows + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** Sorted hashes packed as big-endian bytes: a compact, unboxed column for Spark. */
  public static byte[] pack(long[] hashes) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 * hashes.length);
    for (long h : hashes) {
      b.putLong(h);
    }
    return b.array();
  }

  public static long[] unpack(byte[] packed) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(packed);
    long[] out = new long[packed.length / 8];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getLong();
    }
    return out;
  }

  /** Exact Jaccard similarity of two sorted distinct hash arrays. */
  public static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1.0;
    }
    int i = 0;
    int j = 0;
    int inter = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        inter++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) inter / (a.length + b.length - inter);
  }

  /** SplitMix64 finalizer: a strong 64-bit mixer. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

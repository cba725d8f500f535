package org.modus.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Benjamini-Hochberg (1995) adjusted p-values ("q-values"): q_(i) = min over j >= i of p_(j) m / j,
 * capped at 1. Rejecting every q below alpha controls the false discovery rate at alpha.
 */
public final class BenjaminiHochberg {
  private BenjaminiHochberg() {}

  /** q-values in the order of {@code p}; every p must lie in [0, 1]. */
  public static double[] qValues(double[] p) {
    int m = p.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      if (!(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException("p-value " + i + " is not in [0, 1]: " + p[i]);
      }
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double[] q = new double[m];
    double running = 1.0;
    for (int rank = m; rank >= 1; rank--) {
      int i = order[rank - 1];
      running = Math.min(running, p[i] * m / rank);
      q[i] = running;
    }
    return q;
  }
}

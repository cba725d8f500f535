package org.modus.extract;

/**
 * Limited-memory BFGS with a backtracking (Armijo) line search. Deterministic: no randomness, a
 * fixed iteration cap and a fixed gradient tolerance, so the same data always gives the same
 * weights. Plain gradient descent would need thousands of steps at the weak regularisation the
 * study chose; L-BFGS gets there in a few hundred.
 */
final class Lbfgs {
  private Lbfgs() {}

  /**
   * A smooth function: returns its value at {@code x} and writes its gradient into {@code grad}.
   */
  interface Objective {
    double evaluate(double[] x, double[] grad);
  }

  private static final int MEMORY = 10;

  static double[] minimise(Objective f, double[] start, int iterations, double gradientTolerance) {
    int n = start.length;
    double[] x = start.clone();
    double[] g = new double[n];
    double fx = f.evaluate(x, g);
    double[][] s = new double[MEMORY][];
    double[][] y = new double[MEMORY][];
    double[] rho = new double[MEMORY];
    int stored = 0;
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    for (int it = 0; it < iterations && maxAbs(g) > gradientTolerance; it++) {
      double[] d = direction(g, s, y, rho, stored, it);
      double slope = dot(g, d);
      if (slope >= 0) { // not a descent direction (curvature memory gone stale): restart
        stored = 0;
        d = negate(g);
        slope = dot(g, d);
      }
      double step = it == 0 ? 1.0 / Math.max(1.0, Math.sqrt(dot(g, g))) : 1.0;
      double fNew = Double.NaN;
      boolean accepted = false;
      for (int k = 0; k < 40; k++) {
        for (int j = 0; j < n; j++) {
          xNew[j] = x[j] + step * d[j];
        }
        fNew = f.evaluate(xNew, gNew);
        if (fNew <= fx + 1e-4 * step * slope) {
          accepted = true;
          break;
        }
        step *= 0.5;
      }
      if (!accepted) {
        break;
      }
      double[] sk = new double[n];
      double[] yk = new double[n];
      for (int j = 0; j < n; j++) {
        sk[j] = xNew[j] - x[j];
        yk[j] = gNew[j] - g[j];
      }
      double sy = dot(sk, yk);
      if (sy > 1e-12) {
        int slot;
        if (stored < MEMORY) {
          slot = stored++;
        } else {
          // drop the oldest pair: shift so that index order stays oldest -> newest
          System.arraycopy(s, 1, s, 0, MEMORY - 1);
          System.arraycopy(y, 1, y, 0, MEMORY - 1);
          System.arraycopy(rho, 1, rho, 0, MEMORY - 1);
          slot = MEMORY - 1;
        }
        s[slot] = sk;
        y[slot] = yk;
        rho[slot] = 1.0 / sy;
      }
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      fx = fNew;
    }
    return x;
  }

  /** The two-loop recursion: an approximation of -H^-1 g from the stored pairs. */
  private static double[] direction(
      double[] g, double[][] s, double[][] y, double[] rho, int stored, int it) {
    double[] q = g.clone();
    double[] alpha = new double[stored];
    for (int i = stored - 1; i >= 0; i--) {
      alpha[i] = rho[i] * dot(s[i], q);
      axpy(-alpha[i], y[i], q);
    }
    if (stored > 0) {
      double gamma = dot(s[stored - 1], y[stored - 1]) / dot(y[stored - 1], y[stored - 1]);
      for (int j = 0; j < q.length; j++) {
        q[j] *= gamma;
      }
    }
    for (int i = 0; i < stored; i++) {
      double beta = rho[i] * dot(y[i], q);
      axpy(alpha[i] - beta, s[i], q);
    }
    return negate(q);
  }

  private static double[] negate(double[] v) {
    double[] out = new double[v.length];
    for (int j = 0; j < v.length; j++) {
      out[j] = -v[j];
    }
    return out;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int j = 0; j < x.length; j++) {
      y[j] += a * x[j];
    }
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int j = 0; j < a.length; j++) {
      sum += a[j] * b[j];
    }
    return sum;
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }
}

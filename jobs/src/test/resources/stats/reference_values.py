#!/usr/bin/env python3
"""Reference values for the org.modus.stats unit tests, computed independently of the Java code.

Run:  python3 jobs/src/test/resources/stats/reference_values.py
(scipy 1.17, numpy). The printed values are pasted as fixtures into the *Test classes of
org.modus.stats; each fixture names this script.

Formulas follow the textbooks, not the Java code:
- Mann-Kendall: S = sum sign(x_j - x_i), i<j; Var(S) = [n(n-1)(2n+5) - sum t(t-1)(2t+5)]/18
  over tie groups t; z = (S - sign(S))/sqrt(Var S); two-sided p = 2 * (1 - Phi(|z|)) (normal
  approximation). Gilbert (1987) ch. 16; Hipel & McLeod (1994).
- Sen's slope: median of (x_j - x_i)/(t_j - t_i), i<j; 95% interval as in R trend::sens.slope:
  C = z_{0.975} sqrt(Var S), lower = d[round((N - C)/2)], upper = d[round((N + C)/2 + 1)] (1-based
  ranks in the sorted slopes d, N = number of slopes, round half to even as R and Python do),
  ranks clamped to 1..N.
- Wilson score interval (Wilson 1927), z = 1.959963984540054.
- Benjamini-Hochberg: scipy.stats.false_discovery_control(method='bh').
- Rate ratio (Katz log interval): RR = (a/n1)/(b/n0), se(log RR) = sqrt(1/a - 1/n1 + 1/b - 1/n0);
  when a or b is 0, 0.5 is added to every cell of the 2x2 table (a+0.5, n1+1, b+0.5, n0+1).
  p-value: exact conditional binomial test, scipy.stats.binomtest(a, a+b, n1/(n1+n0)).
"""
import math

import numpy as np
from scipy import stats

Z = 1.959963984540054


def mann_kendall(x):
    x = np.asarray(x, dtype=float)
    n = len(x)
    s = 0.0
    for i in range(n - 1):
        s += np.sign(x[i + 1:] - x[i]).sum()
    _, counts = np.unique(x, return_counts=True)
    var = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in counts)) / 18.0
    if s > 0:
        z = (s - 1) / math.sqrt(var)
    elif s < 0:
        z = (s + 1) / math.sqrt(var)
    else:
        z = 0.0
    p = 2 * stats.norm.sf(abs(z))
    return s, var, z, p


def sen(x, t=None):
    x = np.asarray(x, dtype=float)
    n = len(x)
    t = np.arange(n, dtype=float) if t is None else np.asarray(t, dtype=float)
    d = sorted((x[j] - x[i]) / (t[j] - t[i]) for i in range(n - 1) for j in range(i + 1, n))
    big_n = len(d)
    slope = float(np.median(d))
    _, var, _, _ = mann_kendall(x)
    c = Z * math.sqrt(var)
    lo = min(max(round((big_n - c) / 2), 1), big_n)
    hi = min(max(round((big_n + c) / 2 + 1), 1), big_n)
    return slope, d[lo - 1], d[hi - 1]


def wilson(k, n):
    p = k / n
    denom = 1 + Z * Z / n
    centre = (p + Z * Z / (2 * n)) / denom
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def rate_ratio(a, n1, b, n0):
    if a == 0 or b == 0:
        ca, cn1, cb, cn0 = a + 0.5, n1 + 1, b + 0.5, n0 + 1
    else:
        ca, cn1, cb, cn0 = a, n1, b, n0
    rr = (ca / cn1) / (cb / cn0)
    se = math.sqrt(1 / ca - 1 / cn1 + 1 / cb - 1 / cn0)
    p = stats.binomtest(a, a + b, n1 / (n1 + n0)).pvalue
    return rr, rr * math.exp(-Z * se), rr * math.exp(Z * se), p


MK_SERIES = {
    "rising_no_ties": [0.10, 0.12, 0.11, 0.15, 0.14, 0.18, 0.20, 0.19, 0.22, 0.25, 0.24, 0.27],
    "with_ties": [1, 2, 2, 3, 3, 3, 2, 4, 4, 5],
    "falling_with_ties": [5, 5, 4, 4, 4, 3, 3, 1, 1, 0],
    "zero_heavy": [0, 0, 0, 0.05, 0, 0.1, 0, 0.1],
    "all_equal": [0.2] * 8,
    "flat_noise": [0.10, 0.12, 0.09, 0.11, 0.10, 0.12, 0.08, 0.11, 0.10, 0.09, 0.12, 0.10],
}
SEN_GAPS = ([0.10, 0.14, 0.13, 0.20, 0.22, 0.21, 0.30, 0.29], [0, 1, 2, 4, 5, 7, 8, 9])
WILSON = [(0, 10), (10, 10), (3, 17), (0, 1), (1, 1), (250, 1000), (7, 40)]
BH = [0.01, 0.04, 0.03, 0.005, 0.2, 0.9, 0.04, 0.5]
BINOM = [(40, 2000, 0.2), (480, 2000, 0.2), (3, 1500, 0.01), (30, 1500, 0.01), (15, 15, 0.2), (0, 10, 0.5), (7, 10, 0.5)]
RR = [(30, 200, 40, 800), (5, 100, 0, 400), (0, 100, 20, 400), (12, 120, 48, 480), (3, 150, 40, 600)]

if __name__ == "__main__":
    print("# Mann-Kendall: name, S, VarS, z, p")
    for name, x in MK_SERIES.items():
        s, var, z, p = mann_kendall(x)
        print(f"{name}: " + ", ".join(repr(float(v)) for v in (s, var, z, p)))
    print("# Sen (t = 0..n-1): name, slope, low, high")
    for name, x in MK_SERIES.items():
        print(f"{name}: " + ", ".join(repr(float(v)) for v in sen(x)))
    print("# Sen with gaps: x, t -> slope, low, high")
    print("gaps: " + ", ".join(repr(float(v)) for v in sen(*SEN_GAPS)))
    print("# Wilson: k, n -> low, high")
    for k, n in WILSON:
        lo, hi = wilson(k, n)
        print(f"{k}/{n}: {lo!r}, {hi!r}")
    print("# Benjamini-Hochberg q-values (scipy.stats.false_discovery_control, method='bh')")
    print(", ".join(repr(float(q)) for q in stats.false_discovery_control(BH, method="bh")))
    print("# Exact binomial test (scipy.stats.binomtest, two-sided): k, n, p -> p-value")
    for k, n, p in BINOM:
        print(f"{k},{n},{p}: {float(stats.binomtest(k, n, p).pvalue)!r}")
    print("# Rate ratio: a, n1, b, n0 -> rr, low, high, p (binomtest)")
    for a, n1, b, n0 in RR:
        print(f"{a},{n1},{b},{n0}: " + ", ".join(repr(float(v)) for v in rate_ratio(a, n1, b, n0)))

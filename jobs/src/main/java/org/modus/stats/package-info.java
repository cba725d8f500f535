/**
 * Pure statistics used by the trends stage (no Spark): Wilson intervals, Mann-Kendall with Sen's
 * slope, Benjamini-Hochberg q-values, rate ratios with an exact conditional test. Each class is
 * checked against reference values computed independently by {@code
 * jobs/src/test/resources/stats/reference_values.py}.
 */
package org.modus.stats;

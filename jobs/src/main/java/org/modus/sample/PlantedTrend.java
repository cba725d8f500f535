package org.modus.sample;

/**
 * A trend the sample generator plants, written to ground-truth.json so tests can assert the
 * pipeline recovers it. {@code direction} is increasing or decreasing (a Mann-Kendall trend in the
 * series' share), or emerging (the latest period above its trailing baseline).
 */
public record PlantedTrend(
    String family,
    String category,
    String dimension,
    String dimensionValue,
    String direction,
    String description) {}

package org.modus.reports.model;

/** A key finding in words, backed by a significant test; rank 1 is the strongest. */
public record Finding(
    int rank, String text, String family, String category, String dimension, String dimensionValue,
    double qValue) {}

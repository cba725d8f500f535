package org.modus.extract;

import java.util.List;

/** What the extractor found in one document: its features and the scores computed from them. */
public record DocumentResult(
    String language,
    List<ExtractedFeature> features,
    double deceptiveRecruitmentScore,
    double adIndicatorScore,
    int featureCount) {}

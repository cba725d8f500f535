package org.modus.compare;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.modus.engine.RunConfig;
import org.modus.engine.StageSettings;
import org.modus.schemas.Settings;

/**
 * The compare stage's thresholds, from {@code data-schemas/config/compare.json}, overridden by the
 * run config's {@code settings: {compare: ...}}.
 */
public record CompareSettings(
    double minRelativeChange,
    double likertUp,
    double likertDown,
    String indicatorId,
    String sex,
    String age,
    int maxListedCells,
    List<String> excludedAdFamilies)
    implements Serializable {
  public CompareSettings {
    excludedAdFamilies = List.copyOf(excludedAdFamilies);
  }

  public static final String NAME = "compare";
  public static final Set<String> KEYS =
      Set.of(
          "direction.min_relative_change",
          "likert.up",
          "likert.down",
          "aggregates.indicator_id",
          "aggregates.sex",
          "aggregates.age",
          "manifest.max_listed_cells",
          "ads.excluded_families");

  /** The shipped settings. */
  public static CompareSettings load() {
    return load(RunConfig.defaults());
  }

  public static CompareSettings load(RunConfig config) {
    Settings s = StageSettings.load(NAME, KEYS, config);
    return new CompareSettings(
        s.number("direction.min_relative_change"),
        s.number("likert.up"),
        s.number("likert.down"),
        s.text("aggregates.indicator_id"),
        s.text("aggregates.sex"),
        s.text("aggregates.age"),
        s.integer("manifest.max_listed_cells"),
        s.texts("ads.excluded_families"));
  }
}

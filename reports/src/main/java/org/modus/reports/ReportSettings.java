package org.modus.reports;

import java.util.List;
import java.util.Set;
import org.modus.schemas.Located;
import org.modus.schemas.SettingOutOfRange;
import org.modus.schemas.Settings;

/**
 * The report's settings, {@code data-schemas/config/report.json}, overridden by a run config's
 * {@code settings: {report: ...}}; each key is explained in the file.
 *
 * @param nesting how the breakdowns of trend series nest, chains from the broadest to the narrowest
 *     ({@code all>region>country}), read by {@link org.modus.reports.findings.Levels}
 * @param maxHeadlines headline findings on the summary page; the rest go to the annex
 * @param maxDiscrepancies cells listed in the source-discrepancy table of the report
 * @param figures how much each family's figures draw
 */
public record ReportSettings(
    List<String> nesting, int maxHeadlines, int maxDiscrepancies, FigureLimits figures) {
  public static final String NAME = "report";

  /**
   * @param topCategories categories drawn per line chart of a family
   * @param topCountries panels per small-multiples figure
   * @param categoriesPerPanel categories drawn in each panel
   */
  public record FigureLimits(int topCategories, int topCountries, int categoriesPerPanel) {
    public FigureLimits {
      if (topCategories < 1) {
        throw new SettingOutOfRange("top_categories", "must be at least 1, got " + topCategories);
      }
      if (topCountries < 1) {
        throw new SettingOutOfRange("top_countries", "must be at least 1, got " + topCountries);
      }
      if (categoriesPerPanel < 1) {
        throw new SettingOutOfRange(
            "categories_per_panel", "must be at least 1, got " + categoriesPerPanel);
      }
    }
  }

  public ReportSettings {
    nesting = List.copyOf(nesting);
    if (maxHeadlines < 1) {
      throw new SettingOutOfRange("max_headlines", "must be at least 1, got " + maxHeadlines);
    }
    if (maxDiscrepancies < 1) {
      throw new SettingOutOfRange(
          "max_discrepancies", "must be at least 1, got " + maxDiscrepancies);
    }
  }

  public static Set<String> keys() {
    return Settings.keysOf(ReportSettings.class);
  }

  /** The shipped settings. */
  public static ReportSettings shipped() {
    return Settings.load(NAME, keys()).as(ReportSettings.class);
  }

  /** The shipped settings with a run config's {@code settings:} block applied. */
  public static ReportSettings load(Located overrides) {
    return Settings.load(NAME, keys()).withOverrides(overrides).as(ReportSettings.class);
  }
}

package org.modus.reports;

import java.util.List;
import java.util.Set;
import org.modus.schemas.Located;
import org.modus.schemas.Settings;

/**
 * The report's settings, {@code data-schemas/config/report.json}, overridden by a run config's
 * {@code settings: {report: ...}}; each key is explained in the file.
 *
 * @param nesting how the breakdowns of trend series nest, chains from the broadest to the narrowest
 *     ({@code all>region>country}), read by {@link org.modus.reports.findings.Levels}
 * @param maxHeadlines headline findings on the summary page; the rest go to the annex
 * @param maxDiscrepancies cells listed in the source-discrepancy table of the report
 */
public record ReportSettings(List<String> nesting, int maxHeadlines, int maxDiscrepancies) {
  public static final String NAME = "report";

  public ReportSettings {
    nesting = List.copyOf(nesting);
    if (maxHeadlines < 1 || maxDiscrepancies < 1) {
      throw new IllegalArgumentException(
          "report.max_headlines and report.max_discrepancies must be at least 1, "
              + "got "
              + maxHeadlines
              + " and "
              + maxDiscrepancies);
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

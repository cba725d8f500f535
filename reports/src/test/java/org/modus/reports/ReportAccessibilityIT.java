package org.modus.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated HTML report passes axe-core's automated checks in headless Chromium with no
 * violation of serious or critical impact, in each language. Needs the Debian package chromium and
 * {@code npm ci} in tools/a11y (both installed by .ci/run); without them it fails saying how to
 * install.
 */
class ReportAccessibilityIT {

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void theReportHasNoSeriousOrCriticalAccessibilityViolation(String lang, @TempDir Path dir)
      throws Exception {
    ReportWriter.write(TestReports.model(lang), dir);

    List<AxeCheck.Violation> failing =
        AxeCheck.failing(AxeCheck.run(dir.resolve(ReportWriter.HTML)));

    assertEquals(List.of(), failing, "axe-core on the " + lang + " report");
  }

  @Test
  void theCheckFailsOnAnImageWithoutTextAlternativeAndAPageWithoutLanguage(@TempDir Path dir)
      throws Exception {
    Path page = dir.resolve("bad.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html><head><title>x</title></head><body><main>"
            + "<h1>x</h1><img src=\"chart.png\"></main></body></html>");

    List<AxeCheck.Violation> failing = AxeCheck.failing(AxeCheck.run(page));

    List<String> ids = failing.stream().map(AxeCheck.Violation::id).toList();
    assertTrue(ids.contains("image-alt"), ids.toString());
    assertTrue(ids.contains("html-has-lang"), ids.toString());
  }
}

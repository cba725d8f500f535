package org.modus.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a stage did, as recorded in the manifest. For ingest stages {@code rowsRead == accepted +
 * quarantined} must hold; {@link #reconciles()} says whether it does.
 *
 * <p>A job builds its report without a stage: {@link StageRunner} knows which stage it ran and
 * stamps it ({@link #withStage(Stage)}), so a stage's name is given once. {@code stage} is the
 * on-disk name ({@link Stage#id()}), the key of the manifest entry.
 */
public record StageReport(
    String stage,
    long rowsRead,
    long accepted,
    long quarantined,
    Map<String, Long> outputs,
    List<String> warnings,
    Map<String, Object> details) {

  public StageReport {
    // In the job's order, not Map.copyOf's per-JVM one: the manifest and the console summary list
    // tables
    // the same way on every run, so two runs' manifests can be compared line by line.
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    warnings = List.copyOf(warnings);
    details =
        details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** A job's report, before {@link StageRunner} stamps the stage it ran. */
  public StageReport(
      long rowsRead,
      long accepted,
      long quarantined,
      Map<String, Long> outputs,
      List<String> warnings,
      Map<String, Object> details) {
    this(null, rowsRead, accepted, quarantined, outputs, warnings, details);
  }

  /** A stage that derives tables from other tables (no reading of raw input). */
  public static StageReport derived(Map<String, Long> outputs, List<String> warnings) {
    long rows = outputs.values().stream().mapToLong(Long::longValue).sum();
    return new StageReport(rows, rows, 0, outputs, warnings, Map.of());
  }

  /**
   * This report as the report of {@code ran}. A report that already names another stage is a job
   * reporting for the wrong stage: refused rather than recorded under either name.
   */
  public StageReport withStage(Stage ran) {
    if (stage != null && !stage.equals(ran.id())) {
      throw new IllegalStateException(
          "a report of stage " + stage + " returned by stage " + ran.id());
    }
    return new StageReport(ran.id(), rowsRead, accepted, quarantined, outputs, warnings, details);
  }

  public boolean reconciles() {
    return rowsRead == accepted + quarantined;
  }
}

package org.modus.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a stage did, as recorded in the manifest. For ingest stages {@code rowsRead == accepted +
 * quarantined} must hold; {@link #reconciles()} says whether it does.
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
    outputs = Map.copyOf(new LinkedHashMap<>(outputs));
    warnings = List.copyOf(warnings);
    details = details == null ? Map.of() : Map.copyOf(details);
  }

  /** A stage that derives tables from other tables (no reading of raw input). */
  public static StageReport derived(String stage, Map<String, Long> outputs, List<String> warnings) {
    long rows = outputs.values().stream().mapToLong(Long::longValue).sum();
    return new StageReport(stage, rows, rows, 0, outputs, warnings, Map.of());
  }

  public boolean reconciles() {
    return rowsRead == accepted + quarantined;
  }
}

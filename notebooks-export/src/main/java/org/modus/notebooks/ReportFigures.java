package org.modus.notebooks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code report/figures.json}, the report stage's account of what it drew: per figure the Spark SQL
 * it ran, the tables it read, and where its chart and CSV are (paths relative to {@code report/}).
 * Unknown fields are ignored so that the report can grow without breaking the export.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportFigures(
    @JsonProperty("report_version") int reportVersion,
    String lang,
    String title,
    List<Figure> figures,
    List<Finding> findings) {

  public ReportFigures {
    figures = figures == null ? List.of() : List.copyOf(figures);
    findings = findings == null ? List.of() : List.copyOf(findings);
    Set<String> seen = new HashSet<>();
    for (Figure f : figures) {
      if (!seen.add(f.id())) {
        throw new IllegalArgumentException("figures.json lists figure '" + f.id() + "' twice");
      }
    }
  }

  /** One report figure or table; {@code png}/{@code svg} are null for table-kind figures. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Figure(
      String id,
      String section,
      String title,
      String kind,
      String png,
      String svg,
      String csv,
      String alt,
      String sql,
      List<String> tables) {

    public Figure {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("figures.json lists a figure without an id");
      }
      section = section == null || section.isBlank() ? "other" : section;
      title = title == null || title.isBlank() ? id : title;
      kind = kind == null ? "table" : kind;
      tables = tables == null ? List.of() : List.copyOf(tables);
    }

    public boolean hasChart() {
      return png != null && !png.isBlank();
    }

    /** The contract gives every figure its SQL and CSV; one without is still shown, not dropped. */
    public boolean hasSql() {
      return sql != null && !sql.isBlank();
    }

    public boolean hasCsv() {
      return csv != null && !csv.isBlank();
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Finding(int rank, String text) {}

  public static ReportFigures parse(byte[] json) {
    try {
      ReportFigures f = new ObjectMapper().readValue(json, ReportFigures.class);
      if (f.reportVersion() != 1) {
        throw new IllegalArgumentException(
            "figures.json has report_version "
                + f.reportVersion()
                + "; this exporter reads version 1");
      }
      return f;
    } catch (IOException e) {
      throw new IllegalArgumentException("figures.json is not valid JSON: " + e.getMessage(), e);
    }
  }
}

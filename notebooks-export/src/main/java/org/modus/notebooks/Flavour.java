package org.modus.notebooks;

/** The two notebooks written per report. */
public enum Flavour {
  /** PySpark with pandas and matplotlib: recomputes each figure and draws it. */
  PYSPARK("report.ipynb", "PySpark"),
  /**
   * Spark SQL through {@code spark.sql(...)} only, for cluster notebook servers without plotting.
   */
  SQL("report-sql.ipynb", "Spark SQL");

  private final String fileName;
  private final String label;

  Flavour(String fileName, String label) {
    this.fileName = fileName;
    this.label = label;
  }

  public String fileName() {
    return fileName;
  }

  public String label() {
    return label;
  }
}

package org.modus.aggregates;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.compare.TestTables;
import org.modus.engine.RunDir;
import org.modus.engine.SourceConfig;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;
import org.modus.testing.SparkTestSession;

class IngestAggregatesJobIT {
  private final SparkSession spark = SparkTestSession.get();

  @Test
  void glotipAndEurostatFilesBecomeOneLongTableOfIntervals(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("glotip.csv"), AggregateParserTest.GLOTIP);
    Files.writeString(
        dir.resolve("estat.tsv"),
        "geo\ttime\tunit\tsex\tage\tindicator\texploit\tvalue\n"
            + "FR\t2023\tNR\tT\tTOTAL\tVICT\tTOTAL\t310 p\n"
            + "ES\t2023\tNR\tT\tTOTAL\tVICT\tSEX_EXP\t: c\n");
    RunDir run = new RunDir(dir.resolve("run").toString());
    StageReport report =
        IngestAggregatesJob.run(
            spark,
            TestTables.context(spark, run, TestTables.config(null, null)),
            List.of(
                new SourceConfig(
                    "glotip",
                    dir.resolve("glotip.csv").toString(),
                    "glotip",
                    null,
                    null,
                    null,
                    null,
                    null),
                new SourceConfig(
                    "estat",
                    dir.resolve("estat.tsv").toString(),
                    "eurostat",
                    "tab",
                    null,
                    null,
                    null,
                    null)));
    assertEquals(8, report.rowsRead());
    assertEquals(5, report.accepted());
    assertEquals(3, report.quarantined());
    Row lt5 =
        Tables.read(spark, run, "aggregates")
            .where(
                col("category").equalTo("sexual_exploitation").and(col("source").equalTo("glotip")))
            .first();
    assertEquals(0.0, lt5.<Double>getAs("value_low"));
    assertEquals(4.0, lt5.<Double>getAs("value_high"));
    Row estat =
        Tables.read(spark, run, "aggregates")
            .where(col("source").equalTo("estat").and(col("country").equalTo("FRA")))
            .first();
    assertEquals(310.0, estat.<Double>getAs("value_low"));
    assertEquals("p", estat.getAs("flags"));
    Row confidential =
        Tables.read(spark, run, "aggregates")
            .where(col("source").equalTo("estat").and(col("country").equalTo("ESP")))
            .first();
    assertNull(confidential.getAs("value_high"));
    assertEquals(3, spark.read().parquet(run.quarantine("aggregates")).count());
  }

  @Test
  void aBadCellIsQuarantinedAndTooManyOfThemPublishNoTable(@TempDir Path dir) throws Exception {
    String header =
        "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,"
            + "Unit of measurement,txtVALUE,Source\n";
    String row =
        "FRA,France,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,%d,Counts,%s,NR\n";
    Files.writeString(
        dir.resolve("ok.csv"),
        header
            + String.format(row, 2021, "\"1,234.5\"")
            + String.format(row, 2022, "NaN")
            + String.format(row, 2023, "12")
            + String.format(row, 2020, "5")
            + String.format(row, 2019, "7"));
    RunDir run = new RunDir(dir.resolve("run").toString());
    StageReport report =
        IngestAggregatesJob.run(
            spark,
            TestTables.context(spark, run, TestTables.config(null, null)),
            List.of(
                new SourceConfig(
                    "g",
                    dir.resolve("ok.csv").toString(),
                    "glotip",
                    null,
                    null,
                    null,
                    null,
                    null)));
    assertEquals(4, report.accepted(), "a grouped number with decimals is read, not a crash");
    assertEquals(
        1234.5,
        Tables.read(spark, run, "aggregates")
            .where(col("year").equalTo(2021))
            .first()
            .<Double>getAs("value_low"));
    assertEquals(java.util.Map.of("not_finite", 1L), report.details().get("quarantine_reasons"));

    Files.writeString(
        dir.resolve("bad.csv"),
        header
            + String.format(row, 2021, "Infinity")
            + String.format(row, 2022, "NaN")
            + String.format(row, 2023, "12"));
    RunDir failed = new RunDir(dir.resolve("failed").toString());
    org.modus.engine.ModusException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.modus.engine.ModusException.class,
            () ->
                IngestAggregatesJob.run(
                    spark,
                    TestTables.context(
                        spark,
                        failed,
                        new org.modus.engine.RunConfig(
                            null, null, 11, "year", 0.25, "en", null, null, null, null, null, null,
                            null, null)),
                    List.of(
                        new SourceConfig(
                            "g",
                            dir.resolve("bad.csv").toString(),
                            "glotip",
                            null,
                            null,
                            null,
                            null,
                            null))));
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().contains("no table was published"), e.getMessage());
    org.junit.jupiter.api.Assertions.assertFalse(
        Tables.exists(spark, failed, "aggregates"),
        "as in ingest-ads, a stage failing on its quarantine share publishes no table");
    assertEquals(
        2,
        spark.read().parquet(failed.quarantine("aggregates")).count(),
        "the quarantine is there to read");
  }

  /** One data row of the GLOTIP workbook below and what the stage must make of it. */
  record GlotipRow(String code, String name, Object value, String outcome) {}

  /**
   * GLOTIP's published layout: a notes sheet, then the data sheet with title rows above the header.
   */
  static final List<GlotipRow> WORKBOOK_ROWS =
      List.of(
          new GlotipRow("FRA", "France", 120, "country"),
          new GlotipRow("FRA", "France", "<5", "country"),
          new GlotipRow("BEL", "Belgium", 1010, "country"),
          new GlotipRow("SAM", "South America", 350, "subregion"),
          new GlotipRow("EEU", "Eastern Europe", 80, "subregion"),
          new GlotipRow("EUR", "Europe", 900, "region"),
          new GlotipRow("WLD", "World", 50000, "world"),
          new GlotipRow("", "Central and South-Eastern Europe", 7, "missing_area_code"),
          new GlotipRow("QQQ", "Nowhere", 3, "unknown_area"));

  static byte[] glotipWorkbook() throws java.io.IOException {
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      wb.createSheet("Notes")
          .createRow(0)
          .createCell(0)
          .setCellValue("Read me: synthetic test workbook");
      org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("data_glotip");
      s.createRow(0)
          .createCell(0)
          .setCellValue("UNODC Global Report on Trafficking in Persons - data export");
      s.createRow(1).createCell(0).setCellValue("Extracted on 2024-12-01");
      String[] header = {
        "Iso3_code",
        "Country",
        "Region",
        "Subregion",
        "Indicator",
        "Dimension",
        "Category",
        "Sex",
        "Age",
        "Year",
        "Unit of measurement",
        "txtVALUE",
        "Source"
      };
      org.apache.poi.ss.usermodel.Row h = s.createRow(3);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      org.apache.poi.ss.usermodel.CellStyle thousands = wb.createCellStyle();
      thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      for (int r = 0; r < WORKBOOK_ROWS.size(); r++) {
        GlotipRow g = WORKBOOK_ROWS.get(r);
        org.apache.poi.ss.usermodel.Row row = s.createRow(4 + r);
        if (!g.code().isEmpty()) {
          row.createCell(0).setCellValue(g.code());
        }
        row.createCell(1).setCellValue(g.name());
        row.createCell(4).setCellValue("Detected trafficking victims");
        boolean breakdown = g.value() instanceof String;
        row.createCell(5).setCellValue(breakdown ? "by form of exploitation" : "Total");
        row.createCell(6).setCellValue(breakdown ? "Sexual exploitation" : "Total");
        row.createCell(7).setCellValue("Total");
        row.createCell(8).setCellValue("Total");
        row.createCell(9).setCellValue(2022); // a numeric year cell: must read "2022", not "2022.0"
        row.createCell(10).setCellValue("Counts");
        if (g.value() instanceof Integer n) {
          row.createCell(11).setCellValue(n);
          row.getCell(11).setCellStyle(thousands); // shown as "1,010", read as 1010
        } else {
          row.createCell(11).setCellValue((String) g.value());
        }
        row.createCell(12).setCellValue("NR");
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void theGlotipWorkbookIsReadDirectlyAndEveryRowIsAccountedFor(@TempDir Path dir)
      throws Exception {
    Files.write(dir.resolve("glotip.xlsx"), glotipWorkbook());
    RunDir run = new RunDir(dir.resolve("run").toString());
    StageReport report =
        IngestAggregatesJob.run(
            spark,
            TestTables.context(spark, run, TestTables.config(null, null)),
            List.of(
                new SourceConfig(
                    "glotip",
                    dir.resolve("glotip.xlsx").toString(),
                    "glotip",
                    null,
                    null,
                    null,
                    null,
                    null)));
    java.util.Map<String, Long> expected =
        WORKBOOK_ROWS.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    GlotipRow::outcome, java.util.stream.Collectors.counting()));
    long quarantinedRows =
        expected.getOrDefault("missing_area_code", 0L) + expected.getOrDefault("unknown_area", 0L);
    assertEquals(WORKBOOK_ROWS.size(), report.rowsRead());
    assertEquals(WORKBOOK_ROWS.size() - quarantinedRows, report.accepted());
    assertEquals(quarantinedRows, report.quarantined());
    assertEquals(report.rowsRead(), report.accepted() + report.quarantined());

    java.util.Map<String, Long> levels = new java.util.TreeMap<>();
    Tables.read(spark, run, "aggregates")
        .groupBy("geo_level")
        .count()
        .collectAsList()
        .forEach(r -> levels.put(r.getString(0), r.getLong(1)));
    java.util.Map<String, Long> expectedLevels = new java.util.TreeMap<>(expected);
    expectedLevels.remove("missing_area_code");
    expectedLevels.remove("unknown_area");
    assertEquals(expectedLevels, levels);

    Row belgium =
        Tables.read(spark, run, "aggregates").where(col("country").equalTo("BEL")).first();
    assertEquals(1010.0, belgium.<Double>getAs("value_low"), "a #,##0 cell shown as 1,010 is 1010");
    assertEquals(2022, belgium.<Integer>getAs("year"));
    Row lt5 =
        Tables.read(spark, run, "aggregates")
            .where(col("category").equalTo("sexual_exploitation"))
            .first();
    assertEquals(0.0, lt5.<Double>getAs("value_low"));
    assertEquals(4.0, lt5.<Double>getAs("value_high"));
    Row sam = Tables.read(spark, run, "aggregates").where(col("area_code").equalTo("SAM")).first();
    assertNull(sam.getAs("country"));
    assertEquals("005", sam.getAs("m49_code"));

    java.util.Map<String, String> quarantine = new java.util.TreeMap<>();
    spark
        .read()
        .parquet(run.quarantine("aggregates"))
        .collectAsList()
        .forEach(
            r ->
                quarantine.put(
                    r.<String>getAs("location").replaceFirst(".*/", ""),
                    r.<String>getAs("reason")));
    // Data rows start on the sheet's row 5 (the header is on row 4); locations are file!sheet:row.
    java.util.Map<String, String> expectedQuarantine = new java.util.TreeMap<>();
    for (int i = 0; i < WORKBOOK_ROWS.size(); i++) {
      String outcome = WORKBOOK_ROWS.get(i).outcome();
      if (outcome.equals("missing_area_code") || outcome.equals("unknown_area")) {
        expectedQuarantine.put("glotip.xlsx!data_glotip:" + (5 + i), outcome);
      }
    }
    assertEquals(expectedQuarantine, quarantine);
  }

  @Test
  void anOldBinaryXlsStopsTheStageWithOneLine(@TempDir Path dir) throws Exception {
    try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb =
        new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
      wb.createSheet("data");
      try (java.io.OutputStream out = Files.newOutputStream(dir.resolve("glotip.xls"))) {
        wb.write(out);
      }
    }
    RunDir run = new RunDir(dir.resolve("run").toString());
    org.modus.engine.ModusException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.modus.engine.ModusException.class,
            () ->
                IngestAggregatesJob.run(
                    spark,
                    TestTables.context(spark, run, TestTables.config(null, null)),
                    List.of(
                        new SourceConfig(
                            "glotip",
                            dir.resolve("glotip.xls").toString(),
                            "glotip",
                            null,
                            null,
                            null,
                            null,
                            null))));
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().contains("an Excel 97-2003 workbook (.xls) is not read")
            && !e.getMessage().contains("\n"),
        e.getMessage());
  }

  @Test
  void cellsOnWhichTwoSourcesDisagreeAreListedAndTheFirstListedSourceIsKept(@TempDir Path dir)
      throws Exception {
    String head =
        "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n";
    String victims = ",Detected trafficking victims,";
    Files.writeString(
        dir.resolve("glotip.csv"),
        "\"Synthetic GLOTIP-like export\",,,,,,,,,,,,\n"
            + head
            + "FRA,France,Europe,Western Europe"
            + victims
            + "Total,Total,Total,Total,2022,Counts,300,NR\n"
            + "FRA,France,Europe,Western Europe"
            + victims
            + "by form of exploitation,Sexual exploitation,Total,Total,2022,Counts,150,NR\n"
            + "FRA,France,Europe,Western Europe"
            + victims
            + "by form of exploitation,Forced labour,Total,Total,2022,Counts,<5,NR\n"
            + "FRA,France,Europe,Western Europe"
            + victims
            + "by form of exploitation,Begging,Total,Total,2022,Counts,20,NR\n"
            + "FRA,France,Europe,Western Europe"
            + victims
            + "by form of exploitation,Other purposes,Total,Total,2022,Counts,30,NR\n"
            + "ESP,Spain,Europe,Southern Europe"
            + victims
            + "Total,Total,Total,Total,2022,Counts,100,NR\n"
            + "WEU,Western Europe,Europe,Western Europe"
            + victims
            + "Total,Total,Total,Total,2022,Counts,9000,NR\n");
    Files.writeString(
        dir.resolve("estat.tsv"),
        "geo\ttime\tunit\tsex\tage\tindicator\texploit\tvalue\n"
            + "FR\t2022\tNR\tT\tTOTAL\tVICT\tTOTAL\t300 p\n" // equal: agrees
            + "FR\t2022\tNR\tT\tTOTAL\tVICT\tSEX_EXP\t180\n" // 150 vs 180: gap 30 > 5% of 180
            + "FR\t2022\tNR\tT\tTOTAL\tVICT\tLAB_EXP\t3\n" // <5 = [0, 4] overlaps 3: agrees
            + "FR\t2022\tNR\tT\tTOTAL\tVICT\tBEG\t21\n" // 20 vs 21: within the absolute tolerance 1
            + "FR\t2022\tNR\tT\tTOTAL\tVICT\tOTH\t60\n" // unmapped category: never matched
            + "ES\t2022\tNR\tT\tTOTAL\tVICT\tTOTAL\t90\n" // 100 vs 90: gap 10 > 5% of 100
            + "IT\t2022\tNR\tT\tTOTAL\tVICT\tTOTAL\t700\n"); // only one source: nothing to compare
    RunDir run = new RunDir(dir.resolve("run").toString());
    StageReport report =
        IngestAggregatesJob.run(
            spark,
            TestTables.context(spark, run, TestTables.config(null, null)),
            List.of(
                new SourceConfig(
                    "glotip",
                    dir.resolve("glotip.csv").toString(),
                    "glotip",
                    null,
                    null,
                    null,
                    null,
                    null),
                new SourceConfig(
                    "estat",
                    dir.resolve("estat.tsv").toString(),
                    "eurostat",
                    "tab",
                    null,
                    null,
                    null,
                    null)));
    assertEquals(
        new SourceAgreement(0.05, 1),
        SourceAgreement.load(),
        "the expectations below assume the shipped tolerance");
    assertEquals(
        5L,
        report.details().get("cells_published_by_two_sources"),
        "FRA total, sexual exploitation, forced labour, begging; ESP total");
    List<String> listed =
        Tables.read(spark, run, SourceDiscrepancies.TABLE)
            .orderBy("country", "breakdown")
            .collectAsList()
            .stream()
            .map(
                r ->
                    r.getAs("country")
                        + " "
                        + r.getAs("year")
                        + " "
                        + r.getAs("breakdown")
                        + ": "
                        + r.getAs("source_a")
                        + " "
                        + r.getAs("value_a_low")
                        + " vs "
                        + r.getAs("source_b")
                        + " "
                        + r.getAs("value_b_low")
                        + ", gap "
                        + r.getAs("gap")
                        + ", kept "
                        + r.getAs("kept_source"))
            .toList();
    assertEquals(
        List.of(
            "ESP 2022 total: glotip 100.0 vs estat 90.0, gap 10.0, kept glotip",
            "FRA 2022 exploitation_type:sexual_exploitation: glotip 150.0 vs estat 180.0, gap 30.0, kept glotip"),
        listed);
    assertEquals(2L, report.outputs().get(SourceDiscrepancies.TABLE));
    org.junit.jupiter.api.Assertions.assertTrue(
        report.warnings().stream()
            .anyMatch(w -> w.startsWith("2 of 5 cells published by two sources disagree")),
        report.warnings().toString());
  }
}

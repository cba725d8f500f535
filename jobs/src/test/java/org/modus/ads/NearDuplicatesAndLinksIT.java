package org.modus.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.RunDir;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;
import org.modus.testing.SparkTestSession;

/**
 * Planted exact duplicates collapse with a count, planted near-duplicates (one template, small
 * edits) share a cluster while unrelated ads do not, and ads sharing a contact form linked groups.
 */
class NearDuplicatesAndLinksIT {
  private final SparkSession spark = SparkTestSession.get();

  private static final String TEMPLATE =
      "Friendly hotel in %s is hiring housekeeping staff for the summer "
          + "season. Accommodation is provided and meals are included. Training on the first day, uniforms given, "
          + "weekly pay. Experience is welcome but not required. Call %s to apply today.";
  private static final String[] UNRELATED = {
    "Second hand mountain bike for sale, good tyres and new brakes, collection from the north side only.",
    "Quiet room to rent near the university library, shared kitchen, bills included in the monthly price.",
    "Private maths lessons for secondary school pupils, evenings and weekends, first lesson free of charge.",
    "Restaurant kitchen needs a dishwasher for weekend evenings, starting next Friday, no experience needed.",
    "Vintage wooden table with four chairs, some scratches, buyer collects, price can be discussed."
  };

  @Test
  void groupsPlantedNearDuplicatesAndLinksAdsSharingAContact(@TempDir Path dir) throws Exception {
    StringBuilder csv = new StringBuilder("id,text,city,country,date\n");
    String[] cities = {"Leeds", "York", "Bath", "Hull", "Derby", "Wells"};
    // t0..t5: one template, different city and phone (small edits) -> one near-duplicate cluster.
    for (int i = 0; i < cities.length; i++) {
      csv.append("t")
          .append(i)
          .append(",\"")
          .append(TEMPLATE.formatted(cities[i], "07700 900" + (100 + i)))
          .append("\",")
          .append(cities[i])
          .append(",UK,2023-0")
          .append(1 + i)
          .append("-15\n");
    }
    // e0..e2: three exact copies of one ad -> one row with duplicate_count 3.
    for (int i = 0; i < 3; i++) {
      csv.append("e")
          .append(i)
          .append(",\"Exact copy posted three times, call 07700 900555.\",Leeds,UK,2023-02-01\n");
    }
    // u0..u4: unrelated texts; u0 and u1 share one e-mail, u1 and u2 share another -> one linked
    // group of 3.
    String[] contacts = {
      "anna@example.org", "anna@example.org bea@example.org", "bea@example.org", "", ""
    };
    for (int i = 0; i < UNRELATED.length; i++) {
      csv.append("u")
          .append(i)
          .append(",\"")
          .append(UNRELATED[i])
          .append(' ')
          .append(contacts[i])
          .append("\",")
          .append(i == 2 ? "Paris" : "London")
          .append(',')
          .append(i == 2 ? "FR" : "GB")
          .append(",2024-0")
          .append(1 + i)
          .append("-10\n");
    }
    Path input = dir.resolve("ads.csv");
    Files.writeString(input, csv.toString());
    Path run = dir.resolve("run");
    StageReport report =
        AdsTestRuns.ingest(
            spark,
            run,
            AdsTestRuns.source("nd", input, "csv", Map.of("ad_id", "id", "posted_at", "date")));
    assertEquals(14, report.rowsRead());
    assertEquals(14, report.accepted());

    RunDir runDir = new RunDir(run.toString());
    Map<String, Row> ads = new HashMap<>();
    Tables.read(spark, runDir, "ads").collectAsList().forEach(r -> ads.put(r.getAs("ad_id"), r));
    assertEquals(12, ads.size(), "three exact copies collapse into one row");
    assertEquals(3, ads.get("nd:e0").<Integer>getAs("duplicate_count"));
    assertEquals(1, ads.get("nd:t0").<Integer>getAs("duplicate_count"));

    String cluster = ads.get("nd:t0").getAs("near_dup_cluster");
    assertNotNull(cluster);
    for (int i = 1; i < cities.length; i++) {
      assertEquals(cluster, ads.get("nd:t" + i).getAs("near_dup_cluster"), "t" + i);
    }
    for (int i = 0; i < UNRELATED.length; i++) {
      assertNull(ads.get("nd:u" + i).getAs("near_dup_cluster"), "u" + i);
    }
    assertNull(ads.get("nd:e0").getAs("near_dup_cluster"));

    List<Row> links = Tables.read(spark, runDir, "ad_links").collectAsList();
    Row three =
        links.stream()
            .filter(r -> r.<Long>getAs("ads") == 3L)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no linked group of three ads: " + links));
    assertEquals(2L, three.<Long>getAs("cities")); // London, Paris
    assertEquals(2L, three.<Long>getAs("countries")); // GBR, FRA
    assertEquals(
        LocalDate.of(2024, 1, 10), three.<java.sql.Date>getAs("first_posted").toLocalDate());
    assertEquals(
        LocalDate.of(2024, 3, 10), three.<java.sql.Date>getAs("last_posted").toLocalDate());
    assertEquals(60, three.<Integer>getAs("span_days")); // 2024 is a leap year: 21 + 29 + 10
    // Each template ad has its own phone, so they are near-duplicates but not linked.
    assertTrue(links.stream().noneMatch(r -> r.<Long>getAs("ads") >= 6L), links.toString());
  }
}

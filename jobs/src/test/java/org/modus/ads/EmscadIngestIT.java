package org.modus.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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

/** A CSV in the public EMSCAD job-ad layout ingests with a column mapping alone. */
class EmscadIngestIT {
  private static final String HEADER =
      "job_id,title,location,department,salary_range,company_profile,description,"
          + "requirements,benefits,telecommuting,has_company_logo,has_questions,employment_type,"
          + "required_experience,required_education,industry,function,fraudulent";

  private final SparkSession spark = SparkTestSession.get();

  @Test
  void ingestsEmscadColumnsWithAMappingAndKeepsMultiLineFieldsWhole(@TempDir Path dir)
      throws Exception {
    Path csv = dir.resolve("emscad.csv");
    Files.writeString(
        csv,
        HEADER
            + "\n"
            + "1,Marketing Intern,\"US, NY, New York\",Marketing,,\"We are a, small team\",\"<p>Food52 is looking for an intern.</p>"
            + "<p>Second paragraph &amp; more</p>\nThird line, still the same field\",\"Must be organised\",,0,1,0,Other,"
            + "Internship,,Marketing,Marketing,0\n"
            + "2,Customer Service,\"Paris, France\",,,,\"Travail à domicile, bien payé.\nAppelez le 01 99 00 12 34.\",,,1,0,0,"
            + "Full-time,,,,,1\n"
            + "3,Cleaner,\"GB, LND, London\",,,,\"Cleaning staff wanted in central London, start now.\",,,0,0,0,,,,,,0\n");
    Path run = dir.resolve("run");
    StageReport report =
        AdsTestRuns.ingest(
            spark,
            run,
            AdsTestRuns.source(
                "emscad",
                csv,
                "csv",
                Map.of("ad_id", "job_id", "text", "description", "country", "location")));

    assertEquals(3, report.rowsRead());
    assertEquals(3, report.accepted());
    assertEquals(0, report.quarantined());
    Map<String, Row> ads = new java.util.HashMap<>();
    for (Row r : Tables.read(spark, new RunDir(run.toString()), "ads").collectAsList()) {
      ads.put(r.getAs("ad_id"), r);
    }
    Row intern = ads.get("emscad:1");
    assertEquals(
        "Food52 is looking for an intern.\nSecond paragraph & more\nThird line, still the same field",
        intern.getAs("text"));
    assertEquals("Marketing Intern", intern.getAs("title"));
    assertEquals("USA", intern.getAs("country"));
    assertEquals("Americas", intern.getAs("region"));
    assertEquals("New York", intern.getAs("city"));
    assertEquals("en", intern.getAs("language"));
    Map<String, String> attrs =
        scala.jdk.javaapi.CollectionConverters.asJava(
            intern.<scala.collection.Map<String, String>>getAs("attributes"));
    assertEquals("We are a, small team", attrs.get("company_profile"));
    assertTrue(
        !attrs.containsKey("required_experience"),
        "a metadata field is not repeated as an attribute");
    Map<String, String> metadata = intern.getJavaMap(intern.fieldIndex("metadata"));
    assertEquals(
        Map.of("required_experience", "Internship", "employment_type", "Other"),
        metadata,
        "metadata fields named alike are read without a mapping");
    assertEquals("0", attrs.get("fraudulent"));
    assertTrue(!attrs.containsKey("salary_range"), "blank columns are not kept");

    Row paris = ads.get("emscad:2");
    assertEquals("FRA", paris.getAs("country"));
    assertEquals("Paris", paris.getAs("city"));
    assertEquals("fr", paris.getAs("language"));
    String phone = AdsTestRuns.PSEUDONYMIZER.pseudonym("phone", "+33199001234");
    assertEquals(
        "Travail à domicile, bien payé.\nAppelez le [phone:" + phone + "].", paris.getAs("text"));
    assertEquals("GBR", ads.get("emscad:3").getAs("country"));
    assertNull(intern.getAs("posted_at"));
    assertTrue(
        intern.<scala.collection.Seq<String>>getAs("quality_flags").contains("date_missing"));

    List<Row> contacts =
        Tables.read(spark, new RunDir(run.toString()), "ad_contacts").collectAsList();
    assertEquals(1, contacts.size());
    assertEquals("emscad:2", contacts.get(0).getAs("ad_id"));
    assertEquals(phone, contacts.get(0).getAs("pseudonym"));
  }
}

package org.modus.compare;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.modus.engine.DeclaredSchemas;
import org.modus.engine.ModusException;
import org.modus.engine.RunContext;
import org.modus.engine.Tables;
import org.modus.ingest.IngestRunner;
import org.modus.schemas.geo.Countries;
import org.modus.schemas.geo.Country;

/**
 * The optional population reference (config key {@code population}): a CSV with columns country
 * (any code or name), year, population. Copied into the run's {@code population} table. A malformed
 * number is an error naming the line, since a wrong denominator would distort every rate; a country
 * the reference table does not know only loses its rates, with a warning.
 */
final class Population {
  private Population() {}

  static Dataset<Row> load(SparkSession spark, RunContext ctx, List<String> warnings) {
    String path = ctx.config().population();
    if (path == null) {
      if (Tables.exists(spark, ctx.runDir(), "population")) {
        return Tables.read(spark, ctx.runDir(), "population");
      }
      warnings.add("no population table (config key population): rates per 100k are left empty");
      return null;
    }
    org.modus.engine.InputFingerprint.of(path, spark.sparkContext().hadoopConfiguration())
        .forEach(fp -> ctx.manifest().addInput("population", "population", fp));
    String text = IngestRunner.readText(path, null, spark.sparkContext().hadoopConfiguration());
    List<Row> rows = parse(path, text, warnings);
    Dataset<Row> df = spark.createDataFrame(rows, DeclaredSchemas.of("population"));
    Tables.write(df, ctx.runDir(), "population");
    return Tables.read(spark, ctx.runDir(), "population");
  }

  /**
   * Rows of the CSV; a country the reference does not know is skipped with a warning (it has no
   * rate).
   */
  static List<Row> parse(String file, String text, List<String> warnings) {
    List<Row> rows = new ArrayList<>();
    try {
      for (CSVRecord r :
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setTrim(true)
              .setIgnoreEmptyLines(true)
              .get()
              .parse(new StringReader(text.replace("\uFEFF", "")))) {
        String where = file + " line " + (r.getRecordNumber() + 1);
        for (String c : List.of("country", "year", "population")) {
          if (!r.isMapped(c)) {
            throw new ModusException(
                file + ": population CSV needs columns country, year, population");
          }
        }
        Optional<Country> country = Countries.get().resolve(r.get("country"));
        if (country.isEmpty()) {
          warnings.add(
              where + ", column country: unknown country '" + r.get("country") + "', row skipped");
          continue;
        }
        int year;
        double pop;
        try {
          year = Integer.parseInt(r.get("year"));
          pop = Double.parseDouble(r.get("population"));
        } catch (NumberFormatException e) {
          throw new ModusException(where + ": year and population must be numbers");
        }
        if (pop <= 0 || year < 1900 || year > java.time.Year.now().getValue() + 1) {
          throw new ModusException(where + ": impossible year " + year + " or population " + pop);
        }
        rows.add(RowFactory.create(country.get().alpha3(), year, pop));
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new ModusException(file + ": not a population CSV: " + e.getMessage());
    }
    return rows;
  }
}

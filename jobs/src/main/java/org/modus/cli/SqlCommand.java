package org.modus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.modus.engine.ModusException;
import org.modus.engine.RunConfig;
import org.modus.engine.RunDir;
import org.modus.engine.Tables;
import org.modus.reports.csv.SafeCsv;
import org.modus.schemas.TableCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Query a run directory with Spark SQL: every table of the run is a view with its own name.",
      "Example: ./modus sql --run runs/demo \"SELECT category, SUM(count) FROM trends "
          + "WHERE family='payment_method' AND dimension='all' GROUP BY category\""
    })
final class SqlCommand implements Callable<Integer> {
  @Option(names = "--run", required = true, paramLabel = "DIR", description = "Run directory.")
  String run;

  @Parameters(index = "0", paramLabel = "QUERY", description = "A Spark SQL query.")
  String query;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description = "Write the full result as Excel-safe CSV.")
  Path csv;

  @Option(
      names = "--limit",
      defaultValue = "50",
      description = "Rows printed (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    CommandSupport.requireSettled(run);
    return CommandSupport.withSpark(
        spark,
        RunConfig.defaults(),
        "sql",
        session -> {
          List<String> views = registerViews(session, new RunDir(run));
          if (views.isEmpty()) {
            throw new ModusException(
                "No tables in " + run + "/tables; is it a Modus run directory?");
          }
          Dataset<Row> result;
          try {
            result = session.sql(query);
          } catch (Exception e) { // AnalysisException and ParseException are undeclared (Scala)
            if (e instanceof org.apache.spark.sql.AnalysisException ae) {
              throw new ModusException(
                  "SQL error: "
                      + ae.getSimpleMessage()
                      + " (tables: "
                      + String.join(", ", views)
                      + ")");
            }
            throw e;
          }
          if (csv != null) {
            List<List<?>> rows = new ArrayList<>();
            for (Row r : result.collectAsList()) {
              List<Object> cells = new ArrayList<>();
              for (int i = 0; i < r.length(); i++) {
                cells.add(r.get(i));
              }
              rows.add(cells);
            }
            SafeCsv.write(csv, Arrays.asList(result.columns()), rows);
            System.out.println(rows.size() + " rows written to " + csv);
          } else {
            result.show(limit, 60);
          }
          return 0;
        });
  }

  /** Every declared table present in the run becomes a temporary view; returns their names. */
  static List<String> registerViews(SparkSession session, RunDir run) {
    List<String> views = new ArrayList<>();
    for (String table : TableCatalog.names()) {
      if (Tables.exists(session, run, table)) {
        Tables.read(session, run, table).createOrReplaceTempView(table);
        views.add(table);
      }
    }
    return views;
  }
}

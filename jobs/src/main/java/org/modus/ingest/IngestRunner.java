package org.modus.ingest;

import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.modus.engine.CsvDelimiter;
import org.modus.engine.DeclaredSchemas;
import org.modus.engine.InputFingerprint;
import org.modus.engine.ModusException;
import org.modus.engine.Quarantine;
import org.modus.engine.RunContext;
import org.modus.engine.SourceConfig;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;

/**
 * The shared shape of the case, aggregate and survey ingest stages: list the files of every source
 * (recorded in the manifest), parse each file in one Spark task with a pure {@link FileParser},
 * then publish the declared tables and the quarantine folder. Files are the unit of parallelism:
 * published case, aggregate and survey files are small enough to parse whole, and whole-file
 * parsing is what lets errors name a line and title rows be skipped.
 */
public final class IngestRunner {
  /** The column naming which table a parsed row belongs to. */
  static final String TABLE = "_table";

  /** The pseudo-table of each file's record counts. */
  static final String COUNTS = "_counts";

  private IngestRunner() {}

  /** Runs the stage: one Spark task per input file of {@code sources}, then {@code extraTasks}. */
  public static StageReport run(
      SparkSession spark,
      RunContext ctx,
      IngestStage stage,
      List<SourceConfig> sources,
      FileParser parser,
      List<FileTask> extraTasks) {
    List<FileTask> tasks = new ArrayList<>(extraTasks);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    String inputKind = stage.manifestInputKind();
    for (SourceConfig s : sources) {
      if (s.name() == null || s.name().isBlank()) {
        throw new ModusException(
            stage.name() + ": a source without a name (input " + s.input() + ")");
      }
      try {
        CsvDelimiter.configured(
            s.delimiter()); // before any task: a bad setting is not a file's fault
      } catch (ModusException e) {
        throw new ModusException(stage.name() + ": source '" + s.name() + "': " + e.getMessage());
      }
      // Fingerprinting hashes every byte of every file: once per file, for the manifest and the
      // task list.
      List<InputFingerprint> files = InputFingerprint.of(s.input(), conf);
      files.forEach(fp -> ctx.manifest().addInput(inputKind, s.name(), fp));
      if (s.questionnaire() != null) {
        InputFingerprint.of(s.questionnaire(), conf)
            .forEach(fp -> ctx.manifest().addInput(inputKind + "_questionnaire", s.name(), fp));
      }
      String questionnaire =
          s.questionnaire() == null ? null : readText(s.questionnaire(), s.encoding(), conf);
      for (InputFingerprint fp : files) {
        tasks.add(
            new FileTask(
                s.name(),
                fp.path(),
                s.format(),
                s.delimiter(),
                s.encoding(),
                s.options(),
                questionnaire));
      }
    }
    List<String> tables = stage.tables();
    List<String> all = new ArrayList<>(tables);
    all.add(ParsedRow.QUARANTINE);
    StructType schema = schema(all);
    FlatMapFunction<Integer, Row> fn = new ParseFile(tasks, parser, all, schema);
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      idx.add(i);
    }
    Dataset<Row> parsed =
        spark
            .createDataset(idx, Encoders.INT())
            .repartition(
                Math.max(1, Math.min(tasks.size(), spark.sparkContext().defaultParallelism())))
            .flatMap(fn, Encoders.row(schema))
            .persist(StorageLevel.MEMORY_AND_DISK());
    String quarantineFolder = stage.quarantineFolder();
    try {
      // The quarantine first, and the tables only when the quarantined share is acceptable: the
      // same
      // publish rule as ingest-ads, so a failed stage never leaves new tables beside an old
      // manifest.
      long quarantined =
          Quarantine.write(rowsOf(parsed, ParsedRow.QUARANTINE), ctx.runDir(), quarantineFolder);
      Row counts =
          parsed
              .filter(parsed.col(TABLE).equalTo(COUNTS))
              .agg(sum(COUNTS + ".read"), sum(COUNTS + ".accepted"))
              .first();
      long read = counts.isNullAt(0) ? 0 : counts.getLong(0);
      long accepted = counts.isNullAt(1) ? 0 : counts.getLong(1);
      Map<String, Long> notes = new TreeMap<>();
      for (Row r :
          rowsOf(parsed, ParsedRow.NOTE).groupBy("code", "detail").count().collectAsList()) {
        notes.put(r.getString(0) + ": " + r.getString(1), r.getLong(2));
      }
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("files", tasks.size());
      details.put("quarantine_reasons", reasons(parsed));
      double share = read == 0 ? 0 : (double) quarantined / read;
      double max = ctx.config().maxQuarantineShare();
      if (share > max) {
        throw new ModusException(
            String.format(
                Locale.ROOT,
                "%s: %d of %d records (%.0f%%) were quarantined,"
                    + " above max_quarantine_share %.2f; reasons %s. See %s (no table was published)",
                stage.name(),
                quarantined,
                read,
                share * 100,
                max,
                details.get("quarantine_reasons"),
                ctx.runDir().ifStageFails(ctx.runDir().quarantine(quarantineFolder))));
      }
      Map<String, Long> outputs = new LinkedHashMap<>();
      for (String t : tables) {
        outputs.put(t, Tables.write(rowsOf(parsed, t), ctx.runDir(), t));
      }
      if (read != accepted + quarantined) {
        throw new IllegalStateException(
            stage.name()
                + ": read "
                + read
                + " records but accepted "
                + accepted
                + " and quarantined "
                + quarantined
                + " (a parser dropped or duplicated records)");
      }
      List<String> warnings = new ArrayList<>();
      notes.forEach((k, v) -> warnings.add(k + (v > 1 ? " (" + v + " times)" : "")));
      return new StageReport(stage.name(), read, accepted, quarantined, outputs, warnings, details);
    } catch (Exception e) { // Spark rethrows its checked SparkException undeclared
      throw userError(e);
    } finally {
      parsed.unpersist();
    }
  }

  /** The rows of one table (or the quarantine, or the notes) with that table's own columns. */
  private static Dataset<Row> rowsOf(Dataset<Row> parsed, String table) {
    return parsed.filter(parsed.col(TABLE).equalTo(table)).select(table + ".*");
  }

  /**
   * A parser's ModusException (a file without a header, a wrong column set) reaches the driver
   * wrapped in Spark's task failure; the user should see the parser's message naming file, line and
   * column.
   */
  static RuntimeException userError(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ModusException m) {
        return m == e ? m : new ModusException(m.getMessage(), e);
      }
    }
    String msg = String.valueOf(e.getMessage());
    int at = msg.indexOf(ModusException.class.getName() + ": ");
    if (at >= 0) {
      String rest = msg.substring(at + ModusException.class.getName().length() + 2);
      return new ModusException(rest.split("\\R", 2)[0], e);
    }
    // A checked SparkException would slip past the stage runner's failure bookkeeping: make it
    // unchecked.
    return e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
  }

  private static Map<String, Long> reasons(Dataset<Row> parsed) {
    Map<String, Long> out = new TreeMap<>();
    for (Row r :
        parsed
            .filter(parsed.col(TABLE).equalTo(ParsedRow.QUARANTINE))
            .groupBy(parsed.col(ParsedRow.QUARANTINE + ".reason"))
            .count()
            .collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }

  /**
   * The union of everything a file yields: column {@value #TABLE} says which struct column a row
   * fills (a declared table, the quarantine, a note, or the file's record counts).
   */
  static StructType schema(List<String> tables) {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(TABLE, DataTypes.StringType, false));
    for (String t : tables) {
      fields.add(DataTypes.createStructField(t, DeclaredSchemas.of(t), true));
    }
    fields.add(
        DataTypes.createStructField(
            ParsedRow.NOTE,
            new StructType().add("code", DataTypes.StringType).add("detail", DataTypes.StringType),
            true));
    fields.add(
        DataTypes.createStructField(
            COUNTS,
            new StructType().add("read", DataTypes.LongType).add("accepted", DataTypes.LongType),
            true));
    return DataTypes.createStructType(fields);
  }

  /** Reads one whole text file through Hadoop (local, hdfs://, s3a:// alike). */
  public static String readText(String file, String encoding, Configuration conf) {
    Path p = new Path(file);
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      Charset cs =
          encoding == null ? java.nio.charset.StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new String(in.readAllBytes(), cs);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    } catch (IllegalArgumentException e) {
      throw new ModusException("Unknown encoding '" + encoding + "' for " + file);
    }
  }

  /**
   * The executor side: read one file, parse it, turn each {@link ParsedRow} into a row of the union
   * schema.
   */
  static final class ParseFile implements FlatMapFunction<Integer, Row> {
    private final List<FileTask> tasks;
    private final FileParser parser;
    private final List<String> tables;
    private final StructType schema;

    ParseFile(List<FileTask> tasks, FileParser parser, List<String> tables, StructType schema) {
      this.tasks = List.copyOf(tasks);
      this.parser = parser;
      this.tables = List.copyOf(tables);
      this.schema = schema;
    }

    @Override
    public java.util.Iterator<Row> call(Integer i) {
      FileTask task = tasks.get(i);
      InputFile input = InputFile.read(task.file(), task.encoding(), new Configuration());
      ParsedFile file = parser.parse(task, input);
      List<Row> rows = new ArrayList<>();
      for (ParsedRow o : file.rows()) {
        rows.add(toRow(o));
      }
      Object[] cells = new Object[schema.fields().length];
      cells[0] = COUNTS;
      cells[cells.length - 1] = RowFactory.create(file.recordsRead(), file.recordsAccepted());
      rows.add(RowFactory.create(cells));
      return rows.iterator();
    }

    private Row toRow(ParsedRow o) {
      Object[] cells = new Object[schema.fields().length];
      cells[0] = o.table();
      int at =
          o.table().equals(ParsedRow.NOTE)
              ? schema.fields().length - 2
              : 1 + tables.indexOf(o.table());
      if (at < 1) {
        throw new IllegalStateException("parser emitted rows for undeclared table " + o.table());
      }
      StructType inner = (StructType) schema.fields()[at].dataType();
      Object[] values = new Object[inner.fields().length];
      for (int f = 0; f < values.length; f++) {
        values[f] = o.values().get(inner.fields()[f].name());
      }
      for (String k : o.values().keySet()) {
        if (inner.getFieldIndex(k).isEmpty()) {
          throw new IllegalStateException(
              "parser emitted undeclared column " + o.table() + "." + k);
        }
      }
      cells[at] = RowFactory.create(values);
      return RowFactory.create(cells);
    }
  }
}

package org.modus.ads.read;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.to_json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.modus.engine.CsvDelimiter;
import org.modus.engine.DelimitedRecords;
import org.modus.engine.ModusException;
import org.modus.engine.ValueTypes;

/**
 * Reads the files of one ad source into raw records (source, file, ordinal, location, fields,
 * error, detail, raw). CSV and JSON Lines are read by our own record readers, one task per file, so
 * every record keeps its line and a bad one is quarantined alone; Parquet goes through Spark's
 * reader with the row index as location.
 */
public final class AdInputs {
  public static final List<String> FORMATS = List.of("csv", "jsonl", "parquet");
  public static final StructType RAW =
      new StructType()
          .add("source", DataTypes.StringType, false)
          .add("file", DataTypes.StringType, false)
          .add("ordinal", DataTypes.LongType, false)
          .add("location", DataTypes.StringType, false)
          .add(
              "fields",
              DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true),
              false)
          .add("error", DataTypes.StringType, true)
          .add("detail", DataTypes.StringType, true)
          .add("raw", DataTypes.StringType, true)
          .add(
              "types",
              DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false),
              false);

  private AdInputs() {}

  /** How to read one text source; checked on the driver so a typo fails before any task starts. */
  public record TextFormat(String format, String delimiter, String charset, int maxRecordChars)
      implements Serializable {}

  public static String format(String format, String source) {
    String f = format == null ? null : format.toLowerCase(Locale.ROOT);
    if (f == null || !FORMATS.contains(f)) {
      throw new ModusException(
          "Ad source '"
              + source
              + "': --format must be one of "
              + FORMATS
              + ", got '"
              + format
              + "'");
    }
    return f;
  }

  public static Charset charset(String encoding, String source) {
    if (encoding == null || encoding.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(encoding.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ModusException(
          "Ad source '"
              + source
              + "': unknown --encoding '"
              + encoding
              + "' (use e.g. UTF-8, windows-1252, ISO-8859-1)");
    }
  }

  /** Raw records of text files (csv, jsonl), one task per file. */
  public static Dataset<Row> readText(
      SparkSession spark, String source, List<String> files, TextFormat fmt) {
    List<String> list = new ArrayList<>(files);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    SerializableConfiguration conf =
        new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
    JavaRDD<Row> rows =
        jsc.parallelize(list, Math.max(1, list.size())).flatMap(new ReadFile(source, fmt, conf));
    return spark.createDataFrame(rows, RAW);
  }

  /**
   * Raw records of Parquet files, location = file and row index. Every column is carried as text, a
   * struct, map or array as its JSON (Spark's own cast, "{Paris, FR}", would lose the names), and
   * the types say which columns were not strings, as for JSON Lines.
   */
  public static Dataset<Row> readParquet(SparkSession spark, String source, List<String> files) {
    Dataset<Row> df = spark.read().parquet(files.toArray(String[]::new));
    List<Column> kv = new ArrayList<>();
    List<Column> types = new ArrayList<>();
    for (StructField f : df.schema().fields()) {
      Column c = col("`" + f.name() + "`");
      String type = ValueTypes.of(f.dataType());
      kv.add(lit(f.name()));
      kv.add(ValueTypes.nested(type) ? to_json(c) : c.cast(DataTypes.StringType));
      if (type != null) {
        types.add(lit(f.name()));
        types.add(lit(type));
      }
    }
    Column fields = kv.isEmpty() ? map() : map(kv.toArray(Column[]::new));
    Column typeMap =
        types.isEmpty()
            ? map().cast(RAW.apply("types").dataType())
            : map(types.toArray(Column[]::new));
    return df.select(
        lit(source).as("source"),
        col("_metadata.file_path").as("file"),
        col("_metadata.row_index").as("ordinal"),
        concat(col("_metadata.file_path"), lit("#row "), col("_metadata.row_index").cast("string"))
            .as("location"),
        fields.as("fields"),
        lit(null).cast("string").as("error"),
        lit(null).cast("string").as("detail"),
        lit(null).cast("string").as("raw"),
        typeMap.as("types"));
  }

  /**
   * Checks on the driver, before any task, that a text file is what its format and encoding say: a
   * gzip file not named .gz, a ZIP archive (an .xlsx workbook) or UTF-16 text read as UTF-8 would
   * otherwise become garbage column names or one long malformed record. The message says the fix.
   */
  public static void sniff(String file, TextFormat fmt, Configuration conf) {
    byte[] head = new byte[4096];
    int n;
    try (InputStream in = new Path(file).getFileSystem(conf).open(new Path(file))) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new ModusException("Cannot read " + file + ": " + e.getMessage());
    }
    boolean gz = file.toLowerCase(Locale.ROOT).endsWith(".gz");
    if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      if (!gz) {
        throw new ModusException(
            file
                + " is a gzip file: gunzip it, or name it ."
                + fmt.format()
                + ".gz "
                + "and Modus reads it directly");
      }
      return; // its content is checked by the reader, decompressed
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      throw new ModusException(
          file
              + " is a ZIP archive (an .xlsx workbook?), not "
              + fmt.format()
              + " text: export the sheet as CSV (UTF-8), or unzip the archive");
    }
    boolean utf16Bom =
        n >= 2
            && ((head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe
                || (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff);
    int nul = 0;
    for (int i = 0; i < n; i++) {
      nul += head[i] == 0 ? 1 : 0;
    }
    // UTF-16 text of Latin letters is one NUL byte in two; no UTF-8 or single-byte text has many.
    boolean utf16Nuls = n >= 8 && nul * 4 >= n;
    if ((utf16Bom || utf16Nuls) && !fmt.charset().toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
      throw new ModusException(
          file
              + " looks UTF-16 encoded ("
              + (utf16Bom ? "a UTF-16 byte-order mark" : "NUL bytes between letters")
              + "), not "
              + fmt.charset()
              + ": add --encoding UTF-16 (or "
              + "encoding: UTF-16 in the config)");
    }
  }

  /**
   * The header of a CSV file (first record), read on the driver to check the mapping early. Two
   * columns of one name are refused (duplicate_column): keeping either would silently drop the
   * other.
   */
  public static List<String> csvHeader(String file, TextFormat fmt, Configuration conf) {
    List<String> header = rawCsvHeader(file, fmt, conf);
    for (int i = 0; i < header.size(); i++) {
      int again = header.subList(i + 1, header.size()).indexOf(header.get(i));
      if (again >= 0) {
        throw new ModusException(
            "duplicate_column: "
                + file
                + " has two columns named '"
                + org.modus.engine.MessageText.value(header.get(i))
                + "' (columns "
                + (i + 1)
                + " and "
                + (i + 2 + again)
                + "); rename one, Modus will not guess which to keep");
      }
    }
    return header;
  }

  private static List<String> rawCsvHeader(String file, TextFormat fmt, Configuration conf) {
    try (InputStream in = open(file, conf);
        BufferedReader r = reader(in, fmt.charset())) {
      DelimitedRecords.Splitter split = new DelimitedRecords.Splitter(r, fmt.maxRecordChars());
      DelimitedRecords.Splitter.Chunk c = split.next();
      while (c != null && c.text().isBlank()) {
        c = split.next();
      }
      if (c == null) {
        return List.of();
      }
      String header = c.text().startsWith("\uFEFF") ? c.text().substring(1) : c.text();
      char delim = CsvDelimiter.configuredOrDetected(fmt.delimiter(), header);
      try (org.apache.commons.csv.CSVParser p =
          org.apache.commons.csv.CSVParser.parse(
              header,
              org.apache.commons.csv.CSVFormat.RFC4180.builder().setDelimiter(delim).get())) {
        return CsvRecords.headerNames(p.getRecords().get(0).toList());
      }
    } catch (IOException | RuntimeException e) {
      throw new ModusException("Cannot read the header of " + file + ": " + e.getMessage());
    }
  }

  /** The file's bytes, decompressed when it is named .gz. */
  static InputStream open(String file, Configuration conf) throws IOException {
    Path p = new Path(file);
    InputStream in = p.getFileSystem(conf).open(p);
    return file.toLowerCase(Locale.ROOT).endsWith(".gz")
        ? new java.util.zip.GZIPInputStream(in, 1 << 16)
        : in;
  }

  /**
   * Invalid bytes become U+FFFD, which the record processor turns into a bad_encoding rejection.
   */
  static BufferedReader reader(InputStream in, String charset) {
    return new BufferedReader(
        new InputStreamReader(
            in,
            Charset.forName(charset)
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)),
        1 << 16);
  }

  static final class ReadFile implements FlatMapFunction<String, Row> {
    private final String source;
    private final TextFormat fmt;
    private final SerializableConfiguration conf;

    ReadFile(String source, TextFormat fmt, SerializableConfiguration conf) {
      this.source = source;
      this.fmt = fmt;
      this.conf = conf;
    }

    @Override
    public Iterator<Row> call(String file) throws IOException {
      InputStream in = open(file, conf.value());
      BufferedReader r = reader(in, fmt.charset());
      Iterator<RawRecord> records =
          fmt.format().equals("csv")
              ? new CsvRecords.Records(r, file, fmt.delimiter(), fmt.maxRecordChars())
              : new JsonlRecords.Records(r, file, fmt.maxRecordChars());
      // Streamed: the file is closed when its last record has been pulled.
      return new Iterator<>() {
        private boolean open = true;

        @Override
        public boolean hasNext() {
          boolean more = records.hasNext();
          if (!more && open) {
            open = false;
            try {
              r.close();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return more;
        }

        @Override
        public Row next() {
          RawRecord rec = records.next();
          return RowFactory.create(
              source,
              file,
              rec.ordinal(),
              rec.location(),
              scala(rec.fields()),
              rec.error(),
              rec.detail(),
              rec.raw(),
              scala(rec.types()));
        }
      };
    }

    private static scala.collection.Map<String, String> scala(Map<String, String> m) {
      return scala.jdk.javaapi.CollectionConverters.asScala(m);
    }
  }
}

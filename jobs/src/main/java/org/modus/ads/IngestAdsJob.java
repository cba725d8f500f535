package org.modus.ads;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.modus.ads.group.LinkedAds;
import org.modus.ads.group.NearDuplicates;
import org.modus.ads.read.AdInputs;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.ads.text.AdPlace;
import org.modus.engine.InputFingerprint;
import org.modus.engine.InputPartitions;
import org.modus.engine.ModusException;
import org.modus.engine.Pseudonymizer;
import org.modus.engine.Quarantine;
import org.modus.engine.RunConfig;
import org.modus.engine.RunContext;
import org.modus.engine.SourceConfig;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;

/**
 * Ingests ad corpora (CSV, JSON Lines, Parquet, each with its own column names) into {@code ads},
 * {@code ad_contacts} and {@code ad_links}; rejected records go to {@code quarantine/ads/} with a
 * reason code and their file and line. Text is cleaned (HTML, NFKC, encoding), country and language
 * resolved, every personal identifier replaced by a keyed pseudonym, exact duplicates collapsed and
 * near-duplicates grouped. See docs/ads-ingest.md.
 *
 * <p>Example: {@code MODUS_KEY=... ./modus ingest-ads --run runs/r1 --input ads.csv --format csv
 * --map text=description,title=title,posted_at=date,country=location}
 */
public final class IngestAdsJob {
  /** Source option overriding near_dup.threshold of data-schemas/config/ads-ingest.json. */
  public static final String OPT_NEAR_DUP_THRESHOLD = "near_dup_threshold";

  /** Source option: the date pattern of posted_at (java.time syntax), tried before the defaults. */
  public static final String OPT_DATE_FORMAT = "date_format";

  /** Source option: the site of every ad of the source when no column gives it. */
  public static final String OPT_SITE = "site";

  public static final String QUARANTINE = "ads";

  private IngestAdsJob() {}

  public static StageReport run(SparkSession spark, RunContext ctx, List<SourceConfig> sources) {
    if (sources.isEmpty()) {
      throw new ModusException(
          "No ad source to ingest: give --input (and --format, --map) or ads: in the config");
    }
    AdsIngestSettings settings = settingsFor(ctx.config(), sources);
    Pseudonymizer key = ctx.pseudonymizer();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Map<String, AdRecordProcessor> processors = new HashMap<>();
    Dataset<Row> raw = null;
    Set<String> names = new LinkedHashSet<>();
    long inputBytes = 0;
    for (SourceConfig s : sources) {
      String name = s.name() == null || s.name().isBlank() ? "ads" : s.name();
      if (!name.matches("[A-Za-z0-9_.-]+") || !names.add(name)) {
        throw new ModusException(
            "Ad source name '"
                + name
                + "' must be unique and use only letters, digits, "
                + "'_', '.', '-' (set it with --source NAME or name: in the config)");
      }
      String format = AdInputs.format(s.format(), name);
      String charset = AdInputs.charset(s.encoding(), name).name();
      ColumnMapping mapping = new ColumnMapping(s.map());
      List<String> files = new ArrayList<>();
      for (InputFingerprint fp : InputFingerprint.of(s.input(), conf)) {
        ctx.manifest().addInput("ads", name, fp);
        files.add(fp.path());
        inputBytes += fp.bytes();
      }
      AdInputs.TextFormat fmt =
          new AdInputs.TextFormat(format, s.delimiter(), charset, settings.maxRecordChars());
      Dataset<Row> part;
      if (format.equals("parquet")) {
        part = AdInputs.readParquet(spark, name, files);
        checkColumns(
            name, files.get(0), mapping, List.of(spark.read().parquet(files.get(0)).columns()));
      } else {
        for (String f : files) {
          AdInputs.sniff(f, fmt, conf);
          if (format.equals("csv")) {
            checkColumns(name, f, mapping, AdInputs.csvHeader(f, fmt, conf));
          }
        }
        part = AdInputs.readText(spark, name, files, fmt);
      }
      processors.put(
          name,
          new AdRecordProcessor(
              name,
              mapping,
              settings,
              key,
              s.option(OPT_DATE_FORMAT, null),
              s.option(OPT_SITE, null),
              DuplicateKey.of(
                  s.option(DuplicateKey.OPTION, null), settings.exactDuplicateFields())));
      raw = raw == null ? part : raw.unionByName(part);
    }
    ctx.manifest().save();
    int partitions = InputPartitions.of(spark, inputBytes);
    try (InputPartitions.Scope scope = InputPartitions.shuffleAtLeast(spark, partitions)) {
      return ingest(spark, ctx, sources, settings, processors, raw, partitions);
    }
  }

  private static StageReport ingest(
      SparkSession spark,
      RunContext ctx,
      List<SourceConfig> sources,
      AdsIngestSettings settings,
      Map<String, AdRecordProcessor> processors,
      Dataset<Row> raw,
      int partitions) {
    Dataset<Row> outcomes =
        raw.repartition(partitions, col("file"), col("ordinal"))
            .mapPartitions(
                new ProcessRecords(
                    processors, org.modus.engine.Progress.counter(spark.sparkContext())),
                Encoders.row(ProcessRecords.OUTCOME))
            .persist(StorageLevel.MEMORY_AND_DISK());

    // The same source id for two different ads: keep the first (file order), quarantine the others.
    // Judged on narrow rows, so the texts are not shuffled and sorted for a check that rarely
    // fires.
    WindowSpec byId = Window.partitionBy("ad_id").orderBy("file", "ordinal");
    Dataset<Row> acceptedRecords = outcomes.filter(col("accepted"));
    Dataset<Row> reused =
        acceptedRecords
            .select(
                col("source"),
                col("file"),
                col("ordinal"),
                col("content_key"),
                first("content_key").over(byId).as("first_key"))
            .filter(col("content_key").notEqual(col("first_key")))
            .select("source", "file", "ordinal")
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> reusedIds =
        outcomes
            .join(broadcast(reused), new String[] {"source", "file", "ordinal"}, "left_semi")
            .select(
                col("source"),
                col("file"),
                col("ordinal"),
                col("location"),
                lit(AdOutcome.DUPLICATE_ID).as("reason"),
                lit("ad_id already used by a different ad of this source").as("detail"),
                substring(col("text"), 1, settings.quarantineRecordChars()).as("record"),
                col("record_id"));
    Dataset<Row> accepted =
        acceptedRecords.join(
            broadcast(reused), new String[] {"source", "file", "ordinal"}, "left_anti");
    Dataset<Row> rejected =
        outcomes
            .filter(col("accepted").equalTo(false))
            .select(
                "source", "file", "ordinal", "location", "reason", "detail", "record", "record_id")
            .unionByName(reusedIds);

    Map<String, Long> reasons = new TreeMap<>();
    long quarantined = 0;
    for (Row r : rejected.groupBy("reason").agg(count(lit(1)).as("n")).collectAsList()) {
      reasons.put(r.getString(0), r.getLong(1));
      quarantined += r.getLong(1);
    }
    long read = outcomes.count();
    Quarantine.write(
        rejected.select(
            concat(lit("ads/"), col("source")).as("source"),
            col("reason"),
            col("location"),
            col("detail"),
            col("record")),
        ctx.runDir(),
        QUARANTINE);
    double share = read == 0 ? 0 : (double) quarantined / read;
    if (read == 0) {
      throw new ModusException(
          "No ad record found in " + sources.stream().map(SourceConfig::input).toList());
    }
    if (share > ctx.config().maxQuarantineShare()) {
      throw new ModusException(
          String.format(
              Locale.ROOT,
              "%d of %d ad records (%.1f%%) were quarantined, above max_quarantine_share %.1f%%: %s. "
                  + "Check the column mapping, --format, --delimiter and --encoding; details in %s",
              quarantined,
              read,
              100 * share,
              100 * ctx.config().maxQuarantineShare(),
              reasons,
              ctx.runDir().ifStageFails(ctx.runDir().quarantine(QUARANTINE))));
    }

    Dataset<Row> ads = collapseDuplicates(accepted).persist(StorageLevel.MEMORY_AND_DISK());
    ads.count();
    Dataset<Row> records =
        AdSources.records(accepted, rejected).persist(StorageLevel.MEMORY_AND_DISK());
    records.count();
    // Everything below reads the collapsed ads; the record outcomes would only crowd them out of
    // memory.
    reused.unpersist();
    outcomes.unpersist();
    // Timed on its own (the manifest reports it): near-duplicate grouping is the part that grows
    // fastest.
    long nearDupStart = System.nanoTime();
    Dataset<Row> clusters =
        NearDuplicates.clusters(ads, settings.nearDup()).persist(StorageLevel.MEMORY_AND_DISK());
    long nearDupAds = clusters.count();
    double nearDupSeconds = (System.nanoTime() - nearDupStart) / 1e9;
    Dataset<Row> adsTable =
        ads.join(clusters, new String[] {"ad_id"}, "left")
            .withColumn("posted_at", to_date(col("posted_at")))
            .drop("all_contacts", "content_key");
    Dataset<Row> contacts =
        ads.select(col("ad_id"), explode(col("all_contacts")).as("c"))
            .select(
                col("ad_id"),
                col("c.contact_type").as("contact_type"),
                col("c.pseudonym").as("pseudonym"),
                col("c.checksum_valid").as("checksum_valid"))
            .distinct();
    Map<String, Long> outputs = new LinkedHashMap<>();
    // the ads whose place resolves to no country are counted as they are written
    Map<String, Object> adsWritten =
        Tables.write(
            adsTable,
            ctx.runDir(),
            "ads",
            List.of(
                Tables.countWhere(
                    array_contains(col("quality_flags"), AdPlace.COUNTRY_UNKNOWN),
                    AdPlace.COUNTRY_UNKNOWN)));
    outputs.put("ads", ((Number) adsWritten.get(Tables.ROWS)).longValue());
    outputs.put("ad_contacts", Tables.write(contacts, ctx.runDir(), "ad_contacts"));
    Dataset<Row> written = Tables.read(spark, ctx.runDir(), "ads");
    Dataset<Row> links =
        LinkedAds.groups(
            written.select("ad_id", "city", "country", "site", "posted_at"),
            Tables.read(spark, ctx.runDir(), "ad_contacts"),
            settings.nearDup().maxIterations());
    outputs.put("ad_links", Tables.write(links, ctx.runDir(), "ad_links"));
    long traced =
        Tables.write(AdSources.lineage(records, ads, written), ctx.runDir(), AdSources.TABLE);
    records.unpersist();
    if (traced != read) {
      throw new IllegalStateException(
          "ad_sources traces " + traced + " records of the " + read + " read");
    }
    outputs.put(AdSources.TABLE, traced);
    outputs.put("quarantine/ads", quarantined);

    Map<String, Object> details = new LinkedHashMap<>();
    details.put("quarantine_reasons", reasons);
    long collapsed = (read - quarantined) - outputs.get("ads");
    details.put("exact_duplicates_collapsed", collapsed);
    details.put(
        "near_duplicate_clusters",
        written
            .filter(col("near_dup_cluster").isNotNull())
            .select("near_dup_cluster")
            .distinct()
            .count());
    details.put("near_dup_threshold", settings.nearDup().threshold());
    details.put("near_duplicate_ads", nearDupAds);
    details.put("near_dup_seconds", Math.round(nearDupSeconds * 10) / 10.0);
    List<String> warnings = new ArrayList<>();
    long unknown = Tables.observedCount(adsWritten, AdPlace.COUNTRY_UNKNOWN);
    if (unknown > 0) {
      warnings.add(
          unknown
              + " ads name a location that resolves to no country (quality flag country_unknown)");
    }
    clusters.unpersist();
    ads.unpersist();
    return new StageReport(read, read - quarantined, quarantined, outputs, warnings, details);
  }

  /**
   * One row per distinct content: the smallest ad_id represents it, duplicate_count says how many.
   */
  static Dataset<Row> collapseDuplicates(Dataset<Row> accepted) {
    String[] keep = {
      "ad_id",
      "source",
      "site",
      "category",
      "country",
      "region",
      "subregion",
      "city",
      "posted_at",
      "language",
      "title",
      "text",
      "quality_flags",
      "attributes",
      "metadata"
    };
    Column[] fields =
        java.util.Arrays.stream(keep)
            .map(org.apache.spark.sql.functions::col)
            .toArray(Column[]::new);
    return accepted
        .groupBy("content_key")
        .agg(
            min_by(struct(fields), col("ad_id")).as("a"),
            count(lit(1)).cast("int").as("duplicate_count"),
            array_sort(array_distinct(flatten(collect_list("contacts")))).as("all_contacts"))
        .select(col("a.*"), col("duplicate_count"), col("all_contacts"), col("content_key"));
  }

  /**
   * The settings of {@code data-schemas/config/ads-ingest.json} with the run config's {@code
   * settings: {ads-ingest: ...}}, then a source's {@code near_dup_threshold} option.
   */
  static AdsIngestSettings settingsFor(RunConfig config, List<SourceConfig> sources) {
    AdsIngestSettings settings;
    try {
      settings =
          config.settings().root().has(AdsIngestSettings.NAME)
              ? AdsIngestSettings.load(config.settings())
              : AdsIngestSettings.defaults();
    } catch (org.modus.schemas.SettingsException e) {
      throw new ModusException(e.getMessage(), e);
    }
    for (SourceConfig s : sources) {
      String t = s.option(OPT_NEAR_DUP_THRESHOLD, null);
      if (t != null) {
        double v;
        try {
          v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
          v = -1;
        }
        if (!(v > 0 && v <= 1)) {
          throw new ModusException(
              "Option near_dup_threshold must be a number in (0, 1], got '" + t + "'");
        }
        settings = settings.withNearDupThreshold(v);
      }
    }
    return settings;
  }

  private static void checkColumns(
      String source, String file, ColumnMapping mapping, List<String> header) {
    List<String> missing = mapping.missingFrom(header);
    if (!missing.isEmpty() || mapping.columnsOf(ColumnMapping.TEXT, Set.copyOf(header)).isEmpty()) {
      throw new ModusException(
          "Ad source '"
              + source
              + "': "
              + (missing.isEmpty()
                  ? "no column for the ad text; map one with --map text=COLUMN (or text=COLUMN+COLUMN+...)"
                  : "mapped column(s) " + org.modus.engine.MessageText.list(missing) + " not found")
              + " in "
              + file
              + "; its columns are "
              + org.modus.engine.MessageText.list(header));
    }
  }
}

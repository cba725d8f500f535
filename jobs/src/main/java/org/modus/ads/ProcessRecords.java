package org.modus.ads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.modus.ads.contacts.Redactor.Pseudonymous;
import org.modus.ads.read.RawRecord;

/**
 * The Spark side of {@link AdRecordProcessor}: raw rows in, one outcome row per record out
 * (accepted ad fields, or a rejection), with the processor of the row's source.
 */
final class ProcessRecords implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  static final StructType CONTACT =
      new StructType()
          .add("contact_type", DataTypes.StringType, false)
          .add("pseudonym", DataTypes.StringType, false)
          .add("checksum_valid", DataTypes.BooleanType, false);
  static final StructType OUTCOME =
      new StructType()
          .add("accepted", DataTypes.BooleanType, false)
          .add("source", DataTypes.StringType, false)
          .add("file", DataTypes.StringType, false)
          .add("ordinal", DataTypes.LongType, false)
          .add("location", DataTypes.StringType, false)
          .add("reason", DataTypes.StringType, true)
          .add("detail", DataTypes.StringType, true)
          .add("record", DataTypes.StringType, true)
          .add("record_id", DataTypes.StringType, true)
          .add("ad_id", DataTypes.StringType, true)
          .add("site", DataTypes.StringType, true)
          .add("category", DataTypes.StringType, true)
          .add("country", DataTypes.StringType, true)
          .add("region", DataTypes.StringType, true)
          .add("subregion", DataTypes.StringType, true)
          .add("city", DataTypes.StringType, true)
          .add("posted_at", DataTypes.StringType, true)
          .add("language", DataTypes.StringType, true)
          .add("title", DataTypes.StringType, true)
          .add("text", DataTypes.StringType, true)
          .add("quality_flags", DataTypes.createArrayType(DataTypes.StringType, false), true)
          .add(
              "attributes",
              DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false),
              true)
          .add(
              "metadata",
              DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false),
              true)
          .add("contacts", DataTypes.createArrayType(CONTACT, false), true)
          .add("content_key", DataTypes.StringType, true);

  private final Map<String, AdRecordProcessor> processors;
  private final org.apache.spark.util.LongAccumulator processed;

  ProcessRecords(
      Map<String, AdRecordProcessor> processors, org.apache.spark.util.LongAccumulator processed) {
    this.processors = new HashMap<>(processors);
    this.processed = processed;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return input.hasNext();
      }

      @Override
      public Row next() {
        if (processed != null) {
          processed.add(1);
        }
        return toRow(input.next());
      }
    };
  }

  private Row toRow(Row r) {
    String source = r.getAs("source");
    Map<String, String> fields =
        scala.jdk.javaapi.CollectionConverters.asJava(
            r.<scala.collection.Map<String, String>>getAs("fields"));
    scala.collection.Map<String, String> types = r.getAs("types");
    RawRecord raw =
        new RawRecord(
            r.<Long>getAs("ordinal"),
            r.getAs("location"),
            fields,
            r.getAs("error"),
            r.getAs("detail"),
            r.getAs("raw"),
            types == null ? Map.of() : scala.jdk.javaapi.CollectionConverters.asJava(types));
    AdOutcome o = processors.get(source).process(raw);
    String file = r.getAs("file");
    if (!o.accepted()) {
      return RowFactory.create(
          false,
          source,
          file,
          raw.ordinal(),
          raw.location(),
          o.reason(),
          o.detail(),
          o.maskedRecord(),
          o.recordId(),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);
    }
    AdRecord a = o.ad();
    List<Row> contacts = new ArrayList<>();
    for (Pseudonymous p : a.contacts()) {
      contacts.add(RowFactory.create(p.type(), p.pseudonym(), p.checksumValid()));
    }
    return RowFactory.create(
        true,
        source,
        file,
        raw.ordinal(),
        raw.location(),
        null,
        null,
        null,
        o.recordId(),
        a.adId(),
        a.site(),
        a.category(),
        a.country(),
        a.region(),
        a.subregion(),
        a.city(),
        a.postedAt(),
        a.language(),
        a.title(),
        a.text(),
        scala.jdk.javaapi.CollectionConverters.asScala(a.qualityFlags()).toSeq(),
        scala.jdk.javaapi.CollectionConverters.asScala(a.attributes()),
        scala.jdk.javaapi.CollectionConverters.asScala(a.metadata()),
        scala.jdk.javaapi.CollectionConverters.asScala(contacts).toSeq(),
        a.contentKey());
  }
}

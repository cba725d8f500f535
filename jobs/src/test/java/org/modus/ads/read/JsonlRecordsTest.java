package org.modus.ads.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modus.engine.ValueTypes;

/** A JSON Lines record keeps every value as text and says which values were not JSON strings. */
class JsonlRecordsTest {
  private static RawRecord read(String line) {
    return new JsonlRecords.Records(new BufferedReader(new StringReader(line)), "t.jsonl", 100_000)
        .next();
  }

  @Test
  void everyValueThatIsNotAStringHasItsJsonType() {
    RawRecord r =
        read(
            "{\"id\":12345,\"body\":\"text\",\"ok\":true,\"geo\":{\"c\":\"FR\"},\"tags\":[\"a\"],"
                + "\"gone\":null}");
    assertEquals(
        Map.of(
            "id",
            "12345",
            "body",
            "text",
            "ok",
            "true",
            "geo",
            "{\"c\":\"FR\"}",
            "tags",
            "[\"a\"]"),
        r.fields());
    assertEquals(
        Map.of("id", "number", "ok", "boolean", "geo", "object", "tags", "array"),
        r.types(),
        "a string has no type entry, a null is no value");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12345|12345",
        "12345.0|12345",
        "1.2345E4|12345",
        "-0.0|0",
        "2.50|2.5",
        "0.000125|0.000125",
        "98765432109876543210123|98765432109876543210123",
        "1234567890123456789.0|1234567890123456789",
      })
  void aNumberIsItsDecimalAsAPersonWritesIt(String json, String text) {
    assertEquals(text, read("{\"n\":" + json + "}").fields().get("n"));
  }

  @Test
  void aNestedValueKeepsItsNumbersAsWritten() {
    assertEquals(
        "{\"price\":100.0,\"ids\":[12345678901234567890,2.50]}",
        read("{\"x\":{\"price\":100.0,\"ids\":[12345678901234567890,2.50]}}").fields().get("x"));
  }

  @Test
  void aNumberTooLongToWriteOutStaysAsGiven() {
    assertEquals("1e999999999", ValueTypes.numberText("1e999999999"));
    assertEquals("NaN", ValueTypes.numberText("NaN"), "Spark's text of a double that is no number");
  }

  @Test
  void parquetColumnTypesUseTheSchemasWords() {
    StructType struct = new StructType().add("c", DataTypes.StringType);
    assertEquals("struct", ValueTypes.of(struct));
    assertEquals(
        "map", ValueTypes.of(DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType)));
    assertEquals("array", ValueTypes.of(DataTypes.createArrayType(DataTypes.StringType)));
    assertEquals("number", ValueTypes.of(DataTypes.DoubleType));
    assertEquals("number", ValueTypes.of(DataTypes.createDecimalType(20, 2)));
    assertEquals("boolean", ValueTypes.of(DataTypes.BooleanType));
    assertEquals(null, ValueTypes.of(DataTypes.StringType));
    assertEquals(null, ValueTypes.of(DataTypes.DateType), "a date column is read as its ISO text");
  }
}

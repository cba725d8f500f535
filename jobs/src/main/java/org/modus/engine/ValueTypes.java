package org.modus.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructType;

/**
 * The type a typed input (JSON Lines, Parquet) gave a value that a record carries as text. Text has
 * no entry: the types of a record say only which of its columns were something else, so that a
 * number or an object is never taken for text without anyone knowing.
 */
public final class ValueTypes {
  public static final String NUMBER = "number";
  public static final String BOOLEAN = "boolean";
  public static final String OBJECT = "object";
  public static final String ARRAY = "array";

  /** Parquet's names for an object, kept so that a message uses the words of the file's schema. */
  public static final String STRUCT = "struct";

  public static final String MAP = "map";
  private static final int MAX_DIGITS = 100;

  private ValueTypes() {}

  /** The type of a JSON value, null for a string (and for null, which is no value). */
  public static String of(JsonNode v) {
    if (v.isNumber()) {
      return NUMBER;
    } else if (v.isBoolean()) {
      return BOOLEAN;
    } else if (v.isObject()) {
      return OBJECT;
    } else if (v.isArray()) {
      return ARRAY;
    }
    return null;
  }

  /**
   * The type of a Parquet column, null for the ones read as text (strings, binary, dates,
   * timestamps).
   */
  public static String of(DataType t) {
    if (t instanceof NumericType) {
      return NUMBER;
    } else if (t instanceof BooleanType) {
      return BOOLEAN;
    } else if (t instanceof StructType) {
      return STRUCT;
    } else if (t instanceof MapType) {
      return MAP;
    } else if (t instanceof ArrayType) {
      return ARRAY;
    }
    return null;
  }

  /** Values of these types hold several values: never one field's value. */
  public static boolean nested(String type) {
    return OBJECT.equals(type) || ARRAY.equals(type) || STRUCT.equals(type) || MAP.equals(type);
  }

  /**
   * A number as a person writes it: digits without a {@code .0} or an exponent ({@code 12345.0},
   * {@code 1.2345E4} -> {@code 12345}), no trailing zeros after the point ({@code 2.50} -> {@code
   * 2.5}). Spark writes a double as {@code 1.2345678E7} and JSON exports from pandas write integral
   * ids as {@code 12345.0}: both are the id 12345. What is not a decimal (NaN, Infinity) is
   * returned as given.
   */
  public static String numberText(String s) {
    if (s == null) {
      return null;
    }
    BigDecimal d;
    try {
      d = new BigDecimal(s.strip());
    } catch (NumberFormatException e) {
      return s;
    }
    d = d.stripTrailingZeros();
    if (d.precision() - d.scale() > MAX_DIGITS || d.scale() > MAX_DIGITS) {
      return s
          .strip(); // 1e999999999 written out would fill the memory; it is no id or amount anyway
    }
    return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
  }
}

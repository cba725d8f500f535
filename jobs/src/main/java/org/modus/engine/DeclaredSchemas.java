package org.modus.engine;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.modus.schemas.FieldSpec;
import org.modus.schemas.TableCatalog;
import org.modus.schemas.TableSpec;

/** Spark schemas of the declared tables in data-schemas/tables: the only schemas jobs use. */
public final class DeclaredSchemas {
  private DeclaredSchemas() {}

  public static StructType of(String table) {
    return of(TableCatalog.table(table));
  }

  public static StructType of(TableSpec spec) {
    List<StructField> fields = new ArrayList<>();
    for (FieldSpec f : spec.fields()) {
      Metadata meta = new MetadataBuilder().putString("comment", f.description()).build();
      fields.add(DataTypes.createStructField(f.name(), sparkType(f.type()), f.nullable(), meta));
    }
    return DataTypes.createStructType(fields);
  }

  static DataType sparkType(String type) {
    if (type.startsWith("array<") && type.endsWith(">")) {
      return DataTypes.createArrayType(sparkType(type.substring(6, type.length() - 1)), true);
    }
    if (type.startsWith("map<") && type.endsWith(">")) {
      String[] kv = type.substring(4, type.length() - 1).split(",", 2);
      return DataTypes.createMapType(sparkType(kv[0].strip()), sparkType(kv[1].strip()), true);
    }
    return switch (type) {
      case "string" -> DataTypes.StringType;
      case "int" -> DataTypes.IntegerType;
      case "long" -> DataTypes.LongType;
      case "double" -> DataTypes.DoubleType;
      case "boolean" -> DataTypes.BooleanType;
      case "date" -> DataTypes.DateType;
      case "timestamp" -> DataTypes.TimestampType;
      default -> throw new IllegalArgumentException("Unknown declared type: " + type);
    };
  }
}

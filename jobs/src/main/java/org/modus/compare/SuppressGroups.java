package org.modus.compare;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.modus.disclosure.DisclosureControl;
import org.modus.disclosure.DisclosureControl.Cell;
import org.modus.disclosure.DisclosureControl.Group;
import org.modus.disclosure.Suppression;

/**
 * Applies {@link DisclosureControl} to one group of comparison cells (one country, period, source
 * and taxonomy family; the group's total is published) and writes the decision into the suppression
 * column.
 */
final class SuppressGroups implements FlatMapGroupsFunction<String, Row, Row> {
  private final int threshold;
  private final StructType schema;

  SuppressGroups(int threshold, StructType schema) {
    this.threshold = threshold;
    this.schema = schema;
  }

  @Override
  public Iterator<Row> call(String key, Iterator<Row> rows) {
    List<Row> group = new ArrayList<>();
    rows.forEachRemaining(group::add);
    int category = schema.fieldIndex("category");
    int low = schema.fieldIndex("count_low");
    int high = schema.fieldIndex("count_high");
    int totalLow = schema.fieldIndex("total_low");
    int totalHigh = schema.fieldIndex("total_high");
    int suppression = schema.fieldIndex("suppression");
    List<Cell> cells = new ArrayList<>();
    for (Row r : group) {
      cells.add(
          new Cell(
              r.getString(category),
              r.getDouble(low),
              r.isNullAt(high) ? null : r.getDouble(high)));
    }
    Row first = group.get(0);
    Double tl = first.isNullAt(totalLow) ? null : first.getDouble(totalLow);
    Double th = first.isNullAt(totalHigh) ? null : first.getDouble(totalHigh);
    Map<String, Suppression> decisions =
        new DisclosureControl(threshold).apply(new Group(tl, th, cells));
    List<Row> out = new ArrayList<>();
    for (Row r : group) {
      Object[] values = new Object[r.length()];
      for (int i = 0; i < values.length; i++) {
        values[i] = r.get(i);
      }
      values[suppression] = decisions.get(r.getString(category)).name().toLowerCase(Locale.ROOT);
      out.add(RowFactory.create(values));
    }
    return out.iterator();
  }
}

package org.modus.ads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modus.engine.MessageText;
import org.modus.engine.ValueTypes;

/**
 * What a canonical field may hold when a typed input (JSON Lines, Parquet) says a value was not
 * text. Reading it as text anyway would turn {@code {"code":"FR"}} into a country nobody knows and
 * {@code true} into an ad text, without a trace. So:
 *
 * <ul>
 *   <li>an object or an array (a Parquet struct, map or array) is never one field's value;
 *   <li>a boolean is a value only of the yes/no metadata fields ({@code remote}, {@code
 *       company_logo});
 *   <li>a number is normal in {@code ad_id}, {@code posted_at} (the date formats decide) and the
 *       metadata fields; in the fields that hold words (text, title, country, city, site, category)
 *       it is kept as its decimal text and the ad is flagged {@link #NUMBER_AS_TEXT}: a postcode
 *       given as city or a numeric category code is plausible, but a researcher filtering on the
 *       field should be able to find the ads where it happened.
 * </ul>
 *
 * Anything else is a problem that quarantines the record {@link AdOutcome#BAD_TYPE}.
 */
final class ValueTypeRule {
  static final String NUMBER_AS_TEXT = "number_as_text";

  private ValueTypeRule() {}

  /** What a field holds, in the words of a message: "... where a date was expected". */
  private static String expected(String field) {
    if (field.equals("ad_id")) {
      return "an id";
    } else if (field.equals("posted_at")) {
      return "a date";
    } else if (ColumnMapping.FLAG_FIELDS.contains(field)) {
      return "yes/no";
    }
    return "text";
  }

  private static boolean accepts(String field, String type) {
    if (ValueTypes.nested(type)) {
      return false;
    } else if (type.equals(ValueTypes.BOOLEAN)) {
      return ColumnMapping.FLAG_FIELDS.contains(field);
    }
    return true;
  }

  /** Numbers are words' stand-ins only in the fields that hold words. */
  private static boolean holdsWords(String field) {
    return !field.equals("ad_id")
        && !field.equals("posted_at")
        && !ColumnMapping.METADATA_FIELDS.contains(field);
  }

  /**
   * How the typed values of a record fit its canonical fields: the problems, one per column at
   * fault ("country: object where text was expected"; never the value, which may hold an
   * identifier), whether a number stands where words are expected, and the fields at fault.
   */
  record Fit(List<String> problems, boolean numberAsText, Set<String> badFields) {
    boolean ok() {
      return problems.isEmpty();
    }

    String detail() {
      return String.join("; ", problems);
    }
  }

  static Fit fit(ColumnMapping mapping, Map<String, String> fields, Map<String, String> types) {
    List<String> problems = new ArrayList<>();
    boolean numberAsText = false;
    Set<String> badFields = new LinkedHashSet<>();
    if (types.isEmpty()) {
      return new Fit(problems, false, badFields);
    }
    for (String field : ColumnMapping.FIELDS) {
      for (String column : mapping.columnsOf(field, fields.keySet())) {
        String type = types.get(column);
        if (type == null || fields.get(column) == null) {
          continue;
        }
        if (!accepts(field, type)) {
          problems.add(
              field
                  + (column.equals(field) ? "" : " (column '" + MessageText.value(column) + "')")
                  + ": "
                  + type
                  + " where "
                  + expected(field)
                  + " was expected");
          badFields.add(field);
        } else if (type.equals(ValueTypes.NUMBER) && holdsWords(field)) {
          numberAsText = true;
        }
      }
    }
    return new Fit(problems, numberAsText, badFields);
  }

  /**
   * The record's numbers as a person writes them ({@link ValueTypes#numberText}): Parquet's doubles
   * reach us as Spark writes them, {@code 1.2345678E7}.
   */
  static Map<String, String> numbersAsDecimals(
      Map<String, String> fields, Map<String, String> types) {
    if (!types.containsValue(ValueTypes.NUMBER)) {
      return fields;
    }
    Map<String, String> out = new LinkedHashMap<>(fields);
    types.forEach(
        (column, type) -> {
          if (type.equals(ValueTypes.NUMBER) && out.get(column) != null) {
            out.put(column, ValueTypes.numberText(out.get(column)));
          }
        });
    return out;
  }
}

package org.modus.schemas;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One declared column. {@code type} is one of string, int, long, double, boolean, date, timestamp,
 * {@code array<T>} or {@code map<string,T>}. {@code allowed} lists the closed set of values, if
 * any.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record FieldSpec(
    String name, String type, boolean nullable, String description, List<String> allowed) {

  public FieldSpec {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("field without a name");
    }
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("field " + name + " has no type");
    }
    allowed = allowed == null ? List.of() : List.copyOf(allowed);
  }

  public boolean isClosed() {
    return !allowed.isEmpty();
  }
}

package org.modus.schemas;

import java.util.List;
import java.util.Optional;

/** A declared table: what {@code data-schemas/tables/<table>.json} says. */
public record TableSpec(String table, int version, String description, List<FieldSpec> fields) {

  public TableSpec {
    fields = List.copyOf(fields);
  }

  public Optional<FieldSpec> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public List<String> fieldNames() {
    return fields.stream().map(FieldSpec::name).toList();
  }
}

package org.modus.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TableCatalogTest {
  private static final Pattern TYPE =
      Pattern.compile(
          "(string|int|long|double|boolean|date|timestamp)"
              + "|array<(string|int|long|double)>|map<string,(string|long|double)>");

  @Test
  void everyDeclarationFileIsListedInTheIndexAndViceVersa() throws IOException {
    Set<String> files;
    try (Stream<Path> s = Files.list(Path.of("tables"))) {
      files =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json"))
              .map(n -> n.substring(0, n.length() - 5))
              .collect(Collectors.toSet());
    }
    assertEquals(files, new HashSet<>(TableCatalog.names()));
  }

  @Test
  void everyFieldHasAKnownTypeADescriptionAndAUniqueName() {
    for (String name : TableCatalog.names()) {
      TableSpec spec = TableCatalog.table(name);
      assertFalse(spec.description().isBlank(), name);
      Set<String> seen = new HashSet<>();
      for (FieldSpec f : spec.fields()) {
        assertTrue(TYPE.matcher(f.type()).matches(), name + "." + f.name() + " type " + f.type());
        assertFalse(f.description() == null || f.description().isBlank(), name + "." + f.name());
        assertTrue(seen.add(f.name()), name + " repeats " + f.name());
      }
    }
  }

  @Test
  void familyColumnsAllowOnlyTaxonomyFamilies() {
    Set<String> families = Set.copyOf(Taxonomy.v1().families());
    for (String name : TableCatalog.names()) {
      TableCatalog.table(name)
          .field("family")
          .ifPresent(
              f ->
                  assertTrue(
                      families.containsAll(f.allowed()), name + ".family allows " + f.allowed()));
    }
  }
}

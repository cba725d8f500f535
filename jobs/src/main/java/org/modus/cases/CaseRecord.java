package org.modus.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modus.ingest.Mappings.TaxonomyId;
import org.modus.ingest.ParsedRow;

/** A case being assembled from one source record: its cases row and its taxonomy features. */
final class CaseRecord {
  /** A feature with the column or field it came from. */
  record Feature(TaxonomyId id, String sourceField) {}

  final Map<String, Object> row = new LinkedHashMap<>();
  private final Set<String> seen = new LinkedHashSet<>();
  private final List<Feature> features = new ArrayList<>();

  void feature(TaxonomyId id, String sourceField) {
    // One row per case and category: two columns naming the same id are one fact.
    if (seen.add(id.family() + "/" + id.category())) {
      features.add(new Feature(id, sourceField));
    }
  }

  List<ParsedRow> emit() {
    List<ParsedRow> out = new ArrayList<>();
    out.add(new ParsedRow("cases", row));
    for (Feature f : features) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("case_id", row.get("case_id"));
      v.put("family", f.id().family());
      v.put("category", f.id().category());
      v.put("source_field", f.sourceField());
      out.add(new ParsedRow("case_features", v));
    }
    return out;
  }
}

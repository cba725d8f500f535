package org.modus.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.modus.schemas.AccentFolding;
import org.modus.schemas.ModusResources;
import org.modus.schemas.Taxonomy;

/**
 * The source mappings of {@code data-schemas/mappings/}: loaded once per JVM (driver or executor)
 * from the classpath, immutable afterwards.
 */
public final class Mappings {
  /** A taxonomy id a source value maps to. */
  public record TaxonomyId(String family, String category) {}

  /**
   * An HTCDS field: canonical name, kind (id, gender, multi, ...), value family, accepted aliases.
   */
  public record HtcdsField(String field, String kind, String family, List<String> aliases) {}

  /**
   * A published aggregate category: its taxonomy id (null when unmapped) and whether it is a total.
   */
  public record AggregateCategory(TaxonomyId id, boolean total) {}

  private static final Mappings INSTANCE = load();

  private final Map<String, List<TaxonomyId>> ctdcColumns;
  private final List<HtcdsField> htcdsFields;
  private final Map<String, Optional<TaxonomyId>> htcdsValues;
  private final Map<String, AggregateCategory> aggregateCategories;
  private final Map<String, String> codes;

  private Mappings(
      Map<String, List<TaxonomyId>> ctdcColumns,
      List<HtcdsField> htcdsFields,
      Map<String, Optional<TaxonomyId>> htcdsValues,
      Map<String, AggregateCategory> aggregateCategories,
      Map<String, String> codes) {
    this.ctdcColumns = ctdcColumns;
    this.htcdsFields = htcdsFields;
    this.htcdsValues = htcdsValues;
    this.aggregateCategories = aggregateCategories;
    this.codes = codes;
  }

  public static Mappings get() {
    return INSTANCE;
  }

  /**
   * Taxonomy ids of a CTDC flag column; empty list for a known unmapped column; empty when unknown.
   */
  public Optional<List<TaxonomyId>> ctdcColumn(String column) {
    return Optional.ofNullable(ctdcColumns.get(AccentFolding.labelKey(column)));
  }

  public List<HtcdsField> htcdsFields() {
    return htcdsFields;
  }

  /**
   * The taxonomy id of a value of a multi-valued HTCDS field: a synonym from htcds-values.csv, else
   * a category of the field's family whose id or label (en, fr, es) matches. Outer empty: unknown
   * value; inner empty: known, deliberately unmapped.
   */
  public Optional<Optional<TaxonomyId>> htcdsValue(HtcdsField field, String value) {
    String key = AccentFolding.labelKey(field.field()) + "|" + AccentFolding.labelKey(value);
    Optional<TaxonomyId> synonym = htcdsValues.get(key);
    if (synonym != null) {
      return Optional.of(synonym);
    }
    return taxonomyMatch(field.family(), value).map(Optional::of);
  }

  /**
   * A category of {@code family} whose id or label in en, fr or es folds to the same key as value.
   */
  public static Optional<TaxonomyId> taxonomyMatch(String family, String value) {
    String key = AccentFolding.labelKey(value);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    for (Taxonomy.Category c : Taxonomy.v1().categories(family)) {
      if (AccentFolding.labelKey(c.id()).equals(key)
          || c.labels().values().stream().anyMatch(l -> AccentFolding.labelKey(l).equals(key))) {
        return Optional.of(new TaxonomyId(family, c.id()));
      }
    }
    return Optional.empty();
  }

  public Optional<AggregateCategory> aggregateCategory(
      String format, String dimension, String category) {
    return Optional.ofNullable(
        aggregateCategories.get(
            format
                + "|"
                + AccentFolding.labelKey(dimension)
                + "|"
                + AccentFolding.labelKey(category)));
  }

  /**
   * A code list lookup (kind gender, sex, age, indicator, geo, respondent_type); empty when
   * unknown.
   */
  public Optional<String> code(String kind, String raw) {
    return Optional.ofNullable(codes.get(kind + "|" + AccentFolding.labelKey(raw)));
  }

  /** Every taxonomy id named by any mapping file, for the contract test. */
  public List<TaxonomyId> allMappedIds() {
    List<TaxonomyId> ids = new ArrayList<>();
    ctdcColumns.values().forEach(ids::addAll);
    htcdsValues.values().forEach(o -> o.ifPresent(ids::add));
    aggregateCategories.values().stream().filter(a -> a.id() != null).forEach(a -> ids.add(a.id()));
    return ids;
  }

  private static Mappings load() {
    Map<String, List<TaxonomyId>> ctdc = new LinkedHashMap<>();
    for (CSVRecord r : csv("mappings/ctdc-columns.csv")) {
      List<TaxonomyId> ids =
          ctdc.computeIfAbsent(AccentFolding.labelKey(r.get("column")), k -> new ArrayList<>());
      id(r).ifPresent(ids::add);
    }
    List<HtcdsField> fields = new ArrayList<>();
    for (CSVRecord r : csv("mappings/htcds-fields.csv")) {
      fields.add(
          new HtcdsField(
              r.get("field"),
              r.get("kind"),
              r.get("family"),
              List.of(r.get("aliases").split("\\|"))));
    }
    Map<String, Optional<TaxonomyId>> values = new HashMap<>();
    for (CSVRecord r : csv("mappings/htcds-values.csv")) {
      values.put(
          AccentFolding.labelKey(r.get("field")) + "|" + AccentFolding.labelKey(r.get("value")),
          id(r));
    }
    Map<String, AggregateCategory> agg = new HashMap<>();
    for (CSVRecord r : csv("mappings/aggregate-categories.csv")) {
      agg.put(
          r.get("source_format")
              + "|"
              + AccentFolding.labelKey(r.get("dimension"))
              + "|"
              + AccentFolding.labelKey(r.get("category_raw")),
          new AggregateCategory(id(r).orElse(null), Boolean.parseBoolean(r.get("total"))));
    }
    Map<String, String> codes = new HashMap<>();
    for (CSVRecord r : csv("mappings/codes.csv")) {
      codes.put(r.get("kind") + "|" + AccentFolding.labelKey(r.get("raw")), r.get("id"));
    }
    return new Mappings(ctdc, List.copyOf(fields), values, agg, codes);
  }

  private static Optional<TaxonomyId> id(CSVRecord r) {
    String family = r.get("family");
    String category = r.get("category");
    return family.isBlank() ? Optional.empty() : Optional.of(new TaxonomyId(family, category));
  }

  private static List<CSVRecord> csv(String path) {
    try (Reader in = new InputStreamReader(ModusResources.open(path), StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read modus/" + path, e);
    }
  }
}

package org.modus.ads;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modus.engine.ModusException;

/**
 * What makes two ad records exact duplicates: equal values of these canonical fields after cleaning
 * (HTML to text, NFKC, spaces collapsed), redaction (identifiers replaced by their keyed
 * pseudonyms, so two ads differing only in a phone number are not duplicates) and lower-casing. The
 * default, from {@code exact_duplicate_fields} of {@code data-schemas/config/ads-ingest.json}, is
 * title and text; a source may set its own with the option {@code duplicate_fields} (e.g. {@code
 * text,site}). The text is always part of the key. Records of sources with the same field list
 * collapse across sources.
 */
public record DuplicateKey(List<String> fields) implements Serializable {
  /** Source option naming the fields, comma-separated. */
  public static final String OPTION = "duplicate_fields";

  public static final List<String> ALLOWED =
      List.of("title", "text", "site", "category", "country", "city", "posted_at");
  private static final List<String> TITLE_TEXT = List.of("title", "text");

  public DuplicateKey {
    fields = List.copyOf(fields);
    for (String f : fields) {
      if (!ALLOWED.contains(f)) {
        throw new ModusException(
            "Exact-duplicate field '"
                + f
                + "' is not one of "
                + ALLOWED
                + " (option "
                + OPTION
                + ", or exact_duplicate_fields in ads-ingest.json)");
      }
    }
    if (!fields.contains("text") || fields.size() != fields.stream().distinct().count()) {
      throw new ModusException(
          "Exact-duplicate fields "
              + fields
              + " must name text, each field once (option "
              + OPTION
              + ")");
    }
  }

  /**
   * The key of a source: its {@code duplicate_fields} option (comma-separated) when given, else the
   * default.
   */
  public static DuplicateKey of(String option, List<String> defaults) {
    if (option == null) {
      return new DuplicateKey(defaults);
    }
    List<String> fields = new ArrayList<>();
    for (String f : option.split(",")) {
      if (!f.isBlank()) {
        fields.add(f.strip().toLowerCase(Locale.ROOT));
      }
    }
    return new DuplicateKey(fields);
  }

  /** The content key of one redacted record; equal keys are exact duplicates. */
  public String contentKey(
      String title,
      String text,
      String site,
      String category,
      String country,
      String city,
      String postedAt) {
    if (fields.equals(TITLE_TEXT)) {
      // The historical key: runs made before the field list was configurable group the same way.
      return AdRecordProcessor.sha256(lower(title), lower(text)).substring(0, 32);
    }
    List<String> parts = new ArrayList<>();
    parts.add("fields:" + String.join(",", fields));
    for (String f : fields) {
      parts.add(
          lower(
              switch (f) {
                case "title" -> title;
                case "text" -> text;
                case "site" -> site;
                case "category" -> category;
                case "country" -> country;
                case "city" -> city;
                case "posted_at" -> postedAt;
                default -> throw new IllegalStateException(f);
              }));
    }
    return AdRecordProcessor.sha256(parts.toArray(String[]::new)).substring(0, 32);
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}

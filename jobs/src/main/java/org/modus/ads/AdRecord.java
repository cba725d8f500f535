package org.modus.ads;

import java.util.List;
import java.util.Map;
import org.modus.ads.contacts.Redactor.Pseudonymous;

/**
 * An accepted ad after cleaning and redaction, one per input record (duplicates not yet collapsed).
 * {@code contentKey} is equal for exact duplicates; {@code postedAt} is an ISO date or null; {@code
 * metadata} holds the structured fields of {@link ColumnMapping#METADATA_FIELDS} that the record
 * has.
 */
public record AdRecord(
    String adId,
    String source,
    String site,
    String category,
    String country,
    String region,
    String subregion,
    String city,
    String postedAt,
    String language,
    String title,
    String text,
    List<String> qualityFlags,
    Map<String, String> attributes,
    Map<String, String> metadata,
    List<Pseudonymous> contacts,
    String contentKey) {}

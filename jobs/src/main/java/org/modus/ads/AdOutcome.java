package org.modus.ads;

/**
 * What became of one input record: accepted as an {@link AdRecord}, or rejected with a reason code,
 * a detail and the record with identifiers masked (for quarantine). {@code recordId} is the
 * source's own id as ad_id and ad_sources keep it (plain, or id- and its keyed pseudonym), null
 * when the source gives none.
 */
public record AdOutcome(
    AdRecord ad, String reason, String detail, String maskedRecord, String recordId) {
  public static final String MISSING_TEXT = "missing_text";
  public static final String BAD_DATE = "bad_date";
  public static final String BAD_ENCODING = "bad_encoding";
  public static final String OVERSIZED = "oversized";
  public static final String MALFORMED_ROW = "malformed_row";
  public static final String DUPLICATE_ID = "duplicate_id";

  /**
   * A typed input's object, array or boolean where a field expects one value ({@link
   * ValueTypeRule}).
   */
  public static final String BAD_TYPE = "bad_type";

  public boolean accepted() {
    return ad != null;
  }

  static AdOutcome accept(AdRecord ad, String recordId) {
    return new AdOutcome(ad, null, null, null, recordId);
  }

  static AdOutcome reject(String reason, String detail, String maskedRecord, String recordId) {
    return new AdOutcome(null, reason, detail, maskedRecord, recordId);
  }
}

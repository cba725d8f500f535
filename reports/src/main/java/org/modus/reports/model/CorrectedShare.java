package org.modus.reports.model;

import java.util.List;

/**
 * The columns of a share corrected for the extractor's misclassification, named as in the trends
 * table (data-schemas/tables/trends.json), beside the raw share they correct. Only status {@link
 * #CORRECTED} has a corrected share; the other statuses say why there is none.
 */
public final class CorrectedShare {
  public static final String SHARE = "corrected_share";
  public static final String LOW = "corrected_low";
  public static final String HIGH = "corrected_high";
  public static final String STATUS = "correction_status";
  public static final String RAW_SHARE = "share";
  public static final String RAW_LOW = "share_low";
  public static final String RAW_HIGH = "share_high";

  /** The status values of trends.json's correction_status. */
  public static final String CORRECTED = "corrected";

  public static final List<String> STATUSES =
      List.of(CORRECTED, "too_few_cases", "not_identifiable", "not_evaluated");

  private CorrectedShare() {}

  /** Whether a table carries both shares (a trends query). */
  public static boolean in(TableData data) {
    return data.hasColumn(SHARE) && data.hasColumn(STATUS) && data.hasColumn(RAW_SHARE);
  }

  /**
   * A row whose category has no corrected share (its status says why): the raw share stands alone.
   */
  public static boolean uncorrected(TableData data, List<Object> row) {
    Object status = data.value(row, STATUS);
    return status != null && !CORRECTED.equals(status);
  }
}

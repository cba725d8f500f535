package org.modus.ads.contacts;

/**
 * A personal identifier found in a text: its type (a {@code contact_type} of the ad_contacts table),
 * its normalized value (what gets pseudonymized; never stored) and where it sits in the text.
 */
public record Contact(String type, String normalized, int start, int end) {
  public static final String PHONE = "phone";
  public static final String EMAIL = "email";
  public static final String URL = "url";
  public static final String HANDLE = "social_handle";
  public static final String WALLET = "crypto_wallet";

  boolean overlaps(Contact o) {
    return start < o.end && o.start < end;
  }
}

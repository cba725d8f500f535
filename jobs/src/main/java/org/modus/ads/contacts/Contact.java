package org.modus.ads.contacts;

/**
 * A personal identifier found in a text: its type (a {@code contact_type} of the ad_contacts table,
 * and what its pseudonym is keyed with), its normalized value (what gets pseudonymized; never
 * stored), where it sits in the text, the placeholder type written in its place and whether its
 * checksum holds.
 *
 * <p>The placeholder differs from the type where how it was written matters to readers but must not
 * split linking: a phone spelled out in words is written {@code [obscured_phone:p]} with the same
 * pseudonym p as the plain number, an e-mail written "name (at) host (dot) com" {@code
 * [obscured_email:p]}. {@code checksumValid} is false for a wallet-shaped token in wallet context
 * whose checksum fails (a typo, or a deliberate change to dodge filters): still redacted, but not
 * used to link ads, since two different wallets can carry the same typo'd string by chance.
 */
public record Contact(
    String type, String normalized, int start, int end, String placeholder, boolean checksumValid) {
  public static final String PHONE = "phone";
  public static final String OBSCURED_PHONE = "obscured_phone";
  public static final String EMAIL = "email";
  public static final String OBSCURED_EMAIL = "obscured_email";
  public static final String URL = "url";
  public static final String HANDLE = "social_handle";
  public static final String PAYMENT_HANDLE = "payment_handle";
  public static final String WALLET = "crypto_wallet";
  public static final String IP = "ip_address";
  public static final String IBAN = "iban";

  public Contact(String type, String normalized, int start, int end) {
    this(type, normalized, start, end, type, true);
  }

  boolean overlaps(Contact o) {
    return start < o.end && o.start < end;
  }
}

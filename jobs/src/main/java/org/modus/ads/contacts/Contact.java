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

  /**
   * As written in disguise: an e-mail or phone read only once its disguised dots or at-signs were
   * read for what they stand for is written as its obscured placeholder (the pseudonym is the
   * same).
   */
  Contact disguised() {
    if (EMAIL.equals(placeholder)) {
      return new Contact(type, normalized, start, end, OBSCURED_EMAIL, checksumValid);
    }
    if (PHONE.equals(placeholder)) {
      return new Contact(type, normalized, start, end, OBSCURED_PHONE, checksumValid);
    }
    return this;
  }

  /**
   * Two finds of one text merged: where they overlap the longer wins ({@code first}'s on a tie); in
   * text order.
   */
  static java.util.List<Contact> longestFirst(
      java.util.List<Contact> first, java.util.List<Contact> second) {
    java.util.List<Contact> all = new java.util.ArrayList<>(first);
    all.addAll(second);
    all.sort(java.util.Comparator.comparingInt((Contact c) -> c.start - c.end));
    java.util.List<Contact> kept = new java.util.ArrayList<>();
    for (Contact c : all) {
      if (kept.stream().noneMatch(c::overlaps)) {
        kept.add(c);
      }
    }
    kept.sort(java.util.Comparator.comparingInt(Contact::start));
    return kept;
  }
}

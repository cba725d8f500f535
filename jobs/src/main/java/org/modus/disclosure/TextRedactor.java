package org.modus.disclosure;

import java.util.List;
import org.modus.ads.contacts.Contact;
import org.modus.ads.contacts.ContactDetector;
import org.modus.ads.contacts.Redactor;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.engine.Pseudonymizer;

/**
 * Replaces personal identifiers in free text outside ads (case narratives, survey answers,
 * quarantined records) with the same detector and pseudonyms the ad ingest uses, so a phone number
 * in a case narrative and in an ad gets one pseudonym and the two can be linked: {@code
 * [phone:<pseudonym>]} with a key, {@code [phone]} without. Bank account numbers are found by the
 * same detector ({@code [iban:<pseudonym>]}, {@code [iban]}). Person names are not detected here
 * (that needs NER).
 */
public final class TextRedactor {
  private static final ContactDetector DETECTOR =
      new ContactDetector(AdsIngestSettings.defaults().contacts());

  private TextRedactor() {}

  /** Placeholders without pseudonyms: for text that must only be made safe (quarantine records). */
  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    List<Contact> found = DETECTOR.find(text, null);
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Contact c : found) {
      out.append(text, at, c.start()).append('[').append(c.placeholder()).append(']');
      at = c.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /**
   * Placeholders carrying the keyed pseudonym of each identifier, so records can still be linked.
   */
  public static String redact(String text, Pseudonymizer pseudonymizer) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return new Redactor(DETECTOR, pseudonymizer).redact(text, null).text();
  }
}

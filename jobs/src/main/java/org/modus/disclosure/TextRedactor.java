package org.modus.disclosure;

import java.util.List;
import java.util.regex.Pattern;
import org.modus.ads.AdsIngestSettings;
import org.modus.ads.contacts.Contact;
import org.modus.ads.contacts.ContactDetector;
import org.modus.ads.contacts.Redactor;
import org.modus.engine.Pseudonymizer;

/**
 * Replaces personal identifiers in free text outside ads (case narratives, survey answers, quarantined
 * records) with the same detector and pseudonyms the ad ingest uses, so a phone number in a case
 * narrative and in an ad gets one pseudonym and the two can be linked: {@code [phone:<pseudonym>]} with
 * a key, {@code [phone]} without. Bank account numbers (IBAN), which are no taxonomy contact type, are
 * masked as {@code [iban]} in both cases. Person names are not detected here (that needs NER).
 */
public final class TextRedactor {
  private static final ContactDetector DETECTOR = new ContactDetector(AdsIngestSettings.defaults().contacts());
  private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\\b");

  private TextRedactor() {}

  /** Placeholders without pseudonyms: for text that must only be made safe (quarantine records). */
  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String noIban = IBAN.matcher(text).replaceAll("[iban]");
    List<Contact> found = DETECTOR.find(noIban, null);
    StringBuilder out = new StringBuilder(noIban.length());
    int at = 0;
    for (Contact c : found) {
      out.append(noIban, at, c.start()).append('[').append(c.placeholder()).append(']');
      at = c.end();
    }
    return out.append(noIban, at, noIban.length()).toString();
  }

  /** Placeholders carrying the keyed pseudonym of each identifier, so records can still be linked. */
  public static String redact(String text, Pseudonymizer pseudonymizer) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return new Redactor(DETECTOR, pseudonymizer).redact(IBAN.matcher(text).replaceAll("[iban]"), null).text();
  }
}

package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.ads.text.TextCleaner;

/**
 * What the form tests ask of the detector with the shipped settings: the contact over a planted
 * value.
 */
final class DetectedForms {
  static final ContactDetector DETECTOR =
      new ContactDetector(AdsIngestSettings.defaults().contacts());

  private DetectedForms() {}

  /**
   * The contact covering the first occurrence of {@code secret} in {@code raw} as ingest cleans it
   * ({@code \n} written as two characters stands for a line break in both).
   */
  static Contact covering(String raw, String secret, String region) {
    return coveringIn(
        TextCleaner.clean(raw.replace("\\n", "\n")), secret.replace("\\n", "\n"), region);
  }

  /** As {@link #covering}, on {@code text} as given (not cleaned). */
  static Contact coveringIn(String text, String secret, String region) {
    int at = text.indexOf(secret);
    assertTrue(at >= 0, "test text lacks " + secret);
    List<Contact> found = DETECTOR.find(text, region);
    return found.stream()
        .filter(c -> c.start() <= at && c.end() >= at + secret.length())
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("'" + secret + "' not covered in '" + text + "': " + found));
  }

  /** Asserts that {@code secret} in {@code text} (as ingest cleans it) is taken as {@code type}. */
  static void covered(String region, String text, String secret, String type) {
    assertEquals(type, covering(text, secret, region).type());
  }

  /** Asserts that no contact overlaps {@code kept} in {@code text} as ingest cleans it. */
  static void staysText(String region, String text, String kept) {
    String cleaned = TextCleaner.clean(text);
    int at = cleaned.indexOf(kept);
    assertTrue(at >= 0, "test text lacks " + kept);
    List<Contact> found = DETECTOR.find(cleaned, region);
    assertTrue(
        found.stream().noneMatch(c -> c.start() < at + kept.length() && at < c.end()),
        "'" + kept + "' was taken in '" + cleaned + "': " + found);
  }
}

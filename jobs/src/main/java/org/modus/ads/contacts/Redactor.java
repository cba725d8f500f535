package org.modus.ads.contacts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.modus.engine.Pseudonymizer;

/**
 * Replaces every identifier of a text by a typed placeholder carrying its keyed pseudonym, e.g.
 * {@code [phone:3f9a0c...]}, and reports what it replaced (type and pseudonym only).
 */
public final class Redactor implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * A placeholder as written into text; near-duplicate shingling and language detection skip them.
   */
  public static final Pattern PLACEHOLDER = Pattern.compile("\\[([a-z_]+):([0-9a-f]+)\\]");

  /** A redacted text and the pseudonymized contacts found in it. */
  public record Redacted(String text, List<Pseudonymous> contacts) {}

  /**
   * What remains of a contact once pseudonymized; {@code checksumValid} false marks a wallet whose
   * checksum fails, kept in ad_contacts but not used to link ads.
   */
  public record Pseudonymous(String type, String pseudonym, boolean checksumValid) {
    public Pseudonymous(String type, String pseudonym) {
      this(type, pseudonym, true);
    }
  }

  private final ContactDetector detector;
  private final Pseudonymizer pseudonymizer;

  public Redactor(ContactDetector detector, Pseudonymizer pseudonymizer) {
    this.detector = detector;
    this.pseudonymizer = pseudonymizer;
  }

  public Redacted redact(String text, String region) {
    return redact(text, region, null);
  }

  /**
   * As {@link #redact(String, String)}, with a contact found from outside the text ({@code extra},
   * may be null: the part of a phone or e-mail split between an ad's title and text), in place of
   * any contact the text alone gave the same characters.
   */
  public Redacted redact(String text, String region, Contact extra) {
    return redact(text, region, extra, null);
  }

  /**
   * As {@link #redact(String, String, Contact)}, for the value of a scraped column named {@code
   * column} (may be null): a wallet cue in the name counts as one before the value.
   */
  public Redacted redact(String text, String region, Contact extra, String column) {
    if (text == null) {
      return new Redacted(null, List.of());
    }
    List<Contact> found =
        column == null ? detector.find(text, region) : detector.find(text, region, column);
    if (extra != null) {
      // Found from outside the text, it wins over what the text alone made of the same characters
      // ("@gmail.com" a handle).
      found = new ArrayList<>(found.stream().filter(c -> !c.overlaps(extra)).toList());
      found.add(extra);
      found.sort(java.util.Comparator.comparingInt(Contact::start));
    }
    if (found.isEmpty()) {
      return new Redacted(text, List.of());
    }
    StringBuilder out = new StringBuilder(text.length());
    List<Pseudonymous> contacts = new ArrayList<>();
    int at = 0;
    for (Contact c : found) {
      String p = pseudonymizer.pseudonym(c.type(), c.normalized());
      out.append(text, at, c.start());
      // A public platform's host stays readable ("onlyfans.com/[url:p]"): it names a service, and
      // the
      // extractor reads the platform from it; the personal part (path, handle, sub-domain) is the
      // placeholder.
      String host = detector.publicPlatformHost(c);
      if (host != null) {
        out.append(host).append('/');
      }
      out.append('[').append(c.placeholder()).append(':').append(p).append(']');
      contacts.add(new Pseudonymous(c.type(), p, c.checksumValid()));
      at = c.end();
    }
    out.append(text, at, text.length());
    return new Redacted(out.toString(), contacts);
  }
}

package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modus.ads.settings.AdsIngestSettings;

/**
 * Spark ships the detector to every task by Java serialization: every part of it must travel, and
 * the copy must find what the original finds.
 */
class ContactDetectorSerializationTest {
  @Test
  void aSerializedDetectorFindsWhatTheOriginalFinds() throws Exception {
    ContactDetector original = new ContactDetector(AdsIngestSettings.defaults().contacts());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    ContactDetector copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ContactDetector) in.readObject();
    }
    // made-up values: a handle after a platform, a spelled dot, an address with no ending, a
    // number after a cue written backwards
    for (String text :
        List.of(
            "add me on snap mila_2207 for details",
            "write to nora dot lindqvist at example dot org",
            "Bewerbung an info at lindner-personal bitte",
            "call 0612345678 or mail desk@example.org")) {
      List<Contact> found = original.find(text, "FR");
      assertFalse(found.isEmpty(), text);
      assertEquals(found, copy.find(text, "FR"), text);
    }
  }
}

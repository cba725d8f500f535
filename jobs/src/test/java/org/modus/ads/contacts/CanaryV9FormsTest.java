package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.modus.ads.contacts.DetectedForms.covered;
import static org.modus.ads.contacts.DetectedForms.covering;
import static org.modus.ads.contacts.DetectedForms.staysText;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Forms that the dev half of blind canary v9 found (eleventh round): an address found inside a
 * longer "X at Y" phrase turned down; a phone after a reference number that a full stop ends.
 * Values are made up here; each form has its look-alikes that must stay text.
 */
class CanaryV9FormsTest {

  @Test
  @DisplayName("a full stop after a reference's digits ends what the reference cue names")
  void phoneAfterAReferenceEndedByAFullStop() {
    String text = "Warehouse staff, $19/hour. Job ID: 77120345. 📱 (617) 555-0148 • cash ok";
    assertEquals("+16175550148", covering(text, "(617) 555-0148", "US").normalized());
    staysText("US", text, "77120345");
    // with no full stop the reference cue still names the number after it
    staysText("US", "Order no. 4417 555 0192 ships Monday", "4417 555 0192");
  }

  @Test
  @DisplayName("an address inside a turned-down 'word at word' match is still an address")
  void emailInsideASpelledAtPhrase() {
    covered(
        "IE",
        "Details at lena.broch+apply@fjord-staffing.org",
        "lena.broch+apply@fjord-staffing.org",
        Contact.EMAIL);
    covered(
        "GB", "Info at piet.v@harbour-works.co.uk", "piet.v@harbour-works.co.uk", Contact.EMAIL);
    staysText("GB", "Meet at noon at the station. Parking at rear.", "Parking at rear");
  }
}

package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.modus.ads.contacts.DetectedForms.covered;
import static org.modus.ads.contacts.DetectedForms.covering;
import static org.modus.ads.contacts.DetectedForms.staysText;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Forms that the dev half of blind canary v9 found (eleventh round): a payment account as a lone
 * word after an app's name and a colon or dash, or as a pound-sign cashtag; an address found inside
 * a longer "X at Y" phrase turned down; a phone after a reference number that a full stop ends.
 * Values are made up here; each form has its look-alikes that must stay text.
 */
class CanaryV9FormsTest {

  @Test
  @DisplayName("a lone word after a payment app's name and a colon or dash is its account")
  void loneWordAfterPaymentAppAndMark() {
    covered("FR", "acompte : Venmo - carlottaq | merci", "carlottaq", Contact.PAYMENT_HANDLE);
    covered(
        "US",
        "deposit confirms the booking, zelle: jordanrey\\nPosted 4 May",
        "jordanrey",
        Contact.PAYMENT_HANDLE);
    covered("US", "Tips by Venmo: brennaw.", "brennaw", Contact.PAYMENT_HANDLE);
    // a word a sentence goes on after, or a common word, stays text
    staysText("FR", "Revolut : ouvre ton compte en deux minutes", "ouvre");
    staysText("US", "PayPal: accepted. Cash only otherwise", "accepted");
    staysText("ES", "Bizum - bienvenido | Efectivo", "bienvenido");
    staysText("US", "Payment: Zelle - preferred", "preferred");
  }

  @Test
  @DisplayName("a pound-sign cashtag after Cash App is a payment handle, an amount stays")
  void poundCashtagAfterCashApp() {
    assertEquals(
        "£millyldn",
        covering("Deposit via Cash App £MillyLDN or cash", "£MillyLDN", "GB").normalized());
    staysText("GB", "Cash App £40 deposit, rest in cash", "£40");
  }

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

package org.modus.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modus.engine.Pseudonymizer;

class TextRedactorTest {
  private static final Pseudonymizer KEYS = new Pseudonymizer(new byte[32]);

  @Test
  void identifiersBecomeTypedPlaceholdersCarryingTheirKeyedPseudonym() {
    String out =
        TextRedactor.redact("Call +33 6 12 34 56 78 or write to Jobs.Offer@example.org", KEYS);
    assertEquals(
        "Call [phone:"
            + KEYS.pseudonym("phone", "+33612345678")
            + "] or write to [email:"
            + KEYS.pseudonym("email", "jobs.offer@example.org")
            + "]",
        out);
  }

  @Test
  void urlsHandlesAndWalletsAreMaskedWithoutAKey() {
    String out =
        TextRedactor.mask(
            "See https://example.org/x, ask @recruiter_01, pay to "
                + "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh");
    assertEquals("See [url] ask [social_handle] pay to [crypto_wallet]", out.replace(",", ""));
    assertFalse(out.contains("recruiter_01"));
  }

  @Test
  void aPhoneInANarrativeGetsThePseudonymTheAdIngestGivesIt() {
    String ad =
        new org.modus.ads.contacts.Redactor(
                new org.modus.ads.contacts.ContactDetector(
                    org.modus.ads.settings.AdsIngestSettings.defaults().contacts()),
                KEYS)
            .redact("Call +33 6 12 34 56 78", null)
            .text();
    String narrative =
        TextRedactor.redact("She was told to call +33 6 12 34 56 78 every night.", KEYS);
    String placeholder = ad.substring(ad.indexOf('['));
    assertTrue(narrative.contains(placeholder), narrative + " vs " + ad);
  }

  @Test
  void bankAccountsAreMaskedToo() {
    assertEquals(
        "Pay to [iban:" + KEYS.pseudonym("iban", "FR7630006000011234567890189") + "] now",
        TextRedactor.redact("Pay to FR76 3000 6000 0112 3456 7890 189 now", KEYS));
    assertEquals(
        "Pay to [iban] now", TextRedactor.mask("Pay to FR76 3000 6000 0112 3456 7890 189 now"));
  }

  @Test
  void ordinaryTextIsLeftAlone() {
    String text =
        "Seasonal work in Lyon with housing included; documents were kept by the employer.";
    assertEquals(text, TextRedactor.redact(text, KEYS));
    assertTrue(TextRedactor.mask(null) == null);
  }
}

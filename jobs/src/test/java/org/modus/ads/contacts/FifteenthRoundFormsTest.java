package org.modus.ads.contacts;

import static org.modus.ads.contacts.DetectedForms.covered;
import static org.modus.ads.contacts.DetectedForms.staysText;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Forms that canary v14 (scored once whole at the end of session 21's first round, tuning material
 * since) found: a handle after a contact verb of chat ("hit me up on snap", "seguime en insta"), a
 * role's mailbox at a mail brand, a name after a mail brand and a spaced dash, a role's mailbox
 * "auf" a domain without an ending, a number's groups joined by a spaced plus after a trunk zero, a
 * payment name closed by an emoji. Values are made up here.
 */
class FifteenthRoundFormsTest {

  @Test
  @DisplayName("a plain name after a chat verb and a platform is a handle")
  void plainNameAfterAChatVerbAndAPlatform() {
    covered("GB", "Hit me up on snap marlenexhale or text me", "marlenexhale", Contact.HANDLE);
    covered("AR", "Seguime en insta rociopxvaldes", "rociopxvaldes", Contact.HANDLE);
    staysText("GB", "we post on insta weekly and on TikTok", "weekly");
  }

  @Test
  @DisplayName("a role's mailbox at a mail brand, and a name after the brand and a dash")
  void roleMailboxesAndDashedNamesAtAMailBrand() {
    covered("DE", "Mail an gmail jobs mit Kennziffer.", "jobs", Contact.EMAIL);
    covered("GB", "Email my gmail is careers quoting the reference.", "careers", Contact.EMAIL);
    covered("GB", "drop a line on outlook - marta31 with a short intro", "marta31", Contact.EMAIL);
    covered(
        "DE",
        "Bewerbung an jobs auf lager-sonnhalde oder per WhatsApp",
        "jobs auf lager-sonnhalde",
        Contact.EMAIL);
    staysText("DE", "Jobs auf der Messe, Infos per Mail", "Jobs auf der Messe");
  }

  @Test
  @DisplayName("a spaced plus between a number's groups after a trunk zero; a sum stays text")
  void spacedPlusAfterATrunkZero() {
    covered(
        "GB",
        "Number (no spaces, the site blocks it): 07700 + 900 917",
        "07700 + 900 917",
        Contact.PHONE);
    staysText("FR", "Loyer 690 + 120 + 150 de charges", "690 + 120 + 150");
  }

  @Test
  @DisplayName("a payment name in small letters closed by an emoji")
  void paymentNameClosedByAnEmoji() {
    covered("CA", "pourboire venmo me xjulienx 🙏 merci", "xjulienx", Contact.PAYMENT_HANDLE);
    staysText("US", "Venmo accepted 🙏 thanks", "accepted");
  }
}

package org.modus.ads.contacts;

import static org.modus.ads.contacts.DetectedForms.covered;
import static org.modus.ads.contacts.DetectedForms.staysText;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Forms that canary v15 (scored once whole at the end of session 21's second round, tuning material
 * since) found: a lower-case IBAN after a verb of transfer, a Mercado Pago alias after "Alias MP:",
 * a messenger id after "my ID is". Values are made up here.
 */
class SixteenthRoundFormsTest {

  @Test
  @DisplayName("a lower-case IBAN after a verb of transfer, its checksum failed or not")
  void lowerCaseIbanAfterATransferVerb() {
    covered(
        "ES",
        "[20:06] Dani: transfiere a es9121000418450200051332 [20:12] Dani: hola",
        "es9121000418450200051332",
        Contact.IBAN);
    covered(
        "ES",
        "[20:06] Dani: transfiere a es9121000418450200051333 [20:12] Dani: hola",
        "es9121000418450200051333",
        Contact.IBAN);
  }

  @Test
  @DisplayName("a Mercado Pago alias after 'Alias MP:'")
  void mercadoPagoAlias() {
    covered(
        "AR",
        "Pago: Alias MP: pino.sol.rio.42 🙏 Donaciones",
        "pino.sol.rio.42",
        Contact.PAYMENT_HANDLE);
  }

  @Test
  @DisplayName("a messenger id after 'my ID is'; 'my friend' stays text")
  void messengerIdAfterMyIdIs() {
    covered(
        "US",
        "Marcus: add me on WeChat, my ID is kevinlo2291 [9:00pm]",
        "kevinlo2291",
        Contact.HANDLE);
    staysText("GB", "add me on WeChat, my friend will answer", "my friend will");
  }

  @Test
  @DisplayName("a name given as the answer to a question about a platform is its handle")
  void handleGivenAsAnAnswer() {
    covered(
        "CH",
        "Kim: hey, hast du snap?\nich: ja lenakoch93\nKim: cool",
        "lenakoch93",
        Contact.HANDLE);
    covered("FR", "[14:15] Miriam : t'as mon snap ? xmiriamx23", "xmiriamx23", Contact.HANDLE);
    covered("DE", "Theo (18:16): wie ist dein snap? meiner ist Xevina", "Xevina", Contact.HANDLE);
    staysText("US", "Do you have Instagram? Yes absolutely", "absolutely");
    staysText("US", "Telegram?\nNope", "Nope");
  }

  @Test
  @DisplayName("a mail account's name after a mail cue and a colon, its provider unsaid")
  void mailAccountNameAfterACue() {
    covered(
        "GB", "Email applications only: nadia2001 Equipment deposit", "nadia2001", Contact.HANDLE);
    staysText("GB", "Email us: weekdays 9-5", "weekdays");
  }

  @Test
  @DisplayName("a cashtag with a space after its sign, after 'CA:' (canary v16, scored)")
  void spacedCashtagAfterCa() {
    covered("US", "Tips make me smile: CA: $ ninarose14.", "$ ninarose14", Contact.PAYMENT_HANDLE);
    staysText("US", "Sacramento, CA: $ 1,200 a month", "$ 1,200");
  }
}

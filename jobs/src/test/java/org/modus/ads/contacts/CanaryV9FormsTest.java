package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.modus.ads.contacts.DetectedForms.covered;
import static org.modus.ads.contacts.DetectedForms.covering;
import static org.modus.ads.contacts.DetectedForms.staysText;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Forms that the dev half of blind canary v9 found (eleventh round): a handle after "en tant que",
 * in brackets after a platform, after a list of platforms and words before a colon, after "sigue a"
 * with its dot spelled out, or after "line id" as a plain word; a payment account as a lone word
 * after an app's name and a colon or dash, or as a pound-sign cashtag; an address found inside a
 * longer "X at Y" phrase turned down; a phone after a reference number that a full stop ends.
 * Values are made up here; each form has its look-alikes that must stay text.
 */
class CanaryV9FormsTest {

  @Test
  @DisplayName("a handle-shaped name after a platform and 'en tant que' is a handle, a role stays")
  void handleAfterEnTantQue() {
    covered(
        "FR",
        "retrouvez-moi sur Instagram en tant que lou.vernet_8 pour les photos",
        "lou.vernet_8",
        Contact.HANDLE);
    covered("BE", "Je poste sur TikTok en tant que margaux__ete", "margaux__ete", Contact.HANDLE);
    staysText("FR", "retrouvez-moi sur TikTok en tant que coiffeuse à Lyon", "tant");
    staysText("FR", "suivez-moi sur TikTok en tant que coiffeuse à Lyon", "coiffeuse");
  }

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
  @DisplayName("a plain word after 'line id' is a LINE account")
  void plainWordAfterLineId() {
    covered("JP", "ajoutez-moi → line id mireyaq ce soir", "mireyaq", Contact.HANDLE);
    covered("US", "msg me on LINE ID kotaro tonight", "kotaro", Contact.HANDLE);
    staysText("US", "msg me on LINE ID kotaro tonight", "tonight");
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

  @Test
  @DisplayName("a handle-shaped name in brackets after a platform is a handle, a word stays")
  void handleInBracketsAfterPlatform() {
    covered("ES", "mándame la captura por Signal (dario.71) mañana", "dario.71", Contact.HANDLE);
    covered("US", "ping me on Telegram (kay_x_88)", "kay_x_88", Contact.HANDLE);
    staysText("GB", "Signal (recommended) or WhatsApp", "recommended");
    staysText("GB", "Telegram (24h) for bookings", "24h");
  }

  @Test
  @DisplayName("'sigue a' before a name with a spelled dot is a handle, directions stay")
  void handleAfterSigueAWithSpelledDot() {
    covered("ES", "Sorteo: sigue a carla punto mad para entrar", "carla punto mad", Contact.HANDLE);
    covered("US", "giveaway - follow dani_rz03 and share", "dani_rz03", Contact.HANDLE);
    staysText("ES", "Sigue a la derecha por la calle Mayor 12", "la derecha");
    staysText("US", "follow the signs to gate 4", "the signs");
  }

  @Test
  @DisplayName("platforms listed with commas, words and a colon lead a handle-shaped name")
  void handleAfterAListOfPlatformsAndAColon() {
    covered(
        "GB",
        "On Snapchat, Instagram and Kik, same username: maeve.dbl.x today",
        "maeve.dbl.x",
        Contact.HANDLE);
    staysText("GB", "Telegram, Signal, WhatsApp, any of these: fine by me", "fine");
  }

  // Forms of canary v8, whose test half is tuning material since this round.

  @Test
  @DisplayName("an app's link with its own scheme (tg://resolve?domain=...) is a link")
  void appSchemeLink() {
    covered(
        "FR",
        "Réservation : tg://resolve?domain=elodie_bx41 | Ouvert 10:00-20:00",
        "tg://resolve?domain=elodie_bx41",
        Contact.URL);
    staysText(
        "FR", "Réservation : tg://resolve?domain=elodie_bx41 | Ouvert 10:00-20:00", "10:00-20:00");
  }

  @Test
  @DisplayName("a cashtag with its dollar sign spelled out after Cash App is a payment handle")
  void cashtagWithSpelledDollarSign() {
    assertEquals(
        "$wrenmiro",
        covering("Deposit first: cashapp dollar sign wrenmiro", "wrenmiro", "US").normalized());
    staysText("US", "Cash App $20 dollar sign on the board", "dollar sign on the board");
  }

  @Test
  @DisplayName("'sgnl' before a handle-shaped name is Signal, a plain word after it stays")
  void sgnlBeforeAHandle() {
    covered("US", "I only reply on sgnl tovah.k92 after six", "tovah.k92", Contact.HANDLE);
    staysText("US", "the signal was lost, sgnl strength low", "strength");
  }

  @Test
  @DisplayName("an ENS name after 'ENS' is a wallet")
  void ensNameAfterEns() {
    covered("FR", "acompte · ENS quilla204.eth · merci", "quilla204.eth", Contact.WALLET);
    staysText("FR", "acompte · ENS quilla204.eth · merci", "merci");
  }

  @Test
  @DisplayName("an '@' in angle brackets makes an address, written obscured")
  void atInAngleBrackets() {
    Contact c =
        covering(
            "CV par mail yanis.korb77<@>gmail.com ou au bureau", "yanis.korb77<@>gmail.com", "FR");
    assertEquals("yanis.korb77@gmail.com", c.normalized());
    assertEquals(Contact.OBSCURED_EMAIL, c.placeholder());
    staysText("FR", "CV par mail yanis.korb77<@>gmail.com ou au bureau", "bureau");
  }

  @Test
  @DisplayName("KakaoTalk's Korean name (카톡) before a handle-shaped name is a handle label")
  void kakaoKoreanLabel() {
    covered(
        "FR", "✨ Je préfère 카톡 suji_park_208 ✨ Prévenir 1h avant", "suji_park_208", Contact.HANDLE);
    staysText("FR", "✨ Je préfère 카톡 suji_park_208 ✨ Prévenir 1h avant", "1h avant");
  }
}

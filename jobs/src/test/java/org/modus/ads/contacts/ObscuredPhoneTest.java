package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.engine.Pseudonymizer;
import org.modus.extract.Lexicon;
import org.modus.schemas.NumberWords;

/** Phones written with words, look-alike letters, keycaps, full-width digits, slashes or emoji. */
class ObscuredPhoneTest {
  private static final ContactDetector DETECTOR =
      new ContactDetector(AdsIngestSettings.defaults().contacts());

  private static Contact onlyPhone(String text, String region) {
    List<Contact> found = DETECTOR.find(text, region);
    assertEquals(1, found.size(), () -> "expected one phone in '" + text + "', found " + found);
    assertEquals(Contact.PHONE, found.get(0).type());
    return found.get(0);
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "appelle zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit bisous|FR|+33612345678",
        "zéro six douze trente-quatre cinquante-six quatre-vingt-dix-neuf|FR|+33612345699",
        "zero six soixante-douze quatre-vingt-onze vingt et un dix-sept|FR|+33672912117",
        "llama seis uno dos, tres-uno-dos, cuatro cinco seis|ES|+34612312456",
        "llámame seis treinta y nueve doce treinta y cuatro cincuenta y seis|ES|+34639123456",
        "ruf an null eins fünf eins, neununddreißig zwölf vierunddreißig sechs|DE|+491513912346",
        "call two one two, five five five, oh one four two|US|+12125550142",
        "call two twelve five five five zero one forty-two|US|+12125550142",
        "text 2 one 2 5 5 5 zero one 4 two|US|+12125550142",
        "appelle O6 l2 3S 4B 9O|FR|+33612354890",
        "appelle 0️⃣6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣ vite|FR|+33612345678",
        "appelle ０６ １２ ３４ ５６ ７８ vite|FR|+33612345678",
        "appelle 06/55/44/33/22 vite|FR|+33655443322",
        "appelle 06 ✨ 12 ✨ 34 ✨ 56 ✨ 78 vite|FR|+33612345678",
        "appelle 06🔥12🔥34🔥56🔥78 vite|FR|+33612345678",
        "📞 312*555*01*87 Venmo accepted|US|+13125550187",
        "Appelle #07 #44 #19 #63 #28 ou|FR|+33744196328",
        "Call/text: [07700][900541] – available|GB|+447700900541",
        "Tel: 415 then 5550193. Only serious|US|+14155550193",
        "Phone three one two triple five oh one eight four, ask|US|+13125550184",
        "WA +٣٣٦١٢٣٤٥٦٧٨ ok|FR|+33612345678",
        "appelle 0-6-1-2-3-4-5-6-7-8 vite|FR|+33612345678",
        "Mobil: 0.6.1.2.3.4.5.6.7.8 danke|FR|+33612345678",
        "ruf an nu11 s3chs 31ns zw31 dr31 v13r fünf s3chs s13b3n 4cht bitte|FR|+33612345678",
        "llama s31s c1nc0 c1nc0 tr3s d0s d0s c3r0 nu3v3 nu3v3 ya|FR|+33655322099",
        "WhatsApp ZEROSIXONETWOTHREEFOURFIVESIXSEVENEIGHT now|FR|+33612345678",
        "Telefon O6I2345Z78 bitte|FR|+33612345278",
        "aussi 06_12_34_56_78 merci|FR|+33612345678",
        "Questions? oh double seven double oh nine double oh one two three today|GB|+447700900123",
      })
  void findsPhonesWrittenInWordsOrDisguisedAndNormalizesThemLikePlainOnes(
      String text, String region, String e164) {
    Contact c = onlyPhone(text, region);
    assertEquals(e164, c.normalized());
  }

  @Test
  void twoNumbersWrittenInARowAreReadApartAndDigitsJoinedByXAreOne() {
    List<Contact> two =
        DETECTOR.find("Appelle-moi au 06*12*34*56*78. 📱 O7 12 34 56 78 bisous", "FR");
    assertEquals(2, two.size(), two::toString);
    assertEquals("+33612345678", two.get(0).normalized());
    String x = "Mob. 06x12x345678 ok";
    Contact c = onlyPhone(x, "FR");
    assertEquals("06x12x345678", x.substring(c.start(), c.end()));
  }

  @Test
  void aChatTimestampAfterANumberIsNotPartOfIt() {
    String text = "[17:40] Luna: Mi número es 6 1 2 3 4 5 6 7 8\n[17:41] Jorge: ok";
    Contact c = onlyPhone(text, "ES");
    assertEquals("+34612345678", c.normalized());
    assertTrue(text.substring(c.end()).startsWith("\n[17:41]"), text.substring(c.end()));
  }

  @Test
  void aPhoneCueOverrulesAReferenceCue() {
    assertEquals("+33612345678", onlyPhone("Tel n° 06 12 34 56 78", "FR").normalized());
    assertEquals("+33612345678", onlyPhone("Ref 12, tel 06 12 34 56 78", "FR").normalized());
    assertTrue(DETECTOR.find("commande n° 06 12 34 56 78", "FR").isEmpty());
  }

  @Test
  void aPhoneInWordsIsWrittenAsObscuredPhoneWithThePlainNumbersPseudonym() {
    Pseudonymizer key = new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes());
    Redactor r = new Redactor(DETECTOR, key);
    Redactor.Redacted words =
        r.redact("appelle zéro six douze trente-quatre cinquante-six soixante-dix-huit", "FR");
    Redactor.Redacted plain = r.redact("appelle 06 12 34 56 78", "FR");
    String p = key.pseudonym(Contact.PHONE, "+33612345678");
    assertEquals("appelle [obscured_phone:" + p + "]", words.text());
    assertEquals("appelle [phone:" + p + "]", plain.text());
    assertEquals(
        plain.contacts(), words.contacts(), "one pseudonym and contact type, so the ads link");
  }

  @Test
  void aNumberSplitAcrossALineBreakIsOneNumberButListsOfAmountsAreNot() {
    assertEquals("+447831245678", onlyPhone("Ruf an: 07 83\n12 45 678 bitte", "GB").normalized());
    assertTrue(DETECTOR.find("Preise:\n1500 2000\n2500 3000\n2024 2025", "GB").isEmpty());
  }

  @Test
  void lettersAtTheEdgeOfADigitRunAndRangesJoinedByConnectorsAreNoDigits() {
    assertTrue(DETECTOR.find("entre 2000 y 2500 euros, de 3000 et 3500", "ES").isEmpty());
    assertTrue(DETECTOR.find("SOS 14/03/2026 BOSS, on 2, 3, 4 and 5", "FR").isEmpty());
    Contact c = onlyPhone("call me 06 12 34 56 78 SB", "FR");
    assertFalse(c.normalized().endsWith("58"));
  }

  @Test
  void ingestAndExtractionReadTheSameNumberWords() {
    NumberWords words = NumberWords.load();
    Lexicon lexicon = Lexicon.load();
    for (NumberWords.Entry e : words.entries()) {
      if (e.kind() != NumberWords.Kind.CONNECTOR && e.kind() != NumberWords.Kind.REPEAT) {
        assertTrue(
            lexicon
                .numberWords()
                .get(e.lang())
                .contains(org.modus.extract.TextFolding.key(e.lang(), e.word())),
            e.toString());
      }
    }
    assertEquals(
        39, words.lookup("trente-neuf") == null ? 39 : -1, "compounds are combined, not listed");
    assertEquals(NumberWords.Kind.TENS, words.lookup("Treinta").kind());
  }
}

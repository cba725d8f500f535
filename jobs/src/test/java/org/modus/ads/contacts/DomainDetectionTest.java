package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.modus.ads.settings.AdsIngestSettings;

/**
 * Web addresses are identifiers with or without a scheme, with obfuscated dots, and with profile
 * paths.
 */
class DomainDetectionTest {
  private static final ContactDetector DETECTOR =
      new ContactDetector(AdsIngestSettings.defaults().contacts());

  private static Contact only(String text) {
    List<Contact> found = DETECTOR.find(text, "FR");
    assertEquals(1, found.size(), () -> "expected one contact in '" + text + "', found " + found);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "more on rosa-vip.fr tonight|url|rosa-vip.fr|rosa-vip.fr",
        "see https://rosa-vip.fr/book.|url|rosa-vip.fr/book|https://rosa-vip.fr/book",
        "photos: ROSA-VIP.COM|url|rosa-vip.com|ROSA-VIP.COM",
        "visit site dot com for details|url|site.com|site dot com",
        "visit rosa[.]com now|url|rosa.com|rosa[.]com",
        "Photos at https:\\/\\/rosa-vip.org\\/go\\/12 ok|url|rosa-vip.org/go/12|https:\\/\\/rosa-vip.org\\/go\\/12",
        "Fotos auf rosa-glam·com heute|url|rosa-glam.com|rosa-glam·com",
        "Photos sur rosa-mtl。com ce soir|url|rosa-mtl.com|rosa-mtl。com",
        "infos : rosacasa59,com merci|url|rosacasa59.com|rosacasa59,com",
        "Reserva en rоsadaily14.com.mx ya|url|rosadaily14.com.mx|rоsadaily14.com.mx",
        "Website carrd.co/#rosavip bye|url|carrd.co/#rosavip|carrd.co/#rosavip",
        "visit rosa(.)fr now|url|rosa.fr|rosa(.)fr",
        "visit rosa (dot) com now|url|rosa.com|rosa (dot) com",
        "visit mon-site point fr merci|url|mon-site.fr|mon-site point fr",
        "short link bit.ly/3xYz9Q ok|url|bit.ly/3xYz9Q|bit.ly/3xYz9Q",
        "join t.me/rosa_vip now|url|t.me/rosa_vip|t.me/rosa_vip",
        "whatsapp wa.me/33612345678 now|url|wa.me/33612345678|wa.me/33612345678",
        "all links linktr.ee/rosavip|url|linktr.ee/rosavip|linktr.ee/rosavip",
        "subscribe onlyfans.com/rosa_vip!|url|onlyfans.com/rosa_vip|onlyfans.com/rosa_vip",
        "deposit via paypal.me/RosaVip77 first|payment_handle|paypal.me/RosaVip77|paypal.me/RosaVip77",
        "deposit via https://paypal.me/RosaVip77 first|payment_handle|paypal.me/RosaVip77|https://paypal.me/RosaVip77",
        "book on rosa.blogspot.com today|url|rosa.blogspot.com|rosa.blogspot.com",
        "agence-emploi.co.uk recruits|url|agence-emploi.co.uk|agence-emploi.co.uk",
        "Check www . rosa-nails-ottawa . ca tonight|url|rosa-nails-ottawa.ca|www . rosa-nails-ottawa . ca",
        "Form: hxxps://flat-keys-secure.ca/apply now|url|flat-keys-secure.ca/apply|hxxps://flat-keys-secure.ca/apply",
        "Postulez sur hxxps://garde-pro-emploi[.]fr/postuler ou|url|garde-pro-emploi.fr/postuler|hxxps://garde-pro-emploi[.]fr/postuler",
        "buchen über lena-wellness-graz punkt co punkt uk heute|url|lena-wellness-graz.co.uk|lena-wellness-graz punkt co punkt uk",
      })
  void findsWebAddressesWithOrWithoutSchemeAndWithObfuscatedDots(
      String text, String type, String normalized, String written) {
    Contact c = only(text);
    assertEquals(type, c.type());
    assertEquals(normalized, c.normalized());
    assertEquals(written, text.substring(c.start(), c.end()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "find us on Telegram or Instagram",
        "we post on vivastreet.fr and leboncoin.fr every week",
        "e.g. cleaning, i.e. housework, etc. and so on",
        "price 1.500 euros, rating 3.5 stars, version 2.0",
        "great pay.Apply now, based in Paris.Contact the office",
        "see the attached CV.pdf and notes.md, photo.jpg or file.zip",
        "le point de vue est bon, este punto es importante",
        "opening 9 a.m. to 5 p.m., U.S. and U.K. citizens, Ph.D. holders",
        "meet at 10.30am, 3.5k followers",
        "col·legi, 3,5 kg, hola,como estas, precio,info tal, Paris,fr",
        "offres sur pap.fr, airbnb.com et reed.co.uk, see github.io for docs",
      })
  void leavesPlatformNamesAbbreviationsNumbersAndFilesAsText(String text) {
    assertTrue(DETECTOR.find(text, "FR").isEmpty(), () -> DETECTOR.find(text, "FR").toString());
  }
}

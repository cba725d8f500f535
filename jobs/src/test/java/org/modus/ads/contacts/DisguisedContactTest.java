package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.modus.ads.settings.AdsIngestSettings;

/**
 * Identifiers whose dots and at-signs are disguised, however the disguises combine; names that
 * stand with no cue before them; phones that a loose cue or a missing area code hid. Each form here
 * is one a blind canary author used (synthetic values); the benign side is what must stay text.
 */
class DisguisedContactTest {
  private static final ContactDetector DETECTOR =
      new ContactDetector(AdsIngestSettings.defaults().contacts());

  private static Contact only(String text, String region) {
    List<Contact> found = DETECTOR.find(text, region);
    assertEquals(
        1, found.size(), () -> "expected one identifier in '" + text + "', found " + found);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0} -> {2} {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // spaced at-sign and spaced dot together; read as an obscured e-mail
        "schreib mir an nmoreau17 @ proton . me bitte|DE|obscured_email|nmoreau17 @ proton . me",
        "Justificatif à invest.geneve @ proton . me avant 18h|FR|obscured_email|invest.geneve @ proton . me",
        // a dot in brackets, spelled in any language, in an address or an IP
        "tout est sur atelier-cire-douce[point]fr — le lien|FR|url|atelier-cire-douce[point]fr",
        "Aviso completo en rubiamodels66(punto)com ya|ES|url|rubiamodels66(punto)com",
        "server at 192.0.2[.]45 stopped|US|ip_address|192.0.2[.]45",
        // a dot-like symbol glued between two names
        "más info en glen-mistral⚫com o email|ES|url|glen-mistral⚫com",
        "Pics at orca-ribera68•ie · wallet|GB|url|orca-ribera68•ie",
        "Kontakt per Mail jonas77 bei gmx.de Termine|DE|obscured_email|jonas77 bei gmx.de",
        // a spaced dot before a top-level domain, a spelled dot after a name no sentence has
        "Check luciana-jobs . nz for more|NZ|url|luciana-jobs . nz",
        "Point GPS 50.51611, 4.23422. · lien: willowzenit . be · tron|BE|url|willowzenit . be",
        "Available tonight pearl-care dot club|US|url|pearl-care dot club",
        "Inscríbete en serviciosandinos punto co Reserva|CO|url|serviciosandinos punto co",
        // spelled dots and at-signs joined by underscores; a comma for a dot; a spelled slash
        "oder per Mail: vanessa-weber_at_outlook_dot_de.|DE|obscured_email|vanessa-weber_at_outlook_dot_de",
        "profile: t,me/camila.luxe ok|FR|url|t,me/camila.luxe",
        "usa PayPal.me barra noeliasoto91. Escríbenos|ES|payment_handle|PayPal.me barra noeliasoto91",
        // a local part, "en", a provider, then the sentence's full stop
        "Envía tu CV a itziar226 en icloud. Se valorará|ES|obscured_email|itziar226 en icloud",
        "Questions: hr on gmx or call|DE|obscured_email|hr on gmx",
        "yahoo : maelys-girard|FR|obscured_email|maelys-girard",
        "Kaution bitte auf NL79XDNHXXXXXX4790, der Vertrag|DE|iban|NL79XDNHXXXXXX4790",
        "pásame por Threema, mi ID es S9HG6UJY gracias|ES|social_handle|S9HG6UJY",
        // a wallet in two pieces split by a slash; a base58 address with a letter base58 leaves out
        "addr (2 parts): TK4z31mhNBXFGjNXq / 7iPCW2PHEtGjkHkg5 thx|GB|crypto_wallet|TK4z31mhNBXFGjNXq / 7iPCW2PHEtGjkHkg5",
        "Adresse: 0x18BE078246E01De564C / 8C996e45a44691dC15321 merci|FR|crypto_wallet|0x18BE078246E01De564C / 8C996e45a44691dC15321",
        "billetera Solana 3WpwNjmQNQgCCe5eRJWHCCYWjwhjyvWlxUBQUz6anTVq gracias|ES|crypto_wallet|3WpwNjmQNQgCCe5eRJWHCCYWjwhjyvWlxUBQUz6anTVq",
        // a whole number, the sentence's end, a bullet, then an amount
        "• Landlord: +447700900806. • 8,5 % off for early leases|GB|phone|+447700900806",
      })
  void disguisedAddressesAreFoundWhole(String text, String region, String type, String span) {
    Contact c = only(text, region);
    assertEquals(type, c.placeholder());
    assertEquals(span, text.substring(c.start(), c.end()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a name joined by dots or an underscore, with no cue before it
        "— et ton snap ? — jules.photo.lyon|jules.photo.lyon",
        "folgt mir auf TikTok, nails.noemie. Bitte nicht nach 21:30 anrufen|nails.noemie",
        "Backup : ambre.mtl on the weekend|ambre.mtl",
        "imo: la_jasmin_37 Located near the station|la_jasmin_37",
        "Snap en morceaux : puis _dlx75 Pas de RDV|_dlx75",
        // right after a platform's name, a word that closes the phrase
        "adresse ETH - snap aylinpro - INSTA|aylinpro",
        "or sc 👻 jazbeatz. tiktok|jazbeatz",
        "Follow us insta · kayla98x|kayla98x",
        "Schreib mir privat, SC la + .zoe.74 Krypto-Adresse|la + .zoe.74",
        "More on Snapchat lim + .mateo73|lim + .mateo73",
        "Staying near Main Street. my sc's dani1985 😘|dani1985",
        "asking for $150 upfront! 👻 kyleprice ❤️|kyleprice",
        "rendement garanti !! - 0F therealmaya 💕 voir insta|therealmaya",
        "send BTC here. OF: misskelsey94 snap|misskelsey94",
        "signalez-le ! OF : chloexmartin snap|chloexmartin",
        "retrouve-moi sur Insta ➜ chloe66vip 💕 lien|chloe66vip",
        "or snap (no spaces): realnina7300 No texts|realnina7300",
      })
  void namesStandingAloneAreHandles(String text, String handle) {
    List<Contact> found = DETECTOR.find(text, "FR");
    assertTrue(
        found.stream()
            .anyMatch(
                c ->
                    Contact.HANDLE.equals(c.type())
                        && text.substring(c.start(), c.end()).equals(handle)),
        () -> handle + " not found as a handle in '" + text + "': " + found);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "💕 n° 0472 49 31 54 Line;BE;0472 49 31 54",
        "/ n° 07 39 97 65 81 / rejoignez;FR;07 39 97 65 81",
        "text 555-0168 | Ruby 22 | Tampa;US;555-0168",
        "Signal only, txt (0496) (687) (781);BE;(0496) (687) (781)",
        "Llamar al +52 1 55 0945 4364, horario de 22:00 a 2:00;MX;+52 1 55 0945 4364",
        "Llamar al 0034711445162, horario L a D;ES;0034711445162",
        "mi número es seiscientos setenta y seis, doscientos cincuenta y tres, seiscientos dieciséis;ES;seiscientos setenta y seis, doscientos cincuenta y tres, seiscientos dieciséis",
        "WhatsApp seiscientos noventa y ocho, cero setenta y nueve, cuatrocientos trece (solo;ES;seiscientos noventa y ocho, cero setenta y nueve, cuatrocientos trece",
      })
  void phonesALooseCueOrAMissingAreaCodeHid(String text, String region, String phone) {
    Contact c = only(text, region);
    assertTrue(c.type().equals(Contact.PHONE), c::toString);
    assertEquals(phone, text.substring(c.start(), c.end()));
  }

  @org.junit.jupiter.api.Test
  void aNumberInWordsThenTheSameInDigitsOnTheNextLineAreTwoPhones() {
    String text = "Call or text: 514 five five five 5558\n5145555558\n100% real";
    List<Contact> found = DETECTOR.find(text, "CA");
    assertEquals(2, found.size(), found::toString);
    assertEquals(
        "514 five five five 5558", text.substring(found.get(0).start(), found.get(0).end()));
    assertEquals(found.get(0).normalized(), found.get(1).normalized());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Envoyez cv.pdf et photo.jpeg, IMG_7781.jpg ou foto_dni.jpg",
        "voir p.ex. le site, version v2.3.1 ou 1.20.4, e.g. z.B. approx.20",
        "Ste.Catherine, end.Next sentence, col·legi de Barcelona",
        "el punto de venta; nos vemos en el punto de encuentro a las 8 en punto",
        "au point de rencontre, un point important, at this point to be fair",
        "commande n° 6057-3479, n° de lot 01.14.21.64.17, dossier n° 0123 456 789",
        "find us on Telegram only, sur Insta uniquement, snap story.",
        "write me on gmail, contact us on gmail, more info on yahoo",
        "de 9h à 18h . de lundi à vendredi, 2 + 2 = 4, prix 1 + .5 %",
        "Kennziffer 2026-998, listing #7676348514, Objekt-Nr. 81-917-04, call (212) 555",
        "Signal (mon numéro perso) pas de Threema, ID card required",
        "gov.uk and vivastreet.fr are public sites, www . is down, the only fans . com homepage",
        "ad_id (column 'id'): boolean where an id was expected; posted_at; snake_case",
        "nora auf Insta folgen, sur snap bisous, a snap decision, line id missing",
        "call 9:00-17:00, open 24/7, 1.500 € net",
        // a date and its time; a date range; an amount after its sign; a code with letters first
        "Posted 2026-05-18T11:15. Apply today",
        "Zwischenmiete 26. Januar 2024 – 2024-12-13",
        "Donation $90/$110/$290 (30/60/120). Near Line 9",
        "Licencia turística ESFCTU000044991978. Dirección",
        "Termin bei Dr. Meier, bei 20 Grad; think of: the children, one of: them",
      })
  void benignLookAlikesStayText(String text) {
    assertEquals(List.of(), DETECTOR.find(text, "FR"), text);
  }
}

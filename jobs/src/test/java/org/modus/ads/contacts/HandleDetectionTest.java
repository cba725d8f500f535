package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.engine.Pseudonymizer;

/** Handles written without "@" after a platform name or a contact verb, in en/fr/es/de. */
class HandleDetectionTest {
  private static final ContactDetector DETECTOR =
      new ContactDetector(AdsIngestSettings.defaults().contacts());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "add me on snap rosa_77|rosa_77",
        "IG rosa.vip|rosa.vip",
        "insta - rosa.vip|rosa.vip",
        "SNAPCHAT - lilou_94|lilou_94",
        "mon snap c'est lilou_94 bisous|lilou_94",
        "mon snap c’est lilou_94 bisous|lilou_94",
        "agrégame al tg morena.22|morena.22",
        "kik me jess_k|jess_k",
        "tg @name_x|name_x",
        "wechat: lily8899|lily8899",
        "LINE ID: sweetlily|sweetlily",
        "snap is rosa_77 ok|rosa_77",
        "add me rosa_77 for pics|rosa_77",
        "folge mir auf insta anna.berlin|anna.berlin",
        "telegram → rosavip|rosavip",
        "Telegram: RosaVip|rosavip",
        "écris-moi 👻 mila07 bisous|mila07",
        "Kontakt 👻: lena__sweet. Danke|lena__sweet",
        "pics on 📸 nora.vip daily|nora.vip",
        "Contact tg @ quick_cash_es ou ICQ|quick_cash_es",
        "kik ~ dana_k22 anytime|dana_k22",
        "Add kakao id kimmy_301 today|kimmy_301",
        "LINE : sunny_lee77 ( fast reply )|sunny_lee77",
        "联系 微信号 : mei_6621xa , thanks|mei_6621xa",
        "Contactez-nous sur 微信 wanglu_7788|wanglu_7788",
        "Kontakt: DC: max__art#7715. Visum|max__art#7715",
        "y en discord soy Pollito#2290. tengo|pollito#2290",
        "Folgt mir u/lina_93 Küsschen|u/lina_93",
        "my insta is nora dot belle dot vip for more|nora.belle.vip",
        "snap me lunarosa for pics|lunarosa",
        "mein TikTok ist n o r a . v i p danke|nora.vip",
        "telegram ➡️ perla_fina24 ok|perla_fina24",
        "mon pseudo Steam kiko_du_31 merci|kiko_du_31",
        "snap \"nina_sol58\" discreet|nina_sol58",
        "snap « mlle_rose_x » bisous|mlle_rose_x",
        "nora.lux auf Insta folgen|nora.lux",
        "perla_22 (insta) only|perla_22",
        "jojo_blue84 sur snap bisous|jojo_blue84",
        "search velvetnova on tiktok now|velvetnova",
        "insta al revés: 33anul ya|33anul",
        "Insta rückwärts: ed.aretla bis bald|ed.aretla",
        "VX mei_lin_88 today|mei_lin_88",
        "agrégame al tg rosa guion bajo mx77 ya|rosa_mx77",
        "Skype live:.cid.1a2b3c4d5e6f7a8b please|live:.cid.1a2b3c4d5e6f7a8b",
        "Reach me on Skype live:rosa.art now|live:rosa.art",
        "Add Session ID : 05aa11bb22cc33dd44ee55ff66007711882299aa3b4c5d6e7f8091a2b3c4d5e6f7 for pics|05aa11bb22cc33dd44ee55ff66007711882299aa3b4c5d6e7f8091a2b3c4d5e6f7",
      })
  void findsTheHandleAfterAPlatformNameOrContactVerb(String text, String handle) {
    List<Contact> found = DETECTOR.find(text, null);
    assertEquals(1, found.size(), () -> text + " -> " + found);
    assertEquals(Contact.HANDLE, found.get(0).type());
    assertEquals(handle, found.get(0).normalized());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "find us on Instagram for news",
        "on Telegram, Snapchat and TikTok every day",
        "add me on snap for more",
        "IG stories and insta reels daily",
        "a snap decision, line id missing",
        "Add 2 eggs and 3 cups of flour",
        "kik me anytime",
        "snap me back later",
        "find me on Instagram",
        "search me on tiktok",
        "available 24h on snap",
        "open 24/7 on whatsapp",
        "see my pics on insta",
        "follow me on Instagram for news",
        "Live: tonight at 9 on Twitch",
        "the 2.0 update on telegram",
      })
  void platformNamesAloneStayText(String text) {
    assertTrue(DETECTOR.find(text, null).isEmpty(), () -> DETECTOR.find(text, null).toString());
  }

  @Test
  void aHandleRightAfterAPhoneIsStillAHandle() {
    // Two fields of a scraped page run together: "<span>07700 900123</span><a>@nina_x22</a>".
    List<Contact> found = DETECTOR.find("07700 900123@nina_x22", "GB");
    assertEquals(
        List.of(Contact.PHONE, Contact.HANDLE),
        found.stream().map(Contact::type).toList(),
        found::toString);
    assertEquals("nina_x22", found.get(1).normalized());
    assertTrue(
        DETECTOR.find("rosa@example.org", null).stream()
            .allMatch(c -> c.type().equals(Contact.EMAIL)));
  }

  @Test
  void aHandleInATitleIsRedactedLikeInTheText() {
    Redactor r =
        new Redactor(DETECTOR, new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes()));
    Redactor.Redacted t = r.redact("Nouvelle en ville - SNAP lilou_94", "FR");
    assertFalse(t.text().contains("lilou"), t.text());
    assertTrue(t.text().startsWith("Nouvelle en ville - SNAP [social_handle:"), t.text());
  }
}

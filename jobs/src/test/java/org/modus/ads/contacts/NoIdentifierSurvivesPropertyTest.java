package org.modus.ads.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.engine.Pseudonymizer;

/**
 * Property: whatever the surroundings, no planted identifier of any kind survives redaction. Each
 * case plants one generated identifier (seeded, so a failure replays) between random filler words
 * and separators; the fillers hold no digit and no name the generators use, so any digit or planted
 * name left once the placeholders are removed is a leak.
 */
class NoIdentifierSurvivesPropertyTest {
  private static final Redactor REDACTOR =
      new Redactor(
          new ContactDetector(AdsIngestSettings.defaults().contacts()),
          new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes()));
  private static final String[] FILLERS = {
    "hello",
    "sweet",
    "new",
    "in",
    "town",
    "real",
    "photos",
    "call",
    "now",
    "tonight",
    "bisous",
    "nouvelle",
    "ville",
    "disponible",
    "hola",
    "cariño",
    "llámame",
    "discreet",
    "available",
    "heute",
    "schnell",
    "merci",
    "contact",
    "dispo",
    "kiss",
    "xoxo",
    "😘",
    "🔥",
    "✨",
    "!!",
    "...",
    "-",
    "|",
    "*"
  };
  private static final String[] SEPARATORS = {
    " ", "\n", ": ", " (", ") ", ", ", " - ", "... ", " 👉 ", "\t", " => ", " / "
  };
  private static final String[] FR_UNITS = {
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf"
  };
  private static final String[] FR_TENS = {
    "", "", "vingt", "trente", "quarante", "cinquante", "soixante"
  };
  private static final String[] EN = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
  };
  private static final String[] ES = {
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"
  };

  /** A planted identifier as written, and the strings whose presence after redaction is a leak. */
  record Planted(String kind, String written, List<String> telltales) {}

  @Test
  void noPlantedIdentifierOfAnyKindSurvivesInAnySurroundings() {
    // -Dmodus.property.seed=N replays another sequence; the default is fixed so that CI is
    // deterministic.
    Random rnd = new Random(Long.getLong("modus.property.seed", 20240917L));
    List<Function<Random, Planted>> kinds =
        List.of(
            NoIdentifierSurvivesPropertyTest::plainPhone,
                NoIdentifierSurvivesPropertyTest::wordPhone,
            NoIdentifierSurvivesPropertyTest::disguisedPhone,
                NoIdentifierSurvivesPropertyTest::email,
            NoIdentifierSurvivesPropertyTest::url, NoIdentifierSurvivesPropertyTest::handle,
            NoIdentifierSurvivesPropertyTest::wallet, NoIdentifierSurvivesPropertyTest::iban,
            NoIdentifierSurvivesPropertyTest::ip, NoIdentifierSurvivesPropertyTest::payment);
    List<String> leaks = new ArrayList<>();
    int cases = 3000;
    for (int i = 0; i < cases; i++) {
      Planted p = kinds.get(i % kinds.size()).apply(rnd);
      String text =
          surroundings(rnd)
              + SEPARATORS[rnd.nextInt(SEPARATORS.length)]
              + p.written()
              + SEPARATORS[rnd.nextInt(SEPARATORS.length)]
              + surroundings(rnd);
      String out = Redactor.PLACEHOLDER.matcher(REDACTOR.redact(text, "FR").text()).replaceAll("");
      String lower = out.toLowerCase(Locale.ROOT);
      for (String t : p.telltales()) {
        if (lower.contains(t.toLowerCase(Locale.ROOT))) {
          leaks.add(
              p.kind()
                  + ": '"
                  + t
                  + "' survives in: "
                  + text.replace('\n', ' ')
                  + "  ->  "
                  + out.replace('\n', ' '));
          break;
        }
      }
    }
    assertEquals(
        List.of(),
        leaks,
        () ->
            leaks.size()
                + " leaks of "
                + cases
                + ", e.g.\n"
                + String.join("\n", leaks.subList(0, Math.min(20, leaks.size()))));
  }

  private static String surroundings(Random rnd) {
    StringBuilder s = new StringBuilder();
    int n = rnd.nextInt(6);
    for (int i = 0; i < n; i++) {
      s.append(i > 0 ? " " : "").append(FILLERS[rnd.nextInt(FILLERS.length)]);
    }
    return s.toString();
  }

  private static String name(Random rnd) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      s.append((char) ('a' + rnd.nextInt(26)));
    }
    return s.toString();
  }

  private static String digits(Random rnd, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(rnd.nextInt(10));
    }
    return s.toString();
  }

  /** Digits of a French mobile (06 or 07 and eight more). */
  private static String frMobile(Random rnd) {
    return "0" + (6 + rnd.nextInt(2)) + digits(rnd, 8);
  }

  private static Planted plainPhone(Random rnd) {
    String d = frMobile(rnd);
    String pairs = d.replaceAll("(\\d\\d)(?=\\d)", "$1 ");
    String[] forms = {
      pairs,
      pairs.replace(' ', '.'),
      pairs.replace(' ', '-'),
      d,
      "+33 " + d.charAt(1) + " " + pairs.substring(3),
      "+33" + d.substring(1),
      "(212) 555-01" + digits(rnd, 2),
      "07700 900" + digits(rnd, 3),
      "+44 7700 900" + digits(rnd, 3)
    };
    return new Planted(
        "plain phone",
        forms[rnd.nextInt(forms.length)],
        List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
  }

  /**
   * A pair of digits as a French speaker reads it: "06" is "zéro six", "72" is "soixante-douze".
   */
  private static String frPair(int n) {
    if (n < 10) {
      return FR_UNITS[0] + " " + FR_UNITS[n];
    }
    if (n < 20) {
      return FR_UNITS[n];
    }
    if (n < 70) {
      int u = n % 10;
      return FR_TENS[n / 10] + (u == 0 ? "" : u == 1 ? " et un" : "-" + FR_UNITS[u]);
    }
    if (n < 80) {
      return "soixante" + (n == 71 ? " et onze" : "-" + FR_UNITS[n - 60]);
    }
    return "quatre-vingt" + (n == 80 ? "s" : "-" + FR_UNITS[n - 80]);
  }

  private static Planted wordPhone(Random rnd) {
    String d = frMobile(rnd);
    StringBuilder w = new StringBuilder();
    int style = rnd.nextInt(4);
    if (style == 0) {
      w.append(FR_UNITS[0]).append(' ').append(FR_UNITS[d.charAt(1) - '0']);
      for (int i = 2; i < 10; i += 2) {
        w.append(rnd.nextBoolean() ? ", " : " ")
            .append(frPair(Integer.parseInt(d.substring(i, i + 2))));
      }
    } else {
      String[] words = style == 1 ? EN : ES;
      for (int i = 0; i < d.length(); i++) {
        String one =
            style == 3 && rnd.nextInt(3) == 0
                ? String.valueOf(d.charAt(i))
                : words[d.charAt(i) - '0'];
        w.append(i == 0 ? "" : rnd.nextBoolean() ? " " : "-").append(one);
      }
    }
    return new Planted(
        "phone in words",
        w.toString(),
        List.of(w.toString(), "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
  }

  private static Planted disguisedPhone(Random rnd) {
    String d = frMobile(rnd);
    StringBuilder w = new StringBuilder();
    int style = rnd.nextInt(4);
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      switch (style) {
        case 0 -> w.append(c).append("\uFE0F\u20E3");
        case 1 -> w.append((char) ('\uFF10' + (c - '0'))).append(i % 2 == 1 ? " " : "");
        case 2 -> w.append(c).append(i % 2 == 1 && i < 9 ? "/" : "");
        default -> w.append(c).append(i % 2 == 1 && i < 9 ? " 🔥 " : "");
      }
    }
    return new Planted(
        "disguised phone",
        w.toString().strip(),
        List.of(
            "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "\uFF10", "\uFF11", "\uFF12",
            "\uFF13", "\uFF14", "\uFF15", "\uFF16", "\uFF17", "\uFF18", "\uFF19"));
  }

  private static Planted email(Random rnd) {
    String n = name(rnd);
    String[] forms = {
      n + "@example.org",
      n + ".vip@example.com",
      n + " [at] example [dot] com",
      n + " (at) example.fr",
      n.toUpperCase(Locale.ROOT) + "@EXAMPLE.ORG"
    };
    return new Planted("email", forms[rnd.nextInt(forms.length)], List.of(n));
  }

  private static Planted url(Random rnd) {
    String n = name(rnd);
    String[] forms = {
      "https://" + n + ".example.com/book",
      "www." + n + ".fr",
      n + "-vip.fr",
      n + "[.]com",
      n + "(.)fr",
      n + " (dot) com",
      n + " dot com",
      "t.me/" + n,
      "linktr.ee/" + n,
      "onlyfans.com/" + n,
      "bit.ly/" + n + "Q",
      "paypal.me/" + n
    };
    return new Planted("url", forms[rnd.nextInt(forms.length)], List.of(n));
  }

  private static Planted handle(Random rnd) {
    String n = name(rnd);
    String[] forms = {
      "@" + n,
      "snap: " + n,
      "IG " + n + ".vip",
      "SNAPCHAT - " + n + "_94",
      "kik me " + n + "_k",
      "telegram " + n + "77",
      "mon snap c'est " + n + "_94",
      "agrégame al tg " + n + ".22",
      "wechat: " + n,
      "insta - " + n + ".vip",
      "add me on snap " + n + "_77"
    };
    return new Planted("handle", forms[rnd.nextInt(forms.length)], List.of(n));
  }

  private static byte[] bytes(Random rnd, int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }

  private static Planted wallet(Random rnd) {
    String w =
        switch (rnd.nextInt(9)) {
          case 0 -> CryptoWallets.base58Check(0, bytes(rnd, 20));
          case 1 -> CryptoWallets.bech32SegwitV0(bytes(rnd, 20));
          case 2 -> CryptoWallets.ethereum(bytes(rnd, 20));
          case 3 -> CryptoWallets.base58Check(0x41, bytes(rnd, 20));
          case 4 -> CryptoWallets.base58Check(0x30, bytes(rnd, 20));
          case 5 -> CryptoWallets.base58Check(0x1e, bytes(rnd, 20));
          case 6 -> CryptoWallets.xrp(bytes(rnd, 20));
          case 7 -> CryptoWallets.monero(bytes(rnd, 64));
          default -> CryptoWallets.bech32SegwitV0("ltc", bytes(rnd, 20));
        };
    if (rnd.nextBoolean()) {
      // A typo'd or altered address, announced as a wallet.
      int i = 5 + rnd.nextInt(10);
      char c = w.charAt(i);
      w = "USDT TRC20: " + w.substring(0, i) + (c == 'a' ? 'c' : 'a') + w.substring(i + 1);
      return new Planted("wallet in context", w, List.of(w.substring(12, 24)));
    }
    return new Planted("wallet", w, List.of(w.substring(0, 12)));
  }

  private static Planted iban(Random rnd) {
    String bban = digits(rnd, 23);
    String numeric = bban + "1527" + "00"; // F=15, R=27
    int check = 98 - new BigInteger(numeric).mod(BigInteger.valueOf(97)).intValue();
    String iban = "FR" + String.format("%02d", check) + bban;
    String spaced = iban.replaceAll("(.{4})(?=.)", "$1 ");
    String[] forms = {
      iban, spaced, "IBAN " + spaced.substring(0, 10) + "**** **** " + spaced.substring(20)
    };
    return new Planted(
        "iban",
        forms[rnd.nextInt(forms.length)],
        List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
  }

  private static Planted ip(Random rnd) {
    String v4 =
        (1 + rnd.nextInt(223))
            + "."
            + rnd.nextInt(256)
            + "."
            + rnd.nextInt(256)
            + "."
            + rnd.nextInt(256);
    String v6 =
        "2001:db8:"
            + Integer.toHexString(rnd.nextInt(65536))
            + "::"
            + Integer.toHexString(1 + rnd.nextInt(65535));
    return rnd.nextBoolean()
        ? new Planted("ipv4", v4, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"))
        : new Planted("ipv6", v6, List.of("2001", "db8"));
  }

  private static Planted payment(Random rnd) {
    String n = name(rnd);
    String[] forms = {
      "$" + n + "77",
      "$" + Character.toUpperCase(n.charAt(0)) + n.substring(1) + "Vip",
      "venmo @" + n + "-77",
      "zelle: " + n + "_pay",
      "cash app " + n + "_77"
    };
    return new Planted("payment handle", forms[rnd.nextInt(forms.length)], List.of(n));
  }
}

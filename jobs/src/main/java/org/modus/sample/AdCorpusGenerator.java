package org.modus.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.modus.ads.contacts.CryptoWallets;
import org.modus.engine.SourceConfig;

/**
 * Writes the synthetic ad corpus: {@code ads/jobboard.csv} (EMSCAD-like columns, {@code ;}
 * delimiter, multi-line descriptions) and {@code ads/classifieds.jsonl} (other names), over 12
 * quarters 2022-Q1..2024-Q4 and eight countries, with planted trends (see {@link #PLANTED}).
 * Deterministic for a seed. All contacts are fictional (US 555-01xx, UK 07700 900xxx, France 01 99
 * 00 xx xx, example.org mail, invented handles, wallets with valid checksums made from the seed);
 * ads are non-explicit. A small share of rows is deliberately broken so the quarantine has
 * something to show, and a few ads are posted twice (exact duplicates).
 */
public final class AdCorpusGenerator {
  static final String[] COUNTRIES = {"FRA", "ESP", "BEL", "GBR", "USA", "CAN", "MEX", "COL"};
  static final String[] CODES = {"FR", "ES", "BE", "GB", "US", "CA", "MX", "CO"};
  static final int QUARTERS = 12;
  static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
  static final double CRYPTO_BASE = 0.03;
  static final double CRYPTO_END = 0.40;
  static final double VIVASTREET_START = 0.20;
  static final double VIVASTREET_END = 0.02;
  static final double ABROAD_BASE = 0.04;
  static final double ABROAD_LAST = 0.20;

  /** Share of the classified ads that sell an item (no service, no platform of their own). */
  static final double BENIGN_SHARE = 0.2;

  static final double TRAVEL_SHARE = 0.04;

  /**
   * Share of the ads not asking for cryptocurrency that name one of {@link #OTHER_PAYMENTS},
   * evenly.
   */
  static final double OTHER_PAYMENT_SHARE = 0.06;

  static final List<String> OTHER_PAYMENTS =
      List.of(
          "payment_method/cash",
          "payment_method/bank_transfer",
          "payment_method/mobile_payment_app");

  /**
   * Share of the ads that name one of three other platforms, evenly (see {@link #otherPlatforms}).
   */
  static final double OTHER_PLATFORM_SHARE = 0.05;

  /**
   * Kinds of contact {@link Corpus#contact} draws from, evenly; one is a WhatsApp number, one a
   * Snapchat handle.
   */
  static final int CONTACT_KINDS = 6;

  /**
   * Countries whose ads are all in Spanish (Belgium and Canada draw their language, never Spanish).
   */
  static final Set<String> SPANISH = Set.of("ESP", "MEX", "COL");

  static final double BROKEN_SHARE = 0.012;
  static final double REPOST_SHARE = 0.015;
  static final long NOISE_SEED = 0x7E57_DA7AL;
  static final long EVALUATION_SEED = 7919;

  /**
   * Enough ads that the rarer tracked categories reach the correction's minimum of labelled cases.
   */
  static final int EVALUATION_MIN_ADS = 2000;

  static final List<PlantedTrend> PLANTED =
      List.of(
          new PlantedTrend(
              "payment_method",
              "cryptocurrency",
              "country",
              "FRA",
              "increasing",
              "Share of ads in France asking for payment in cryptocurrency rises from about 3% to 40%."),
          new PlantedTrend(
              "payment_method",
              "cryptocurrency",
              "country",
              "ESP",
              "increasing",
              "Share of ads in Spain asking for payment in cryptocurrency rises from about 3% to 40%."),
          new PlantedTrend(
              "platform",
              "vivastreet",
              "all",
              "all",
              "decreasing",
              "Vivastreet fades: mentioned by about 20% of classified ads in 2022-Q1, 2% in 2024-Q4."),
          new PlantedTrend(
              "deceptive_recruitment",
              "job_abroad",
              "region",
              "Americas",
              "emerging",
              "Offers of work abroad surge in the Americas in 2024-Q4 (five times the earlier share)."));

  /**
   * The probability with which the generator gives an ad of this source ({@code job}: the job
   * board), country and quarter each tracked category it can contain, before it draws: the expected
   * true share of ads like it, which is what a share estimated from sampled ads estimates. The
   * realized truth ({@link Ad#truth}) of a set of ads scatters binomially around the mean of these
   * probabilities. Whether a classified ad sells an item ({@link #BENIGN_SHARE}) is part of the
   * draw, not of the condition: it is what the ad says, not where it comes from. Each term mirrors
   * one draw of {@link Corpus#ad} (and {@link Corpus#contact}, whose reused contacts are earlier
   * draws of the same kinds, so the marginal probability is unchanged); {@code ExpectedTruthTest}
   * checks them against generated corpora.
   */
  static Map<String, Double> expectedTruth(boolean job, String country, int quarter) {
    Map<String, Double> p = new java.util.TreeMap<>();
    p.put("deceptive_recruitment/job_abroad", Corpus.abroadShare(country, quarter));
    p.put("deceptive_recruitment/travel_arranged", TRAVEL_SHARE);
    double crypto = Corpus.cryptoShare(country, quarter);
    p.put("payment_method/cryptocurrency", crypto);
    for (String other : OTHER_PAYMENTS) {
      p.put(other, (1 - crypto) * OTHER_PAYMENT_SHARE / OTHER_PAYMENTS.size());
    }
    if (!job) {
      p.put("platform/vivastreet", (1 - BENIGN_SHARE) * Corpus.vivastreetShare(quarter));
    }
    List<String> platforms = otherPlatforms(SPANISH.contains(country));
    for (String platform : platforms) {
      p.put(platform, OTHER_PLATFORM_SHARE / platforms.size());
    }
    p.put("platform/whatsapp", 1.0 / CONTACT_KINDS);
    p.put("platform/snapchat", 1.0 / CONTACT_KINDS);
    return p;
  }

  static List<String> otherPlatforms(boolean spanish) {
    return List.of(
        "platform/telegram",
        "platform/instagram",
        spanish ? "platform/milanuncios" : "platform/leboncoin");
  }

  /** Quarter index (0 = 2022-Q1) of a date the generator drew. */
  static int quarterOf(LocalDate posted) {
    return (int)
        (java.time.temporal.ChronoUnit.MONTHS.between(FIRST_DAY, posted.withDayOfMonth(1)) / 3);
  }

  private AdCorpusGenerator() {}

  public static SampleSources write(Path dir, int ads, long seed) {
    try {
      Path folder = dir.resolve("ads");
      Files.createDirectories(folder);
      Corpus corpus = new Corpus(new Random(seed), new Random(seed ^ NOISE_SEED), "");
      List<Ad> all = corpus.generate(ads);
      writeJobBoard(folder.resolve("jobboard.csv"), all);
      writeClassifieds(folder.resolve("classifieds.jsonl"), all);
      // Drawn from the same model with other seeds and ids (prefix E), so disjoint from the corpus
      // but with the same rates of misses and look-alikes: what the extractor's Se and Sp are
      // measured on.
      List<Ad> evaluation =
          new Corpus(
                  new Random(seed + EVALUATION_SEED),
                  new Random((seed + EVALUATION_SEED) ^ NOISE_SEED),
                  "E")
              .generate(Math.max(EVALUATION_MIN_ADS, ads / 3)).stream()
                  .filter(a -> a.broken() == null && !a.id().endsWith("R"))
                  .toList();
      TruthFiles.write(dir, all, evaluation);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the sample ad corpus to " + dir, e);
    }
    Map<String, String> jobMap = new LinkedHashMap<>();
    jobMap.put("ad_id", "job_id");
    jobMap.put("text", "description");
    jobMap.put("title", "title");
    jobMap.put("country", "location");
    jobMap.put("posted_at", "date_posted");
    jobMap.put("category", "function");
    Map<String, String> clsMap = new LinkedHashMap<>();
    clsMap.put("ad_id", "id");
    clsMap.put("text", "body");
    clsMap.put("title", "headline");
    clsMap.put("country", "loc");
    clsMap.put("city", "town");
    clsMap.put("posted_at", "published");
    clsMap.put("site", "board");
    clsMap.put("category", "section");
    return new SampleSources(
        List.of(
            new SourceConfig(
                "jobboard",
                "ads/jobboard.csv",
                "csv",
                ";",
                null,
                jobMap,
                null,
                Map.of("date_format", "dd/MM/yyyy", "site", "jobs.example.com")),
            new SourceConfig(
                "classifieds",
                "ads/classifieds.jsonl",
                "jsonl",
                null,
                null,
                clsMap,
                null,
                Map.of())),
        PLANTED);
  }

  /** One generated ad; {@code broken} names how the row is damaged on purpose (null: it is not). */
  record Ad(
      String id,
      boolean job,
      String country,
      String language,
      String city,
      String location,
      LocalDate posted,
      String title,
      String text,
      String section,
      String board,
      String broken,
      Set<String> truth) {}

  private static void writeJobBoard(Path file, List<Ad> all) throws IOException {
    String[] header = {
      "job_id",
      "title",
      "location",
      "department",
      "salary_range",
      "company_profile",
      "description",
      "requirements",
      "benefits",
      "telecommuting",
      "has_company_logo",
      "has_questions",
      "employment_type",
      "required_experience",
      "required_education",
      "industry",
      "function",
      "fraudulent",
      "date_posted"
    };
    DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
      csv.printRecord((Object[]) header);
      for (Ad a : all) {
        if (!a.job()) {
          continue;
        }
        if ("malformed_row".equals(a.broken())) {
          csv.flush();
          w.write(a.id() + ";" + a.title() + ";" + a.location() + "\r\n"); // too few fields
          continue;
        }
        String date = "bad_date".equals(a.broken()) ? "31/02/2023" : a.posted().format(dmy);
        String text = "missing_text".equals(a.broken()) ? "" : a.text();
        csv.printRecord(
            a.id(),
            a.title(),
            a.location(),
            "Operations",
            "",
            "A growing company.",
            text,
            "Motivation.",
            "",
            "0",
            "1",
            "0",
            "Full-time",
            "Entry level",
            "",
            "Services",
            a.section(),
            "0",
            date);
      }
    }
  }

  private static void writeClassifieds(Path file, List<Ad> all) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Ad a : all) {
        if (a.job()) {
          continue;
        }
        ObjectNode o = json.createObjectNode();
        o.put("id", a.id());
        o.put("headline", a.title());
        if (!"missing_text".equals(a.broken())) {
          o.put("body", a.text());
        }
        o.put("loc", a.location());
        if (a.city() != null) {
          o.put("town", a.city());
        }
        o.put(
            "published",
            "bad_date".equals(a.broken()) ? "sometime last week" : a.posted() + "T10:00:00Z");
        o.put("board", a.board());
        o.put("section", a.section());
        String line = json.writeValueAsString(o);
        if ("malformed_row".equals(a.broken())) {
          line =
              line.substring(
                  0, line.length() / 2); // cut off mid-record, as a crashed scraper leaves it
        }
        w.write(line);
        w.write('\n');
      }
    }
  }

  /** The content model: who posts what, where and when. */
  static final class Corpus {
    private final Random rnd;

    /**
     * Draws the extractor's errors ({@link ExtractorErrors}) apart from {@code rnd}, so that adding
     * them left every other choice of the corpus (and so the planted trends) as it was.
     */
    private final Random noise;

    private final String idPrefix;
    private final Map<String, List<String>> contactPool = new LinkedHashMap<>();

    /**
     * A corpus whose ids start with {@code idPrefix} (the evaluation sample's are apart from the
     * run's).
     */
    Corpus(Random rnd, Random noise, String idPrefix) {
      this.rnd = rnd;
      this.noise = noise;
      this.idPrefix = idPrefix;
    }

    List<Ad> generate(int n) {
      List<Ad> out = new ArrayList<>(n);
      int cells = COUNTRIES.length * QUARTERS;
      for (int i = 0; i < n; i++) {
        int cell = i % cells;
        String country = COUNTRIES[cell / QUARTERS];
        int quarter = cell % QUARTERS;
        Ad ad = ad(i, country, quarter);
        out.add(ad);
        if (ad.broken() == null && rnd.nextDouble() < REPOST_SHARE) {
          // The same ad posted again under a new id: the ingest collapses it (duplicate_count 2).
          out.add(
              new Ad(
                  ad.id() + "R",
                  ad.job(),
                  ad.country(),
                  ad.language(),
                  ad.city(),
                  ad.location(),
                  ad.posted(),
                  ad.title(),
                  ad.text(),
                  ad.section(),
                  ad.board(),
                  null,
                  ad.truth()));
        }
      }
      Collections.shuffle(out, rnd);
      return out;
    }

    static double cryptoShare(String country, int quarter) {
      boolean rising = country.equals("FRA") || country.equals("ESP");
      return rising
          ? CRYPTO_BASE + (CRYPTO_END - CRYPTO_BASE) * quarter / (QUARTERS - 1.0)
          : CRYPTO_BASE;
    }

    static double vivastreetShare(int quarter) {
      return VIVASTREET_START + (VIVASTREET_END - VIVASTREET_START) * quarter / (QUARTERS - 1.0);
    }

    static double abroadShare(String country, int quarter) {
      boolean americas = List.of("USA", "CAN", "MEX", "COL").contains(country);
      return americas && quarter == QUARTERS - 1 ? ABROAD_LAST : ABROAD_BASE;
    }

    private Ad ad(int i, String country, int quarter) {
      String lang = language(country);
      boolean job = rnd.nextDouble() < 0.5;
      boolean benign = !job && rnd.nextDouble() < BENIGN_SHARE;
      String[] place = place(country);
      LocalDate posted = FIRST_DAY.plusMonths(3L * quarter).plusDays(rnd.nextInt(90));
      Phrases p = Phrases.of(lang);
      List<String> parts = new ArrayList<>();
      String title;
      String section;
      if (job) {
        int k = rnd.nextInt(p.jobTitles.length);
        title = p.jobTitles[k];
        section = p.jobSections[k];
        parts.add(
            pick(p.jobOpen)
                + " "
                + title.toLowerCase(java.util.Locale.ROOT)
                + " "
                + pick(p.inCity).formatted(place[0])
                + ".");
        parts.add(pick(p.jobBody));
        parts.add(pick(p.jobHours));
      } else if (benign) {
        int k = rnd.nextInt(p.benignTitles.length);
        title = p.benignTitles[k];
        section = "for sale";
        parts.add(pick(p.benignBody).formatted(place[0]));
      } else {
        title = pick(p.serviceTitles);
        section = "services";
        parts.add(pick(p.serviceBody).formatted(place[0]));
        parts.add(pick(p.serviceHours));
      }
      Set<String> truth = new TreeSet<>();
      if (rnd.nextDouble() < abroadShare(country, quarter)) {
        parts.add(said("deceptive_recruitment/job_abroad", pick(p.abroad), p.abroadHidden, truth));
      }
      if (rnd.nextDouble() < TRAVEL_SHARE) {
        parts.add(said("deceptive_recruitment/travel_arranged", pick(p.travel), null, truth));
      }
      boolean crypto = rnd.nextDouble() < cryptoShare(country, quarter);
      if (crypto) {
        String cue = said("payment_method/cryptocurrency", pick(p.crypto), p.cryptoHidden, truth);
        parts.add(cue + (rnd.nextDouble() < 0.3 ? " " + wallet() : ""));
      } else if (rnd.nextDouble() < OTHER_PAYMENT_SHARE) {
        int k = rnd.nextInt(p.otherPayment.length);
        String[][] hidden = {p.cashHidden, p.bankHidden, null};
        parts.add(said(OTHER_PAYMENTS.get(k), p.otherPayment[k], hidden[k], truth));
      }
      if (!job && !benign && rnd.nextDouble() < vivastreetShare(quarter)) {
        parts.add(said("platform/vivastreet", pick(p.vivastreet), null, truth));
      }
      if (rnd.nextDouble() < OTHER_PLATFORM_SHARE) {
        int k = rnd.nextInt(p.otherPlatform.length);
        parts.add(
            said(
                otherPlatforms(lang.equals("es")).get(k),
                p.otherPlatform[k],
                k == 0 ? p.telegramHidden : null,
                truth));
      }
      if (benign
          && noise.nextDouble() < ExtractorErrors.lookalike("payment_method/cryptocurrency")) {
        parts.add(noisePick(p.cryptoLookalike));
      }
      if (benign
          && noise.nextDouble() < ExtractorErrors.lookalike("deceptive_recruitment/job_abroad")) {
        parts.add(noisePick(p.abroadLookalike));
      }
      String contact = contact(country, lang);
      truth.addAll(contactPlatforms(contact));
      parts.add(pick(p.contactLead) + " " + contact);
      String sep = job ? "\n" : " ";
      String text = String.join(sep, parts);
      String broken = null;
      double b = rnd.nextDouble();
      if (b < BROKEN_SHARE) {
        broken =
            b < BROKEN_SHARE / 3
                ? "missing_text"
                : b < 2 * BROKEN_SHARE / 3 ? "bad_date" : "malformed_row";
      }
      String board = "classifieds-" + (1 + rnd.nextInt(3)) + ".example";
      String id = idPrefix + (job ? "J" : "C") + String.format(java.util.Locale.ROOT, "%06d", i);
      return new Ad(
          id,
          job,
          country,
          lang,
          job ? null : place[0],
          job ? place[1] : place[2],
          posted,
          title,
          text,
          section,
          board,
          broken,
          Set.copyOf(truth));
    }

    private String language(String country) {
      if (SPANISH.contains(country)) {
        return "es";
      }
      return switch (country) {
        case "FRA" -> "fr";
        case "BEL" -> rnd.nextDouble() < 0.15 ? "de" : "fr";
        case "CAN" -> rnd.nextDouble() < 0.3 ? "fr" : "en";
        default -> "en";
      };
    }

    /** City, the job board's location field and the classifieds' country field, in varied forms. */
    private String[] place(String country) {
      String[][] cities = {
        {"FRA", "Paris", "Lyon", "Marseille"},
        {"ESP", "Madrid", "Barcelona", "Valencia"},
        {"BEL", "Bruxelles", "Liège", "Anvers"},
        {"GBR", "London", "Manchester", "Leeds"},
        {"USA", "New York", "Chicago", "Houston"},
        {"CAN", "Toronto", "Montréal", "Vancouver"},
        {"MEX", "Ciudad de México", "Guadalajara", "Monterrey"},
        {"COL", "Bogotá", "Medellín", "Cali"}
      };
      String[][] forms = {
        {"FRA", "France", "FR", "Francia", "FRA"},
        {"ESP", "Spain", "España", "Espagne", "ES"},
        {"BEL", "Belgium", "Belgique", "Bélgica", "BE"},
        {"GBR", "United Kingdom", "UK", "Royaume-Uni", "GB"},
        {"USA", "United States", "US", "Estados Unidos", "USA"},
        {"CAN", "Canada", "CA", "Canadá", "CAN"},
        {"MEX", "Mexico", "México", "Mexique", "MX"},
        {"COL", "Colombia", "Colombie", "CO", "COL"}
      };
      int idx = java.util.Arrays.asList(COUNTRIES).indexOf(country);
      String city = cities[idx][1 + rnd.nextInt(3)];
      String name = forms[idx][1 + rnd.nextInt(4)];
      String jobLocation =
          switch (rnd.nextInt(3)) {
            case 0 -> city + ", " + name;
            case 1 -> CODES[idx] + ", " + city;
            default -> name;
          };
      return new String[] {city, jobLocation, name};
    }

    /** A fictional contact, often reused within a country so that linked-ad groups exist. */
    private String contact(String country, String lang) {
      List<String> pool = contactPool.computeIfAbsent(country, c -> new ArrayList<>());
      if (pool.size() > 40 && rnd.nextDouble() < 0.35) {
        return pool.get(rnd.nextInt(pool.size()));
      }
      String c =
          switch (rnd.nextInt(CONTACT_KINDS)) {
            case 0, 1 -> phone(country, lang);
            case 2 ->
                "%s%d@%s"
                    .formatted(
                        pick(NAMES).toLowerCase(java.util.Locale.ROOT),
                        rnd.nextInt(100),
                        rnd.nextBoolean() ? "example.org" : "example.com");
            case 3 ->
                "snap: "
                    + pick(NAMES).toLowerCase(java.util.Locale.ROOT)
                    + "_"
                    + pick(WORDS)
                    + rnd.nextInt(100);
            case 4 -> "@" + pick(WORDS) + pick(NAMES) + rnd.nextInt(1000);
            default -> phone(country, lang) + " (WhatsApp)";
          };
      pool.add(c);
      return c;
    }

    private String phone(String country, String lang) {
      int xx = rnd.nextInt(100);
      String plain =
          switch (country) {
            case "USA", "CAN" ->
                "(%s) 555-01%02d"
                    .formatted(pick(new String[] {"212", "415", "312", "416", "604"}), xx);
            case "GBR" -> "07700 900%03d".formatted(rnd.nextInt(1000));
            case "FRA", "BEL" -> "01 99 00 %02d %02d".formatted(xx, rnd.nextInt(100));
            default ->
                rnd.nextBoolean()
                    ? "+44 7700 900%03d".formatted(rnd.nextInt(1000))
                    : "+1 212 555 01%02d".formatted(xx);
          };
      if (lang.equals("en") && rnd.nextDouble() < 0.03) {
        return spelled(plain.replaceAll("\\D", ""));
      }
      return plain;
    }

    private static String spelled(String digits) {
      String[] words = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
      };
      StringBuilder sb = new StringBuilder();
      for (char c : digits.toCharArray()) {
        sb.append(sb.length() == 0 ? "" : " ").append(words[c - '0']);
      }
      return sb.toString();
    }

    private String wallet() {
      byte[] b = new byte[20];
      rnd.nextBytes(b);
      return switch (rnd.nextInt(3)) {
        case 0 -> CryptoWallets.base58Check(0, b);
        case 1 -> CryptoWallets.bech32SegwitV0(b);
        default -> CryptoWallets.ethereum(b);
      };
    }

    /**
     * The sentence that says {@code label}, recorded in the ad's truth: {@code cue} as drawn, or,
     * at the category's miss rate, a paraphrase from {@code hidden} that the lexicon does not know.
     */
    private String said(String label, String cue, String[] hidden, Set<String> truth) {
      truth.add(label);
      boolean miss = hidden != null && noise.nextDouble() < ExtractorErrors.miss(label);
      return miss ? noisePick(hidden) : cue;
    }

    /** Platforms a contact names by construction (see {@link #contact}). */
    static Set<String> contactPlatforms(String contact) {
      Set<String> s = new TreeSet<>();
      if (contact.contains("(WhatsApp)")) {
        s.add("platform/whatsapp");
      }
      if (contact.startsWith("snap:")) {
        s.add("platform/snapchat");
      }
      return s;
    }

    private String noisePick(String[] options) {
      return options[noise.nextInt(options.length)];
    }

    private String pick(String[] options) {
      return options[rnd.nextInt(options.length)];
    }

    private static final String[] NAMES = {
      "Lena", "Marco", "Sofia", "Jade", "Nina", "Alex", "Lola", "Eva", "Iris", "Tom", "Maya", "Leo",
      "Zoe", "Ines", "Mila", "Noa"
    };
    private static final String[] WORDS = {
      "sunny", "blue", "happy", "moon", "star", "rose", "lucky", "city"
    };
  }
}

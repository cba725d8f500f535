package org.modus.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.modus.engine.SourceConfig;
import org.modus.sample.SampleCountries.SampleCountry;

/**
 * Writes a synthetic country questionnaire in the spirit of GRETA's 2022 study of
 * technology-facilitated trafficking (issue 5): the questionnaire definition and a wide answers CSV
 * from about 40 respondents (states, NGOs, tech companies) with multi-select (platforms, payment
 * methods), Likert ("is X increasing?"), a number and non-explicit free text. FRA and ESP
 * respondents report cryptocurrency and online recruitment increasing. Two answers rows are bad on
 * purpose (unknown country, off-scale answer).
 */
public final class SurveySampleGenerator {
  static final String FOLDER = "survey";
  static final String QUESTIONNAIRE_FILE = FOLDER + "/questionnaire.csv";
  static final String ANSWERS_FILE = FOLDER + "/answers.csv";
  static final List<String> PLATFORMS =
      List.of("Facebook", "Instagram", "TikTok", "Telegram", "WhatsApp", "Snapchat", "Other");
  static final List<String> PAYMENTS =
      List.of(
          "Cryptocurrency",
          "Gift cards",
          "Money transfer services",
          "Bank transfer",
          "Cash",
          "Mobile payment apps");
  static final List<String> SCALE =
      List.of("strongly disagree", "disagree", "neutral", "agree", "strongly agree");

  /**
   * Respondents per country: FRA and ESP at least k = 11 so their answers survive disclosure
   * control.
   */
  static final Map<String, Integer> RESPONDENTS =
      Map.of("FRA", 12, "ESP", 12, "BEL", 2, "GBR", 3, "USA", 3, "CAN", 2, "MEX", 2, "COL", 2);

  private SurveySampleGenerator() {}

  public static SampleSources write(Path dir, int ads, long seed) {
    try {
      Files.createDirectories(dir.resolve(FOLDER));
      Files.writeString(dir.resolve(QUESTIONNAIRE_FILE), questionnaire(), StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve(ANSWERS_FILE), answers(new Random(seed)), StandardCharsets.UTF_8);
      return new SampleSources(
          List.of(
              new SourceConfig(
                  "country-questionnaire-sample",
                  ANSWERS_FILE,
                  "csv",
                  null,
                  null,
                  null,
                  QUESTIONNAIRE_FILE,
                  Map.of("year", "2024"))),
          List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String questionnaire() {
    return "question_id,type,text,allowed,mapping\n"
        + "q_platforms,multi,Which online platforms do you see used to recruit victims?,"
        + String.join("|", PLATFORMS)
        + ",Facebook=platform:facebook|Instagram=platform:instagram|TikTok=platform:tiktok|Telegram=platform:telegram"
        + "|WhatsApp=platform:whatsapp|Snapchat=platform:snapchat\n"
        + "q_payments,multi,Which payment methods do you see in trafficking cases?,"
        + String.join("|", PAYMENTS)
        + ",Cryptocurrency=payment_method:cryptocurrency|Gift cards=payment_method:gift_prepaid_card"
        + "|Money transfer services=payment_method:money_transfer_service|Bank transfer=payment_method:bank_transfer"
        + "|Cash=payment_method:cash|Mobile payment apps=payment_method:mobile_payment_app\n"
        + "q_crypto_increasing,likert,Is the use of cryptocurrency in trafficking cases increasing?,"
        + String.join("|", SCALE)
        + ",*=payment_method:cryptocurrency\n"
        + "q_social_recruitment_increasing,likert,Is recruitment through social media increasing?,"
        + String.join("|", SCALE)
        + ",*=recruitment_channel:social_media\n"
        + "q_cases_identified,number,How many technology-facilitated cases did you identify last year?,,\n"
        + "q_comments,text,What changes do you observe in how technology is used?,,\n";
  }

  /**
   * The questionnaire and {@code scale} times as many respondents per country as the sample has,
   * for benchmarks that grow every input together. Scale 1 writes exactly the sample's answers.
   */
  public static void writeScaled(Path dir, int scale, long seed) {
    try {
      Files.createDirectories(dir.resolve(FOLDER));
      Files.writeString(dir.resolve(QUESTIONNAIRE_FILE), questionnaire(), StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve(ANSWERS_FILE), answers(new Random(seed), scale), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String answers(Random rnd) {
    return answers(rnd, 1);
  }

  static String answers(Random rnd, int scale) {
    StringBuilder sb =
        new StringBuilder(
            "respondent_id,respondent_type,country,weight,q_platforms,q_payments,"
                + "q_crypto_increasing,q_social_recruitment_increasing,q_cases_identified,q_comments\n");
    int n = 0;
    for (SampleCountry c : SampleCountries.ALL) {
      for (int i = 0; i < scale * RESPONDENTS.get(c.alpha3()); i++) {
        n++;
        String type = List.of("State authority", "NGO", "NGO", "Tech company").get(i % 4);
        List<String> platforms = new ArrayList<>();
        for (String p : PLATFORMS) {
          // Telegram and Instagram are seen by nearly everyone in the rising countries.
          double chance =
              c.rising() && (p.equals("Telegram") || p.equals("Instagram")) ? 0.97 : 0.3;
          if (rnd.nextDouble() < chance) {
            platforms.add(p);
          }
        }
        List<String> payments = new ArrayList<>();
        for (String p : PAYMENTS) {
          double chance = c.rising() && p.equals("Cryptocurrency") ? 0.97 : 0.3;
          if (rnd.nextDouble() < chance) {
            payments.add(p);
          }
        }
        int trend = c.rising() ? 3 + (rnd.nextDouble() < 0.6 ? 1 : 0) : 1 + rnd.nextInt(3);
        int social = c.rising() ? 3 + (rnd.nextDouble() < 0.5 ? 1 : 0) : 1 + rnd.nextInt(3);
        String comment =
            SampleCountries.any(
                rnd,
                List.of(
                    "Recruiters move conversations from public posts to encrypted messaging apps quickly.",
                    "Payments increasingly go through crypto wallets rather than money transfer agents.",
                    "Job offers abroad with travel and housing included remain the most common lure.",
                    "",
                    "Victims are told to keep contact only through one messaging account; report line hotline@example.org."));
        sb.append(
                String.join(
                    ",",
                    String.format(Locale.ROOT, scale == 1 ? "R-%03d" : "R-%06d", n),
                    type,
                    c.alpha3(),
                    type.equals("Tech company") ? "0.5" : "1",
                    String.join("|", platforms),
                    String.join("|", payments),
                    SCALE.get(trend),
                    SCALE.get(social),
                    String.valueOf(rnd.nextInt(60)),
                    quote(comment)))
            .append('\n');
      }
    }
    sb.append("R-900,NGO,Atlantis,1,Telegram,Cash,agree,agree,3,\n");
    sb.append("R-901,NGO,FRA,1,Telegram,Cash,very much,agree,3,\n");
    return sb.toString();
  }

  private static String quote(String s) {
    return s.isEmpty() ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
  }
}

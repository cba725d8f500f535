package org.modus.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modus.engine.ModusException;
import org.modus.engine.Pseudonymizer;
import org.modus.ingest.ParsedFile;
import org.modus.ingest.ParsedRow;

class SurveyParserTest {
  private static final Pseudonymizer KEYS = new Pseudonymizer(new byte[32]);

  static final String QUESTIONNAIRE =
      "question_id,type,text,allowed,mapping\n"
          + "q_platforms,multi,Which platforms do you see used to recruit?,Telegram|Facebook|Other,"
          + "Telegram=platform:telegram|Facebook=platform:facebook\n"
          + "q_crypto_up,likert,Is payment in cryptocurrency increasing?,strongly disagree|disagree|neutral|agree|strongly agree,"
          + "*=payment_method:cryptocurrency\n"
          + "q_cases,number,How many cases did you see?,,\n"
          + "q_notes,text,Anything else?,,\n";

  static final String ANSWERS =
      "respondent_id,respondent_type,country,weight,q_platforms,q_crypto_up,q_cases,q_notes\n"
          + "r1,State,FRA,2,Telegram|Facebook,agree,12,Reach us at help@example.org\n"
          + "r2,NGO,Spain,,Other,strongly agree,,\n"
          + "r3,Tech company,FRA,,Snapchat,agree,,\n"
          + "r4,NGO,Narnia,,Telegram,agree,,\n";

  @Test
  void wideAnswersBecomeTidyRowsWithMultiSelectLikertAndRedactedText() {
    ParsedFile out =
        SurveyParser.parse(
            "s",
            "in/a.csv",
            ANSWERS,
            null,
            Questionnaire.parse("q.csv", QUESTIONNAIRE),
            2024,
            KEYS);
    List<Map<String, Object>> rows =
        out.rows().stream()
            .filter(o -> o.table().equals("survey_responses"))
            .map(ParsedRow::values)
            .toList();
    List<Map<String, Object>> r1 =
        rows.stream()
            .filter(r -> r.get("respondent_id").equals(KEYS.pseudonym("respondent", "s:r1")))
            .toList();
    assertEquals(5, r1.size(), "two platforms, one likert, one number, one text");
    assertEquals(
        List.of("telegram", "facebook"),
        r1.stream()
            .filter(r -> r.get("question_id").equals("q_platforms"))
            .map(r -> r.get("category"))
            .toList());
    Map<String, Object> likert =
        r1.stream()
            .filter(r -> r.get("question_id").equals("q_crypto_up"))
            .findFirst()
            .orElseThrow();
    assertEquals(4.0, likert.get("numeric_value"));
    assertEquals("cryptocurrency", likert.get("category"));
    assertEquals(2.0, likert.get("weight"));
    assertEquals("state", likert.get("respondent_type"));
    assertEquals(2024, likert.get("year"));
    String text =
        (String)
            r1.stream()
                .filter(r -> r.get("question_id").equals("q_notes"))
                .findFirst()
                .orElseThrow()
                .get("answer");
    assertFalse(text.contains("help@example.org"), text);
    assertTrue(text.contains("[email:"), text);

    List<Map<String, Object>> r2 =
        rows.stream()
            .filter(r -> r.get("respondent_id").equals(KEYS.pseudonym("respondent", "s:r2")))
            .toList();
    assertEquals("ESP", r2.get(0).get("country"));
    assertEquals(1.0, r2.get(0).get("weight"));
    assertEquals(null, r2.get(0).get("category"), "'Other' has no taxonomy id");

    List<String> reasons =
        out.rows().stream()
            .filter(o -> o.table().equals("quarantine"))
            .map(o -> o.values().get("reason") + "@" + o.values().get("location"))
            .toList();
    assertEquals(List.of("invalid_answer@in/a.csv:4", "unknown_country@in/a.csv:5"), reasons);
  }

  @Test
  void aRespondentRowThatIsNotValidCsvIsQuarantinedAndTheOtherRespondentsAreRead() {
    String answers =
        "respondent_id,respondent_type,country,weight,q_platforms,q_crypto_up,q_cases,q_notes\n"
            + "r1,State,FRA,,Telegram,agree,,\n"
            + "r2,NGO,FRA,,Telegram,\"agree\"!,,\n"
            + "r3,NGO,ESP,,Facebook,agree,,\n";
    ParsedFile out =
        SurveyParser.parse(
            "s",
            "in/a.csv",
            answers,
            null,
            Questionnaire.parse("q.csv", QUESTIONNAIRE),
            2024,
            KEYS);
    List<String> reasons =
        out.rows().stream()
            .filter(o -> o.table().equals("quarantine"))
            .map(o -> o.values().get("reason") + "@" + o.values().get("location"))
            .toList();
    assertEquals(List.of("malformed_row@in/a.csv:3"), reasons);
    assertEquals(3, out.recordsRead());
    assertEquals(2, out.recordsAccepted(), "respondents, not rows, are the records");
    assertEquals(1, out.recordsQuarantined());
  }

  @Test
  void likertAnswersMayBeLabelsOrTheirPositionOnTheScale() {
    Questionnaire.Question q =
        Questionnaire.parse("q.csv", QUESTIONNAIRE).question("q_crypto_up").orElseThrow();
    assertEquals(4.0, SurveyParser.likert(q, "Agree"));
    assertEquals(2.0, SurveyParser.likert(q, "2"));
    assertEquals(null, SurveyParser.likert(q, "6"));
    assertEquals(null, SurveyParser.likert(q, "very much"));
  }

  @Test
  void columnsThatDoNotMatchTheQuestionnaireAreAClearError() {
    String answers =
        "respondent_id,respondent_type,country,q_platforms,q_extra\nr1,NGO,FRA,Telegram,x\n";
    ModusException e =
        assertThrows(
            ModusException.class,
            () ->
                SurveyParser.parse(
                    "s",
                    "in/a.csv",
                    answers,
                    null,
                    Questionnaire.parse("q.csv", QUESTIONNAIRE),
                    2024,
                    KEYS));
    assertTrue(
        e.getMessage().contains("in/a.csv")
            && e.getMessage().contains("q_extra")
            && e.getMessage().contains("q_crypto_up"),
        e.getMessage());
  }

  @Test
  void aQuestionnaireMappingToAnUnknownIdIsRefused() {
    String bad = "question_id,type,text,allowed,mapping\nq,multi,?,A|B,A=platform:myspace\n";
    ModusException e = assertThrows(ModusException.class, () -> Questionnaire.parse("q.csv", bad));
    assertTrue(e.getMessage().contains("q.csv line 2"), e.getMessage());
  }
}

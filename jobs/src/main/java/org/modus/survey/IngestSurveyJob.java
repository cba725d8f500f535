package org.modus.survey;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.modus.engine.ModusException;
import org.modus.engine.Pseudonymizer;
import org.modus.engine.RunContext;
import org.modus.engine.SourceConfig;
import org.modus.engine.Stage;
import org.modus.engine.StageReport;
import org.modus.ingest.FileParser;
import org.modus.ingest.FileTask;
import org.modus.ingest.IngestRunner;
import org.modus.ingest.IngestStage;
import org.modus.ingest.InputFile;
import org.modus.ingest.ParsedFile;

/**
 * Ingests surveys (country questionnaires answered by states, NGOs and tech companies, or
 * respondent surveys) into the tidy {@code survey_responses}: one row per respondent x question x
 * answer. Each source needs {@code questionnaire} (the definition CSV, see {@link Questionnaire});
 * option {@code year} gives the survey's reference year when the CSV has no year column. Respondent
 * ids are pseudonymized; free-text answers are redacted. Counts read/accepted/quarantined are
 * respondents.
 *
 * <p>Example: {@code MODUS_KEY=... ./modus ingest-survey --run runs/r1 --input answers.csv
 * --questionnaire questionnaire.csv --option year=2024}
 */
public final class IngestSurveyJob {
  public static final String QUARANTINE_FOLDER = "survey";
  static final String MANIFEST_INPUT_KIND = "survey";

  private IngestSurveyJob() {}

  public static StageReport run(SparkSession spark, RunContext ctx, List<SourceConfig> sources) {
    for (SourceConfig s : sources) {
      if (s.questionnaire() == null) {
        throw new ModusException(
            "Survey source '"
                + s.name()
                + "' has no questionnaire definition "
                + "(config key questionnaire, or --questionnaire FILE)");
      }
      String y = s.option("year", null);
      if (y != null && !y.matches("\\d{4}")) {
        throw new ModusException(
            "Survey source '" + s.name() + "': option year must be a year, got '" + y + "'");
      }
    }
    IngestStage stage =
        new IngestStage(
            Stage.INGEST_SURVEY.id(),
            MANIFEST_INPUT_KIND,
            QUARANTINE_FOLDER,
            List.of("survey_responses"));
    return IngestRunner.run(
        spark, ctx, stage, sources, new SurveyFileParser(ctx.pseudonymizer()), List.of());
  }

  static final class SurveyFileParser implements FileParser {
    private final Pseudonymizer pseudonymizer;

    SurveyFileParser(Pseudonymizer pseudonymizer) {
      this.pseudonymizer = pseudonymizer;
    }

    @Override
    public ParsedFile parse(FileTask task, InputFile input) {
      String text =
          input.text(); // these layouts are text files: a workbook is refused with its reason
      Questionnaire q = Questionnaire.parse(task.source() + " questionnaire", task.questionnaire());
      String y = task.option("year");
      return SurveyParser.parse(
          task.source(),
          task.file(),
          text,
          task.delimiterChar(),
          q,
          y == null ? null : Integer.valueOf(y),
          pseudonymizer);
    }
  }
}

package org.modus.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.modus.engine.KeySource;
import org.modus.engine.Pseudonymizer;
import org.modus.engine.RunConfig;
import org.modus.engine.RunDir;
import org.modus.evaluate.EvaluationSettings;
import org.modus.evaluate.LabelFile;
import org.modus.evaluate.ScoreEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./modus evaluate-scores}: a corpus's own labels against the run's scores and features. */
@Command(
    name = "evaluate-scores",
    mixinStandardHelpOptions = true,
    description = {
      "Score a labelled corpus: its own labels (a CSV or JSON Lines file with an id and a label "
          + "column) are joined through ad_sources (the corpus's record ids) to ad_scores and ad_features of "
          + "the run, and DIR/evaluation/ gets ROC and precision-recall curves of each score (CSV, PNG, SVG), "
          + "AUC with a bootstrap interval and average precision (summary.json), and the lift of each "
          + "extracted category (lift.csv). Ingest the corpus with --map ad_id=ID_COLUMN first.",
      "Example: ./modus evaluate-scores --run runs/r1 --labels emscad.csv --id-column job_id "
          + "--label-column fraudulent"
    })
public final class EvaluateScoresCommand implements Callable<Integer> {
  @Option(
      names = "--run",
      required = true,
      paramLabel = "DIR",
      description = "Run directory (ingested and extracted).")
  String run;

  @Option(
      names = "--labels",
      required = true,
      paramLabel = "FILE",
      description = "The labels (CSV or JSON Lines).")
  Path labels;

  @Option(
      names = "--id-column",
      required = true,
      paramLabel = "C",
      description =
          "Column of the label file holding the record id (the column ingest-ads mapped to ad_id).")
  String idColumn;

  @Option(
      names = "--label-column",
      required = true,
      paramLabel = "L",
      description = "Column holding the label.")
  String labelColumn;

  @Option(
      names = "--positive",
      split = ",",
      paramLabel = "VALUE",
      description =
          "Label values meaning positive; any other value is negative. By default 1/true/yes/"
              + "positive and 0/false/no/negative are understood and other values are left out, counted.")
  Set<String> positive = new LinkedHashSet<>();

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description = "The ad source the labels belong to " + "(needed when the run has several).")
  String source;

  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description =
          "The run's key (else MODUS_KEY): needed "
              + "only to match record ids that ingest pseudonymized (ids holding a phone, an e-mail, a handle).")
  Path keyFile;

  @Option(
      names = "--bootstrap",
      paramLabel = "N",
      description =
          "Bootstrap resamples of the AUC interval (default: config/evaluate-scores.json).")
  Integer bootstrap;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    CommandSupport.requireSettled(run);
    LabelFile.Labels read = LabelFile.read(labels, idColumn, labelColumn, positive);
    EvaluationSettings settings = EvaluationSettings.load();
    if (bootstrap != null) {
      settings = settings.withResamples(bootstrap);
    }
    Pseudonymizer key =
        keyFile != null || System.getenv(KeySource.ENV) != null
            ? KeySource.load(keyFile, System.getenv())
            : null;
    EvaluationSettings chosen = settings;
    return CommandSupport.withSpark(
        spark,
        RunConfig.defaults(),
        "evaluate-scores",
        session -> {
          ScoreEvaluation.Summary s =
              ScoreEvaluation.run(
                  session, new RunDir(run), read, labels.toString(), source, key, chosen);
          print(s);
          return 0;
        });
  }

  private void print(ScoreEvaluation.Summary s) {
    Map<String, Object> f = s.fields();
    System.out.println(
        "labels: "
            + f.get("label_rows_read")
            + " rows read, "
            + f.get("labels_usable")
            + " usable"
            + (((Map<?, ?>) f.get("label_rows_left_out")).isEmpty()
                ? ""
                : ", left out " + f.get("label_rows_left_out")));
    System.out.println(
        "matched: "
            + f.get("matched")
            + "; quarantined "
            + f.get("matched_quarantined")
            + "; unmatched "
            + f.get("unmatched"));
    if (f.containsKey("unmatched_hint")) {
      System.out.println("note: " + f.get("unmatched_hint"));
    }
    for (String score : ScoreEvaluation.SCORES) {
      Map<String, Object> m = s.score(score);
      System.out.println(
          score
              + ": "
              + (m.get("auc") == null
                  ? m.get("note")
                  : "AUC "
                      + m.get("auc")
                      + " ["
                      + m.get("auc_low")
                      + ", "
                      + m.get("auc_high")
                      + "], average precision "
                      + m.get("average_precision")
                      + " ("
                      + m.get("positives")
                      + " positive, "
                      + m.get("negatives")
                      + " negative)"));
    }
    System.out.println("written to " + Path.of(run, ScoreEvaluation.FOLDER));
  }
}

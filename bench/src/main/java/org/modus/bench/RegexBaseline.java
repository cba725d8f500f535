package org.modus.bench;

import static org.apache.spark.sql.functions.callUDF;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.split;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.modus.extract.Lexicon;
import org.modus.extract.LexiconEntry;

/**
 * The straightforward baseline the extraction benchmark compares against: for every taxonomy
 * category one case-insensitive Java regex alternation of all its lexicon phrases (every language),
 * applied to each ad's text by a Spark UDF. No tokenizer, negation, context or obfuscation
 * handling: it is what a first implementation would do, measured on the same data in the same
 * harness.
 */
public final class RegexBaseline {
  private RegexBaseline() {}

  /** family/category -> one alternation over that category's cue phrases. */
  static Map<String, Pattern> patterns(Lexicon lexicon) {
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    for (String lang : Lexicon.LANGUAGES) {
      for (LexiconEntry e : lexicon.entriesFor(lang)) {
        phrases
            .computeIfAbsent(e.family() + "/" + e.category(), k -> new ArrayList<>())
            .add(Pattern.quote(e.pattern()));
      }
    }
    Map<String, Pattern> out = new LinkedHashMap<>();
    phrases.forEach(
        (k, v) ->
            out.put(
                k,
                Pattern.compile(
                    "(?iu)\\b(?:" + String.join("|", v.stream().distinct().toList()) + ")\\b")));
    return out;
  }

  /** The UDF: every family/category whose alternation finds a match in the text. */
  static final class MatchCategories implements UDF1<String, List<String>> {
    private static final long serialVersionUID = 1L;
    private transient Map<String, Pattern> patterns;

    @Override
    public List<String> call(String text) {
      if (patterns == null) {
        patterns = patterns(Lexicon.load());
      }
      List<String> found = new ArrayList<>();
      if (text != null) {
        patterns.forEach(
            (k, p) -> {
              if (p.matcher(text).find()) {
                found.add(k);
              }
            });
      }
      return found;
    }
  }

  /** ads (ad_id, title, text) -> (ad_id, family, category), written as Parquet to {@code out}. */
  public static long run(SparkSession spark, Dataset<Row> ads, String out) {
    spark
        .udf()
        .register(
            "modus_baseline_match",
            new MatchCategories(),
            DataTypes.createArrayType(DataTypes.StringType));
    Dataset<Row> features =
        ads.select(
                col("ad_id"),
                explode(callUDF("modus_baseline_match", concat_ws("\n", col("title"), col("text"))))
                    .as("fc"))
            .select(
                col("ad_id"),
                split(col("fc"), "/").getItem(0).as("family"),
                split(col("fc"), "/").getItem(1).as("category"));
    features.write().mode("overwrite").parquet(out);
    return spark.read().parquet(out).count();
  }
}

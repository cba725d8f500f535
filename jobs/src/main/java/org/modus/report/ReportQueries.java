package org.modus.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.modus.reports.ReportSettings;
import org.modus.reports.model.ChartSpec;
import org.modus.reports.model.Figure;
import org.modus.reports.model.FigureKind;

/**
 * The SQL behind every figure of the report. Statements run over temp views named like the tables
 * (trends, trend_tests, emerging_signals, country_comparison, triangulation), so a notebook can run
 * the same text with {@code spark.sql}. Every value that disclosure control hid stays hidden: where
 * a row is suppressed, counts, shares, intervals, ranks and changes are selected as NULL.
 */
final class ReportQueries {
  private ReportQueries() {}

  /** Sections that each show one or more taxonomy families over time. */
  record FamilySection(String section, List<String> families) {}

  static final List<FamilySection> FAMILY_SECTIONS =
      List.of(
          new FamilySection("recruitment_channels", List.of("recruitment_channel")),
          new FamilySection("payment_methods", List.of("payment_method")),
          new FamilySection("platforms", List.of("platform")),
          new FamilySection("deceptive", List.of("deceptive_recruitment", "ad_indicator")));

  /** Family ids come from the taxonomy file, but are checked before they go into SQL text. */
  private static String literal(String id) {
    if (!id.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("Not a taxonomy id: " + id);
    }
    return "'" + id + "'";
  }

  private static String masked(String alias, String column) {
    return "CASE WHEN "
        + alias
        + "suppressed THEN NULL ELSE "
        + alias
        + column
        + " END AS "
        + column;
  }

  /**
   * A trends cell as the report shows it: the share corrected for misclassification with its
   * interval first (what the charts draw), the raw share and its Wilson interval beside it, and the
   * correction status that says why a category has no corrected share.
   */
  private static String trendColumns(String t) {
    return masked(t, "count")
        + ", "
        + t
        + "total, "
        + masked(t, "corrected_share")
        + ", "
        + masked(t, "corrected_low")
        + ", "
        + masked(t, "corrected_high")
        + ", "
        + masked(t, "share")
        + ", "
        + masked(t, "share_low")
        + ", "
        + masked(t, "share_high")
        + ", "
        + t
        + "correction_status, "
        + t
        + "suppressed";
  }

  private static String topCategories(String family) {
    return "SELECT category, row_number() OVER (ORDER BY sum(count) DESC, category) AS category_rank "
        + "FROM trends WHERE family = "
        + literal(family)
        + " AND dimension = 'all' GROUP BY category";
  }

  /** A family's figures, each drawing as much as {@code limits} allows. */
  static List<FigureQuery> familyFigures(
      String section, String family, ReportSettings.FigureLimits limits) {
    List<FigureQuery> out = new ArrayList<>();
    String f = literal(family);
    out.add(
        new FigureQuery(
            family + "_share_all",
            section,
            FigureKind.LINE,
            family,
            "WITH top AS ("
                + topCategories(family)
                + ") "
                + "SELECT t.category, t.period, "
                + trendColumns("t.")
                + " "
                + "FROM trends t JOIN top ON t.category = top.category "
                + "WHERE t.family = "
                + f
                + " AND t.dimension = 'all' AND top.category_rank <= "
                + limits.topCategories()
                + " ORDER BY top.category_rank, t.period_start",
            List.of("trends"),
            ChartSpec.corrected("category", "period", null, family),
            "figure.share_all.title",
            "figure.share_all.alt"));
    out.add(
        new FigureQuery(
            family + "_by_country",
            section,
            FigureKind.SMALL_MULTIPLES,
            family,
            "WITH top AS ("
                + topCategories(family)
                + "), "
                + "countries AS (SELECT dimension_value, row_number() OVER (ORDER BY max(total) DESC, "
                + "dimension_value) AS country_rank FROM trends WHERE family = "
                + f
                + " AND dimension = 'country' GROUP BY dimension_value) "
                + "SELECT t.dimension_value AS country, t.category, t.period, "
                + trendColumns("t.")
                + " "
                + "FROM trends t JOIN top ON t.category = top.category "
                + "JOIN countries c ON t.dimension_value = c.dimension_value "
                + "WHERE t.family = "
                + f
                + " AND t.dimension = 'country' AND top.category_rank <= "
                + limits.categoriesPerPanel()
                + " AND c.country_rank <= "
                + limits.topCountries()
                + " ORDER BY c.country_rank, top.category_rank, t.period_start",
            List.of("trends"),
            ChartSpec.corrected("category", "period", "country", family),
            "figure.small_multiples.title",
            "figure.small_multiples.alt"));
    out.add(
        new FigureQuery(
            family + "_trend_tests",
            section,
            FigureKind.TABLE,
            family,
            "SELECT category, dimension, dimension_value, n_periods, first_period, last_period, first_share, "
                + "last_share, sen_slope_pp, sen_low_pp, sen_high_pp, q_value, direction, basis, suppressed FROM ("
                + trendTestsSql(
                    "tt.family = "
                        + f
                        + " AND tt.status = 'tested' AND tt.dimension IN ('all', 'country')")
                + ") tt"
                + " ORDER BY CASE WHEN tt.direction = 'no_trend' THEN 1 ELSE 0 END, tt.q_value, tt.category, "
                + "tt.dimension, tt.dimension_value",
            List.of("trend_tests", "trends"),
            null,
            "figure.trend_tests.title",
            null));
    return out;
  }

  /**
   * Trend tests with their first and last shares hidden when the trends cell they come from was
   * suppressed (the share of a small count would give the count away).
   */
  static String trendTestsSql(String where) {
    String key =
        "tt.family = %1$s.family AND tt.category = %1$s.category AND tt.dimension = %1$s.dimension "
            + "AND tt.dimension_value = %1$s.dimension_value AND %1$s.period = tt.%2$s";
    return "SELECT tt.family, tt.category, tt.dimension, tt.dimension_value, tt.n_periods, "
        + "tt.first_period, tt.last_period, "
        + "CASE WHEN coalesce(tf.suppressed, false) THEN NULL ELSE tt.first_share END AS first_share, "
        + "CASE WHEN coalesce(tl.suppressed, false) THEN NULL ELSE tt.last_share END AS last_share, "
        + "tt.sen_slope * 100 AS sen_slope_pp, tt.sen_low * 100 AS sen_low_pp, "
        + "tt.sen_high * 100 AS sen_high_pp, tt.q_value, tt.direction, tt.basis, "
        + "coalesce(tf.suppressed, false) OR coalesce(tl.suppressed, false) AS suppressed "
        + "FROM trend_tests tt "
        + "LEFT JOIN trends tf ON "
        + String.format(key, "tf", "first_period")
        + " "
        + "LEFT JOIN trends tl ON "
        + String.format(key, "tl", "last_period")
        + " "
        + "WHERE "
        + where;
  }

  /** The rows findings are written from: significant directions only, shares masked as above. */
  static final String FINDING_TRENDS =
      trendTestsSql("tt.status = 'tested' AND tt.direction IN ('increasing', 'decreasing')");

  static final String FINDING_SIGNALS =
      "SELECT family, category, dimension, dimension_value, period, "
          + "status, rate_ratio, rr_low, rr_high, q_value FROM emerging_signals "
          + "WHERE status IN ('emerging', 'declining')";

  /**
   * Counts behind emerging signals are not shown: only ratios, intervals and q-values. Printed in
   * the annex (the summary page holds the headlines only), so figures.json files it there too.
   */
  static FigureQuery emerging() {
    return new FigureQuery(
        "emerging_signals",
        "annex",
        FigureKind.TABLE,
        null,
        FINDING_SIGNALS + " ORDER BY q_value, family, category, dimension, dimension_value",
        List.of("emerging_signals"),
        null,
        "figure.emerging.title",
        null);
  }

  private static String comparisonColumns(String c) {
    return c
        + "country, "
        + c
        + "region, "
        + c
        + "period, "
        + c
        + "source_kind, "
        + c
        + "family, "
        + c
        + "category, "
        + masked(c, "count_low")
        + ", "
        + masked(c, "count_high")
        + ", "
        + c
        + "total, "
        + masked(c, "share")
        + ", "
        + masked(c, "rate_per_100k")
        + ", "
        + masked(c, "rank")
        + ", "
        + masked(c, "change")
        + ", "
        + c
        + "coverage_note, "
        + c
        + "suppressed";
  }

  /** Ads-based shares of one family per country in the latest period of ads. */
  private static String latestAdsByCountry(String family) {
    String f = literal(family);
    return "SELECT c.country, c.category, c.period, "
        + masked("c.", "share")
        + ", c.suppressed "
        + "FROM country_comparison c WHERE c.source_kind = 'ads' AND c.family = "
        + f
        + " AND c.period = (SELECT max(period) FROM country_comparison WHERE source_kind = 'ads' "
        + "AND family = "
        + f
        + ") ORDER BY c.country, c.category";
  }

  static List<FigureQuery> countryFigures() {
    return List.of(
        new FigureQuery(
            "recruitment_channel_stacked_country",
            "country_comparison",
            FigureKind.STACKED,
            "recruitment_channel",
            latestAdsByCountry("recruitment_channel"),
            List.of("country_comparison"),
            new ChartSpec("category", "country", "share", null, null, null, "recruitment_channel"),
            "figure.stacked_country.title",
            "figure.stacked_country.alt"),
        new FigureQuery(
            "payment_method_heatmap_country",
            "country_comparison",
            FigureKind.HEATMAP,
            "payment_method",
            latestAdsByCountry("payment_method"),
            List.of("country_comparison"),
            new ChartSpec("category", "country", "share", null, null, null, "payment_method"),
            "figure.heatmap.title",
            "figure.heatmap.alt"),
        new FigureQuery(
            "country_comparison_latest",
            "country_comparison",
            FigureKind.TABLE,
            null,
            "SELECT "
                + comparisonColumns("c.")
                + " FROM country_comparison c JOIN (SELECT source_kind, "
                + "max(period) AS latest FROM country_comparison GROUP BY source_kind) l "
                + "ON c.source_kind = l.source_kind AND c.period = l.latest "
                + "ORDER BY c.source_kind, c.family, c.category, c.suppressed, c.rank, c.country",
            List.of("country_comparison"),
            null,
            "figure.country_table.title",
            null));
  }

  static FigureQuery triangulation() {
    return new FigureQuery(
        "triangulation",
        "country_comparison",
        FigureKind.TABLE,
        null,
        "SELECT country, period, family, category, ad_share, ad_direction, case_share, case_direction, "
            + "survey_share, survey_direction, sources, agreement FROM triangulation "
            + "ORDER BY family, category, country, period",
        List.of("triangulation"),
        null,
        "figure.triangulation.title",
        null);
  }

  /**
   * A text value as a Spark SQL string literal. Breakdown values come from the data (a site name
   * may hold anything), so quotes and backslashes are escaped rather than trusted.
   */
  static String quote(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** A series drawn in a headline's chart and the name its line is given in the legend. */
  record NamedSeries(String dimension, String value, String name) {}

  /**
   * The chart beside a headline: the share of ads mentioning its category over time in the series
   * the headline names (its lead first), with the same disclosure control as every trends figure.
   * The series column holds the names shown in the legend, so the CSV reads as the chart does.
   */
  static FigureQuery headline(
      int rank,
      String family,
      String category,
      List<NamedSeries> series,
      Map<String, String> textValues) {
    if (series.isEmpty()) {
      throw new IllegalArgumentException("A headline chart needs a series");
    }
    StringBuilder name = new StringBuilder("CASE");
    StringBuilder order = new StringBuilder("CASE");
    List<String> match = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      NamedSeries s = series.get(i);
      String when =
          "t.dimension = " + quote(s.dimension()) + " AND t.dimension_value = " + quote(s.value());
      name.append(" WHEN ").append(when).append(" THEN ").append(quote(s.name()));
      order.append(" WHEN ").append(when).append(" THEN ").append(i);
      match.add("(" + when + ")");
    }
    name.append(" END");
    order.append(" END");
    return new FigureQuery(
        org.modus.reports.model.Headline.FIGURE_PREFIX + rank,
        "annex",
        FigureKind.LINE,
        family,
        "SELECT "
            + name
            + " AS series, t.dimension, t.dimension_value, t.period, "
            + trendColumns("t.")
            + " "
            + "FROM trends t WHERE t.family = "
            + literal(family)
            + " AND t.category = "
            + quote(category)
            + " AND ("
            + String.join(" OR ", match)
            + ") ORDER BY "
            + order
            + ", t.period_start",
        List.of("trends"),
        ChartSpec.corrected("series", "period", null, null),
        "figure.headline.title",
        "figure.headline.alt",
        textValues);
  }

  /**
   * Cells on which two aggregate sources disagree, largest gap first. A value that may lie in
   * 1..k-1 is withheld (NULL, the row marked suppressed), as disclosure control does for every
   * count.
   */
  static FigureQuery discrepancies(int k, int maxListed) {
    if (k < 1) {
      throw new IllegalArgumentException("disclosure threshold must be positive: " + k);
    }
    String hiddenA = "(value_a_low < " + k + " AND (value_a_high IS NULL OR value_a_high > 0))";
    String hiddenB = "(value_b_low < " + k + " AND (value_b_high IS NULL OR value_b_high > 0))";
    return new FigureQuery(
        "source_discrepancies",
        "source_discrepancies",
        FigureKind.TABLE,
        null,
        "SELECT country, year, indicator_id, family, coalesce(category, 'total') AS category, sex, age, "
            + "source_a AS kept_source, CASE WHEN "
            + hiddenA
            + " THEN NULL ELSE "
            + interval("value_a")
            + " END AS kept_value, "
            + "source_b AS other_source, CASE WHEN "
            + hiddenB
            + " THEN NULL ELSE "
            + interval("value_b")
            + " END AS other_value, "
            + hiddenA
            + " OR "
            + hiddenB
            + " AS suppressed "
            + "FROM source_discrepancies ORDER BY gap DESC, country, year, indicator_id, category LIMIT "
            + maxListed,
        List.of("source_discrepancies"),
        null,
        "figure.source_discrepancies.title",
        null);
  }

  /** An interval as text: 120, [0, 4], or [1,001, unbounded). */
  private static String interval(String v) {
    return "CASE WHEN "
        + v
        + "_high = "
        + v
        + "_low THEN format_number("
        + v
        + "_low, 0) "
        + "WHEN "
        + v
        + "_high IS NULL THEN concat('[', format_number("
        + v
        + "_low, 0), ', unbounded)') "
        + "ELSE concat('[', format_number("
        + v
        + "_low, 0), ', ', format_number("
        + v
        + "_high, 0), ']') END";
  }

  // ---- the "data and method" section and the case-record charts ----

  /** A count withheld as every published count is: 1..k-1 becomes NULL (zero is shown). */
  private static String maskedCount(String n, int k) {
    return "CASE WHEN " + n + " > 0 AND " + n + " < " + k + " THEN NULL ELSE " + n + " END";
  }

  private static String hidden(String n, int k) {
    return "coalesce(" + n + " > 0 AND " + n + " < " + k + ", false)";
  }

  /**
   * A period as "first to last" text; the empty string (not NULL, which reads "suppressed") when
   * none.
   */
  private static String span(String first, String last) {
    return "CASE WHEN "
        + first
        + " IS NULL THEN '' WHEN "
        + first
        + " = "
        + last
        + " THEN "
        + first
        + " ELSE concat("
        + first
        + ", ' / ', "
        + last
        + ") END";
  }

  /**
   * Records accepted per source of ads, case records and national aggregates, and the period they
   * cover (dates of ads, years of cases and aggregates). A source with fewer than k records is
   * withheld like any small count: its records and period are NULL and the row marked suppressed.
   */
  static FigureQuery methodSources(int k) {
    String perSource =
        "SELECT '%1$s' AS kind, source, count(*) AS n, CAST(min(%2$s) AS STRING) AS f, "
            + "CAST(max(%2$s) AS STRING) AS l FROM %1$s GROUP BY source";
    return new FigureQuery(
        "method_sources",
        "data_method",
        FigureKind.TABLE,
        null,
        "SELECT kind, source, "
            + maskedCount("n", k)
            + " AS records, CASE WHEN "
            + hidden("n", k)
            + " THEN NULL ELSE "
            + span("f", "l")
            + " END AS period_covered, "
            + hidden("n", k)
            + " AS suppressed "
            + "FROM ("
            + String.format(perSource, "ads", "posted_at")
            + " UNION ALL "
            + String.format(perSource, "cases", "year")
            + " UNION ALL "
            + String.format(perSource, "aggregates", "year")
            + ") s ORDER BY kind, source",
        List.of("ads", "cases", "aggregates"),
        null,
        "figure.method_sources.title",
        null);
  }

  /**
   * Ads and case records per country (country of the ad; country of exploitation of the case), most
   * ads first. Counts of 1..k-1 are withheld with their period; a country with none shows 0.
   */
  static FigureQuery methodCoverage(int k) {
    return new FigureQuery(
        "method_coverage_country",
        "data_method",
        FigureKind.TABLE,
        null,
        "WITH a AS (SELECT country, count(*) AS n, CAST(min(posted_at) AS STRING) AS f, "
            + "CAST(max(posted_at) AS STRING) AS l FROM ads WHERE country IS NOT NULL GROUP BY country), "
            + "c AS (SELECT country_exploitation AS country, count(*) AS n, CAST(min(year) AS STRING) AS f, "
            + "CAST(max(year) AS STRING) AS l FROM cases WHERE country_exploitation IS NOT NULL "
            + "GROUP BY country_exploitation) "
            + "SELECT coalesce(a.country, c.country) AS country, "
            + maskedCount("coalesce(a.n, 0)", k)
            + " AS ads, "
            + "CASE WHEN "
            + hidden("a.n", k)
            + " THEN NULL ELSE "
            + span("a.f", "a.l")
            + " END AS ads_period, "
            + maskedCount("coalesce(c.n, 0)", k)
            + " AS cases, "
            + "CASE WHEN "
            + hidden("c.n", k)
            + " THEN NULL ELSE "
            + span("c.f", "c.l")
            + " END AS cases_period, "
            + hidden("a.n", k)
            + " OR "
            + hidden("c.n", k)
            + " AS suppressed "
            + "FROM a FULL OUTER JOIN c ON a.country = c.country "
            + "ORDER BY coalesce(a.n, 0) DESC, coalesce(c.n, 0) DESC, country",
        List.of("ads", "cases"),
        null,
        "figure.method_coverage.title",
        null);
  }

  /**
   * How many published cells disclosure control withheld, per table and rule: trends applies the
   * primary rule only; country_comparison records which rule hid each cell in its suppression
   * column.
   */
  static FigureQuery methodSuppression() {
    return new FigureQuery(
        "method_suppression",
        "data_method",
        FigureKind.TABLE,
        null,
        "SELECT 'trends' AS output_table, count(*) AS cells, count_if(suppressed) AS suppressed_cells, "
            + "count_if(suppressed) AS primary_rule, CAST(0 AS BIGINT) AS secondary_rule, "
            + "CAST(0 AS BIGINT) AS total_rule FROM trends "
            + "UNION ALL SELECT 'country_comparison', count(*), count_if(suppressed), "
            + "count_if(suppression = 'primary'), count_if(suppression = 'secondary'), "
            + "count_if(suppression = 'total') FROM country_comparison",
        List.of("trends", "country_comparison"),
        null,
        "figure.method_suppression.title",
        null);
  }

  /** Families found in case records (structured fields and narratives), charted by country. */
  static final List<String> CASE_FAMILIES =
      List.of("control_coercion", "exploitation_type", "labour_sector");

  /**
   * Share of case records with each category per country of exploitation in the latest year of case
   * records: a heat map, so that every published cell keeps its value and every suppressed cell is
   * marked. These are the cells country_comparison publishes; pooling them over countries or years
   * would add totals that, minus the published cells, could give a suppressed one away.
   */
  static FigureQuery caseFamilyByCountry(String family) {
    String f = literal(family);
    return new FigureQuery(
        family + "_cases_country",
        Figure.CASE_RECORDS_SECTION,
        FigureKind.HEATMAP,
        family,
        "SELECT c.country, c.category, c.period, "
            + masked("c.", "share")
            + ", c.suppressed "
            + "FROM country_comparison c WHERE c.source_kind = 'cases' AND c.family = "
            + f
            + " AND c.period = (SELECT max(period) FROM country_comparison WHERE source_kind = 'cases' "
            + "AND family = "
            + f
            + ") ORDER BY c.country, c.category",
        List.of("country_comparison"),
        new ChartSpec("category", "country", "share", null, null, null, family),
        "figure.cases_heatmap.title",
        "figure.cases_heatmap.alt");
  }
}

package org.modus.reports.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.modus.reports.ReportTexts;
import org.modus.reports.findings.Headlines.Branch;
import org.modus.reports.findings.Headlines.Group;
import org.modus.reports.findings.Levels.Series;
import org.modus.reports.model.Finding;

/**
 * Words for a headline: the lead finding's clause (what changed, where, between when, no
 * statistics: those are in the annex), then who drove it, where else it went the same way and where
 * it went the other way. "Mentions of Cryptocurrency rose from 3% to 28% of ads across all sources
 * between 2022-Q1 and 2024-Q4, driven by Europe (France, Spain), but fell in Belgium."
 */
public final class HeadlineWriter {
  /**
   * Lines drawn in a headline's chart: the lead's series and the first series the headline names.
   */
  public static final int MAX_CHART_SERIES = 4;

  private final ReportTexts texts;
  private final FindingWriter names;

  public HeadlineWriter(ReportTexts texts) {
    this.texts = texts;
    this.names = new FindingWriter(texts, 1.0);
  }

  public String text(Group g) {
    StringBuilder s = new StringBuilder(g.lead().lead());
    if (!g.drivers().isEmpty()) {
      s.append(texts.fill("headline.driven_by", Map.of("names", list(g.drivers(), this::branch))));
    }
    if (!g.also().isEmpty()) {
      s.append(texts.fill("headline.also", Map.of("names", list(g.also(), this::branch))));
    }
    if (!g.against().isEmpty()) {
      // the exceptions go the other way: down when the lead went up
      s.append(
          texts.fill(
              g.lead().up() ? "headline.against.down" : "headline.against.up",
              Map.of("names", list(g.against(), this::name))));
    }
    return s.append(texts.text("headline.end")).toString();
  }

  /** "Europe (France, Spain)": a driver with the drivers inside it. */
  private String branch(Branch b) {
    if (b.inside().isEmpty()) {
      return name(b.top());
    }
    return texts.fill(
        "headline.branch", Map.of("name", name(b.top()), "inside", list(b.inside(), this::name)));
  }

  private String name(Finding f) {
    return name(Headlines.series(f));
  }

  /** The bare name of a series: "France", "Europe", "All sources", "source s1". */
  public String name(Series s) {
    return names.name(s.dimension(), s.value());
  }

  /**
   * "A, B and C"; beyond {@link Headlines#MAX_NAMED} the rest are counted: "A, B, C, D and 2 more".
   */
  <T> String list(List<T> items, Function<T, String> shown) {
    List<String> parts =
        new ArrayList<>(items.stream().limit(Headlines.MAX_NAMED).map(shown).toList());
    if (items.size() > Headlines.MAX_NAMED) {
      parts.add(texts.fill("list.more", Map.of("count", items.size() - Headlines.MAX_NAMED)));
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + texts.text("list.and")
        + parts.get(parts.size() - 1);
  }

  /**
   * The series a headline's chart draws: the lead's, then those it names in the order it names them
   * (drivers with what is inside them, then the others), at most {@link #MAX_CHART_SERIES}.
   */
  public static List<Series> chartSeries(Group g) {
    List<Series> out = new ArrayList<>();
    out.add(Headlines.series(g.lead()));
    List<Finding> named = new ArrayList<>();
    for (Branch b : g.drivers()) {
      named.add(b.top());
      named.addAll(b.inside());
    }
    for (Branch b : g.also()) {
      named.add(b.top());
      named.addAll(b.inside());
    }
    named.addAll(g.against());
    for (Finding f : named) {
      Series s = Headlines.series(f);
      if (out.size() < MAX_CHART_SERIES && !out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }
}

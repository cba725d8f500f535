package org.modus.reports;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modus.schemas.ModusResources;
import org.modus.schemas.Taxonomy;

/**
 * The report's words in one language, read from {@code
 * data-schemas/labels/report_<lang>.properties} (UTF-8), plus the taxonomy's category labels.
 * Placeholders are {@code {name}}, filled by name so that a translation may reorder them.
 */
public final class ReportTexts {
  public static final List<String> LANGUAGES = List.of("en", "fr");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

  private final String lang;
  private final Properties texts;

  private ReportTexts(String lang, Properties texts) {
    this.lang = lang;
    this.texts = texts;
  }

  public static ReportTexts of(String lang) {
    if (!LANGUAGES.contains(lang)) {
      throw new IllegalArgumentException(
          "Report language must be one of " + LANGUAGES + ", got '" + lang + "'");
    }
    Properties p = new Properties();
    String path = "labels/report_" + lang + ".properties";
    try (Reader in = new InputStreamReader(ModusResources.open(path), StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read modus/" + path, e);
    }
    return new ReportTexts(lang, p);
  }

  public String lang() {
    return lang;
  }

  public Locale locale() {
    return Locale.forLanguageTag(lang);
  }

  public Set<String> keys() {
    return texts.stringPropertyNames();
  }

  /** The text under {@code key}; a missing key is a bug in the label files and fails naming it. */
  public String text(String key) {
    String value = texts.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(
          "Missing report text '"
              + key
              + "' in data-schemas/labels/report_"
              + lang
              + ".properties");
    }
    return value;
  }

  public boolean has(String key) {
    return texts.containsKey(key);
  }

  /** The text under {@code key} with each {@code {name}} replaced by {@code values.get(name)}. */
  public String fill(String key, Map<String, ?> values) {
    String template = text(key);
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object v = values.get(m.group(1));
      if (v == null) {
        throw new IllegalArgumentException(
            "No value for {" + m.group(1) + "} in report text '" + key + "'");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(v.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  public String familyLabel(String family) {
    return Taxonomy.v1().familyLabel(family, lang);
  }

  /** The taxonomy label of a category, or the id itself when the taxonomy does not know it. */
  public String categoryLabel(String family, String category) {
    return family == null ? category : Taxonomy.v1().categoryLabel(family, category, lang);
  }

  /** Column heading for a result column, falling back to the column name. */
  public String column(String name) {
    String key = "column." + name;
    return has(key) ? text(key) : name;
  }
}

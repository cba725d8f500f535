package org.modus.engine;

import java.util.Map;

/**
 * One input source in a run config (an ad corpus, a case dataset, an aggregate table or a survey).
 *
 * @param name short name, used in table rows ({@code source}) and quarantine folders
 * @param input file, folder or glob (a Hadoop path)
 * @param format csv, jsonl or parquet for ads; htcds or ctdc for cases; glotip or eurostat for
 *     aggregates; csv for surveys
 * @param delimiter CSV delimiter; null means detect among , ; and tab
 * @param encoding character set of text input (UTF-8 by default; windows-1252, ISO-8859-1, ...)
 * @param map canonical field to source column, e.g. {@code text: description}
 * @param questionnaire surveys only: the questionnaire definition file
 * @param options anything source-specific (e.g. date_format), documented by the stage that reads it
 */
public record SourceConfig(
    String name,
    String input,
    String format,
    String delimiter,
    String encoding,
    Map<String, String> map,
    String questionnaire,
    Map<String, String> options) {

  public SourceConfig {
    map = map == null ? Map.of() : Map.copyOf(map);
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  public String option(String key, String fallback) {
    return options.getOrDefault(key, fallback);
  }
}

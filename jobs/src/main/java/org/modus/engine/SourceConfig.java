package org.modus.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * @param map canonical field to source column, e.g. {@code text: description}; the text may come
 *     from several columns, written {@code text: title+description} or as a YAML list
 * @param questionnaire surveys only: the questionnaire definition file
 * @param options anything source-specific (e.g. date_format), documented by the stage that reads it
 */
public record SourceConfig(
    String name,
    String input,
    String format,
    String delimiter,
    String encoding,
    @JsonDeserialize(contentUsing = SourceConfig.ColumnOrColumns.class) Map<String, String> map,
    String questionnaire,
    Map<String, String> options) {

  public SourceConfig {
    map = map == null ? Map.of() : Map.copyOf(map);
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  public String option(String key, String fallback) {
    return options.getOrDefault(key, fallback);
  }

  /**
   * A mapped column, or a YAML list of columns, read as the command line writes it: joined by '+'.
   */
  static final class ColumnOrColumns extends JsonDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        return p.getValueAsString();
      }
      List<String> columns = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (!t.isScalarValue()) {
          return (String) ctx.handleUnexpectedToken(String.class, p);
        }
        columns.add(p.getValueAsString());
      }
      return String.join("+", columns);
    }
  }
}

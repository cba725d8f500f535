package org.modus.ingest;

import java.io.Serializable;
import java.util.Map;
import org.modus.engine.CsvDelimiter;

/** One input file of one source, as shipped to an executor: only small settings travel. */
public record FileTask(
    String source,
    String file,
    String format,
    String delimiter,
    String encoding,
    Map<String, String> options,
    String questionnaire)
    implements Serializable {

  /** The configured delimiter (see {@link CsvDelimiter#configured}); null: detect it. */
  public Character delimiterChar() {
    return CsvDelimiter.configured(delimiter);
  }

  public String option(String key) {
    return options == null ? null : options.get(key);
  }
}

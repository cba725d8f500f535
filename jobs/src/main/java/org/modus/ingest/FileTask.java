package org.modus.ingest;

import java.io.Serializable;
import java.util.Map;

/** One input file of one source, as shipped to an executor: only small settings travel. */
public record FileTask(String source, String file, String format, String delimiter, String encoding,
    Map<String, String> options, String questionnaire) implements Serializable {

  public Character delimiterChar() {
    if (delimiter == null || delimiter.isEmpty()) {
      return null;
    }
    return switch (delimiter) {
      case "tab", "\\t", "\t" -> '\t';
      default -> delimiter.charAt(0);
    };
  }

  public String option(String key) {
    return options == null ? null : options.get(key);
  }
}

package org.modus.ingest;

import java.io.Serializable;

/**
 * Turns one input file into rows, quarantine rows, notes and its record counts. Must be
 * serializable. The file comes as an {@link InputFile}: text parsers call {@link InputFile#text()}
 * (which refuses a spreadsheet with a clear message), tabular parsers {@link InputFile#table}
 * (delimited text or an {@code .xlsx} sheet).
 */
@FunctionalInterface
public interface FileParser extends Serializable {
  ParsedFile parse(FileTask task, InputFile input);
}

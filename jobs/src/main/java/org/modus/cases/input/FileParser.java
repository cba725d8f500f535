package org.modus.cases.input;

import java.io.Serializable;
import java.util.List;

/**
 * Turns one input file into rows, quarantine rows and notes. Must be serializable. The file comes as
 * an {@link InputFile}: text parsers call {@link InputFile#text()} (which refuses a spreadsheet with
 * a clear message), tabular parsers {@link InputFile#table} (delimited text or an {@code .xlsx} sheet).
 */
@FunctionalInterface
public interface FileParser extends Serializable {
  List<Out> parse(FileTask task, InputFile input);
}

package org.modus.cases.input;

import java.io.Serializable;
import java.util.List;

/** Turns the text of one input file into rows, quarantine rows and notes. Must be serializable. */
@FunctionalInterface
public interface FileParser extends Serializable {
  List<Out> parse(FileTask task, String text);
}

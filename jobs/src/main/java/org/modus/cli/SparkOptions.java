package org.modus.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every Spark-running command shares. */
public final class SparkOptions {
  @Option(
      names = "--master",
      description = "Spark master URL (default: the one spark-submit set, else local[*]).")
  String master;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description =
          "Extra Spark setting; repeatable. Overrides defaults, not Modus's mandatory settings.")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(
      names = {"-v", "--verbose"},
      description = "Show Spark's and CoreNLP's logs and stack traces.")
  boolean verbose;
}

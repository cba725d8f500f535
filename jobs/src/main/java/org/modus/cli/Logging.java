package org.modus.cli;

import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/** Spark's log noise is hidden unless --verbose: users see Modus's own summary lines. */
final class Logging {
  private Logging() {}

  static boolean verboseRequested(String[] args) {
    return List.of(args).contains("--verbose") || List.of(args).contains("-v");
  }

  /** Must run before anything touches log4j: Spark installs its own INFO profile otherwise. */
  static void install() {
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "modus-log4j2.properties");
    }
  }

  static void configure(boolean verbose) {
    Configurator.setRootLevel(verbose ? Level.INFO : Level.ERROR);
    if (!verbose) {
      // Known-harmless warnings on a laptop (native Hadoop library, loopback hostname).
      Configurator.setLevel("org.apache.hadoop.util.NativeCodeLoader", Level.OFF);
      Configurator.setLevel("org.apache.spark.util.Utils", Level.OFF);
    }
  }
}

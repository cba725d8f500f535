package org.modus.testing;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.modus.engine.SparkSessions;

/**
 * One SparkSession per test JVM: local[2], UI off, driver on 127.0.0.1, few shuffle partitions.
 * Built through the same factory the CLI uses, so tests exercise the real configuration.
 */
public final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session =
          SparkSessions.create(
              "modus-tests",
              "local[2]",
              Map.of("spark.sql.shuffle.partitions", "4", "spark.default.parallelism", "4"));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> session.stop()));
    }
    return session;
  }
}

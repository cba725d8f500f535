package org.modus.engine;

/**
 * A named point where the fault-injection tests stop the JVM dead, as {@code kill -9} would, to
 * prove a crash there leaves a run that the next command repairs. Random kill times rarely land
 * inside the few milliseconds of a commit; these points make the tests hit them every time. Inert
 * unless the system property {@value #PROPERTY} names the point ({@code name:count}, e.g. {@code
 * publish:ingest-ads:1}: after the first output of ingest-ads's commit is in place); never set in
 * production.
 */
public final class FaultPoint {
  public static final String PROPERTY = "modus.test.halt-at";

  private FaultPoint() {}

  static void reach(String name, int count) {
    String at = System.getProperty(PROPERTY);
    if (at != null && at.equals(name + ":" + count)) {
      System.err.println("modus: test fault: halting at " + at);
      System.err.flush();
      Runtime.getRuntime().halt(137);
    }
  }
}

package org.modus.engine;

import java.util.function.Supplier;

/**
 * What every stage is handed besides its SparkSession: where the run lives, its config, its
 * manifest and (lazily, since only stages that see identifiers need it) the pseudonymizer.
 */
public final class RunContext {
  private final RunDir runDir;
  private final RunConfig config;
  private final Manifest manifest;
  private final Supplier<Pseudonymizer> keySupplier;
  private Pseudonymizer pseudonymizer;

  public RunContext(
      RunDir runDir, RunConfig config, Manifest manifest, Supplier<Pseudonymizer> keys) {
    this.runDir = runDir;
    this.config = config;
    this.manifest = manifest;
    this.keySupplier = keys;
  }

  public RunDir runDir() {
    return runDir;
  }

  public RunConfig config() {
    return config;
  }

  public Manifest manifest() {
    return manifest;
  }

  /** The keyed pseudonymizer; fails with the fix when no key was configured. */
  public synchronized Pseudonymizer pseudonymizer() {
    if (pseudonymizer == null) {
      pseudonymizer = keySupplier.get();
    }
    return pseudonymizer;
  }
}

package org.modus.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a single-stage command finds its run directory, config and key. */
public final class RunOptions {
  @Option(
      names = "--run",
      required = true,
      paramLabel = "DIR",
      description = "Run directory (local path or Hadoop URI) holding manifest.json and tables/.")
  String run;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Run config (YAML) for sources and settings; see docs/config.md.")
  Path config;

  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description = "Pseudonymization key file (else the MODUS_KEY environment variable).")
  Path keyFile;

  @Option(
      names = "--force-unlock",
      description =
          "Break the run directory's lock if its holder is gone "
              + "(a command killed before it finished); a lock held by a running command is never broken.")
  boolean forceUnlock;
}

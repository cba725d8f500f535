package org.modus.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.modus.engine.ModusException;
import org.modus.engine.RunConfig;
import org.modus.pipeline.Pipeline;
import org.modus.pipeline.RunContexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run every stage on your own data as a config file declares (see docs/config.md).",
      "Example: MODUS_KEY=... ./modus run --config examples/run-config.yaml"
    })
final class RunCommand implements Callable<Integer> {
  @Option(
      names = "--config",
      required = true,
      paramLabel = "FILE",
      description = "Run config (YAML).")
  Path config;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Run directory; overrides the config's output.")
  String out;

  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description = "Pseudonymization key file (else the config's key_file, else MODUS_KEY).")
  Path keyFile;

  @Option(
      names = "--force-unlock",
      description = "Break the run directory's lock if its holder is gone.")
  boolean forceUnlock;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    RunConfig cfg = RunConfig.load(config);
    String dir = out != null ? out : cfg.output();
    if (dir == null) {
      throw new ModusException(
          "No run directory: set 'output' in " + config + " or pass --out DIR");
    }
    return CommandSupport.locked(
        dir,
        "run",
        forceUnlock,
        () ->
            CommandSupport.withSpark(
                spark,
                cfg,
                "run",
                session -> {
                  Pipeline.runAll(session, RunContexts.open(session, dir, cfg, keyFile));
                  System.out.println("Report: " + dir + "/report/index.html");
                  return 0;
                }));
  }
}

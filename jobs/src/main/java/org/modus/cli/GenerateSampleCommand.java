package org.modus.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.modus.engine.ModusException;
import org.modus.sample.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "generate-sample",
    mixinStandardHelpOptions = true,
    description = {
      "Write synthetic inputs of every source family (ads, cases, aggregates, survey) with "
          + "planted trends, their ground truth, and a run config that reads them.",
      "Example: ./modus generate-sample --out sample --ads 6000 --seed 7"
    })
final class GenerateSampleCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write.")
  Path out;

  @Option(
      names = "--ads",
      defaultValue = "6000",
      description = "Number of ads (default: ${DEFAULT-VALUE}).")
  int ads;

  @Option(
      names = "--seed",
      defaultValue = "20240917",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    if (ads < 1) {
      throw new ModusException("--ads must be positive, got " + ads);
    }
    SampleGenerator.Result r =
        SampleGenerator.generate(out, ads, seed, out.resolveSibling(out.getFileName() + "-run"));
    System.out.println(
        "Sample written to "
            + out
            + "; run it with: ./modus run --config "
            + r.configFile()
            + " --key-file KEY");
    return 0;
  }
}

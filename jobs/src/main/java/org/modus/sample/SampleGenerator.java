package org.modus.sample;

import java.nio.file.Path;
import org.modus.engine.ModusException;

/** Placeholder: writes the synthetic inputs of every source family. */
public final class SampleGenerator {
  private SampleGenerator() {}

  /** What was written: the run config that reads the sample. */
  public record Result(Path configFile) {}

  public static Result generate(Path outDir, int ads, long seed, Path runOutput) {
    throw new ModusException("sample generation is not implemented yet");
  }
}

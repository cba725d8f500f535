package org.modus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.modus.engine.KeySource;
import org.modus.engine.ModusException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "keygen",
    mixinStandardHelpOptions = true,
    description = {
      "Write a new random 256-bit pseudonymization key. Keep it secret and keep it: the same "
          + "key links identifiers across runs.",
      "Example: ./modus keygen --out secrets/modus.key"
    })
final class KeygenCommand implements Callable<Integer> {
  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Key file to create.")
  Path out;

  @Override
  public Integer call() {
    if (Files.exists(out)) {
      throw new ModusException(
          out + " exists; refusing to overwrite a key (pseudonyms would change)");
    }
    KeySource.generate(out);
    System.out.println("Key written to " + out + " (owner-only permissions).");
    return 0;
  }
}

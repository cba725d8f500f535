package org.modus.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.modus.engine.ModusException;
import org.modus.pipeline.DataDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "data-dictionary",
    mixinStandardHelpOptions = true,
    description = {
      "Write the data dictionary (Markdown) generated from data-schemas/tables.",
      "Example: ./modus data-dictionary --out docs/data-dictionary.md"
    })
final class DataDictionaryCommand implements Callable<Integer> {
  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Markdown file to write.")
  Path out;

  @Override
  public Integer call() {
    try {
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Files.writeString(out, DataDictionary.markdown(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ModusException("Cannot write " + out + ": " + e.getMessage());
    }
    System.out.println("Data dictionary written to " + out);
    return 0;
  }
}

package org.modus.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One {@code ./modus demo} run per test JVM, shared by the end-to-end tests that inspect its
 * outputs (report, notebooks, trends). Lives under target/ so a failed build can be inspected.
 */
public final class DemoRun {
  private static Path dir;
  private static ModusProcess.Result result;

  private DemoRun() {}

  public static synchronized Path dir() {
    if (dir == null) {
      Path d = Path.of("target", "demo-run-it").toAbsolutePath();
      deleteRecursively(d);
      result = ModusProcess.run(Map.of(), "demo", "--out", d.toString());
      assertEquals(
          0, result.exitCode(), "demo failed:\n" + result.stdout() + "\n" + result.stderr());
      dir = d;
    }
    return dir;
  }

  public static synchronized ModusProcess.Result result() {
    dir();
    return result;
  }

  static void deleteRecursively(Path d) {
    if (!Files.exists(d)) {
      return;
    }
    try (Stream<Path> s = Files.walk(d)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}

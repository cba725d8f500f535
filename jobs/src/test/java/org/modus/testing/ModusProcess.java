package org.modus.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ./modus} as users do: a separate JVM with the launcher's flags and this build's
 * classpath. (In-process runs would share, and stop, the test JVM's SparkSession.)
 */
public final class ModusProcess {
  private ModusProcess() {}

  /** Exit code and what the command printed. */
  public record Result(int exitCode, String stdout, String stderr) {}

  public static Result run(Map<String, String> env, String... args) {
    return run(env, List.of(), args);
  }

  /** As {@link #run(Map, String...)}, with extra JVM options such as {@code -Dname=value}. */
  public static Result run(Map<String, String> env, List<String> jvm, String... args) {
    try {
      Path out = Files.createTempFile("modus-out", ".txt");
      Path err = Files.createTempFile("modus-err", ".txt");
      Process p = start(env, jvm, out, err, args);
      if (!p.waitFor(15, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError(
            "modus " + String.join(" ", args) + " did not finish in 15 minutes");
      }
      Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      return r;
    } catch (IOException e) {
      throw new AssertionError("cannot start modus", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Starts {@code ./modus args} without waiting, its output going to {@code out} and {@code err}.
   */
  public static Process start(
      Map<String, String> env, List<String> jvm, Path out, Path err, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx3g");
    cmd.addAll(Arrays.asList(jvmOptions().split("\\s+")));
    cmd.addAll(jvm);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.modus.cli.ModusCli");
    cmd.addAll(Arrays.asList(args));
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().putAll(env);
    return pb.start();
  }

  static String jvmOptions() {
    try (InputStream in = ModusProcess.class.getResourceAsStream("/modus-jvm.options")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException | NullPointerException e) {
      throw new AssertionError("modus-jvm.options missing from the build", e);
    }
  }
}

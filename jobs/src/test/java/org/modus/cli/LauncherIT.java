package org.modus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code ./modus} launcher (the bash script at the repository root): when it builds, which java
 * it runs and with what. It runs on a copy of the script in a temporary tree whose {@code mvnw} is
 * a stub that records its calls and leaves the files a real {@code package} leaves, so that what is
 * checked is the script's logic in a second per case rather than a Maven build per case.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("..", "modus").toAbsolutePath().normalize();
  private static final String BUILDING =
      "modus: building (first use or sources changed; takes a minute)...";
  private static final String JAR = "modus-jobs-0.1.0-SNAPSHOT.jar";

  @TempDir Path tmp;
  private Path root;
  private Path buildOutput;
  private Path calls;
  private Path javaArgs;
  private Path fakeJava;

  /** Exit code and what the launcher printed. */
  record Run(int exitCode, String stdout, String stderr) {}

  @BeforeEach
  void tree() throws IOException {
    root = Files.createDirectories(tmp.resolve("modus"));
    Files.copy(LAUNCHER, root.resolve("modus"));
    executable(root.resolve("modus"));
    write(root.resolve("pom.xml"), "<project/>\n");
    write(root.resolve("jobs/pom.xml"), "<project/>\n");
    write(root.resolve("jobs/src/main/java/org/modus/Main.java"), "class Main {}\n");
    write(root.resolve("jobs/src/test/java/org/modus/MainTest.java"), "class MainTest {}\n");
    write(root.resolve("data-schemas/labels/report_en.properties"), "report.title=Report\n");
    write(root.resolve("docs/notes.md"), "# notes\n");

    calls = tmp.resolve("mvnw-calls.txt");
    buildOutput = tmp.resolve("build-output");
    write(
        buildOutput.resolve("jobs/target/classes/modus-jvm.options"),
        "-Dfrom.jvm.options=yes -Dsecond=2\n");
    write(
        buildOutput.resolve("jobs/target/classpath-runtime.txt"),
        "/runtime/a.jar:/runtime/b.jar\n");
    write(
        buildOutput.resolve("spark-runtime/target/spark-classpath.txt"), "/spark/spark-sql.jar\n");
    write(buildOutput.resolve("jobs/target/" + JAR), "");
    write(buildOutput.resolve("jobs/target/modus-jobs-0.1.0-SNAPSHOT-spark.jar"), "");
    write(
        root.resolve("mvnw"),
        """
        #!/usr/bin/env bash
        echo "$*" >> "$STUB_MVNW_CALLS"
        if [ -n "${STUB_MVNW_FAIL:-}" ]; then echo "[ERROR] COMPILATION ERROR (stub)" >&2; exit 1; fi
        cp -R "$STUB_BUILD_OUTPUT/." "$(dirname "$0")/"
        """);
    executable(root.resolve("mvnw"));

    javaArgs = tmp.resolve("java-args.txt");
    fakeJava = tmp.resolve("fake-java");
    write(
        fakeJava,
        """
        #!/usr/bin/env bash
        printf '%s\\n' "$@" > "$FAKE_JAVA_ARGS"
        echo "SPARK_LOCAL_IP=$SPARK_LOCAL_IP" >> "$FAKE_JAVA_ARGS"
        echo "fake java ran"
        """);
    executable(fakeJava);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /**
   * The launcher with the fake java (through $JAVA) unless {@code env} says otherwise; null
   * removes.
   */
  private Run modus(Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(root.resolve("modus").toString()));
    cmd.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile());
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Map<String, String> e = pb.environment();
    e.remove("JAVA_HOME");
    e.remove("SPARK_LOCAL_IP");
    e.remove("MODUS_JAVA_OPTS");
    e.remove("MODUS_EXTRA_CLASSPATH");
    e.put("JAVA", fakeJava.toString());
    e.put("FAKE_JAVA_ARGS", javaArgs.toString());
    e.put("STUB_MVNW_CALLS", calls.toString());
    e.put("STUB_BUILD_OUTPUT", buildOutput.toString());
    env.forEach(
        (k, v) -> {
          if (v == null) {
            e.remove(k);
          } else {
            e.put(k, v);
          }
        });
    Process p = pb.start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(
          "./modus " + String.join(" ", args) + " did not finish in 2 minutes");
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private Run modus(String... args) throws Exception {
    return modus(Map.of(), args);
  }

  private int builds() throws IOException {
    return Files.exists(calls) ? Files.readAllLines(calls).size() : 0;
  }

  private List<String> javaArgs() throws IOException {
    return Files.readAllLines(javaArgs);
  }

  private Path stamp() {
    return root.resolve("jobs/target/.modus-launcher-built");
  }

  /** A file touched after the launcher's last build, without waiting for the clock. */
  private void changedSinceTheLastBuild(String relative) throws IOException {
    Path f = root.resolve(relative);
    if (!Files.exists(f)) {
      write(f, "new\n");
    }
    Files.setLastModifiedTime(
        f, FileTime.fromMillis(Files.getLastModifiedTime(stamp()).toMillis() + 10_000));
  }

  @Test
  void theFirstUseBuildsOnceAndThenRunsTheCommandLine() throws Exception {
    Run r = modus("status", "--run", "runs/a b");
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(r.stderr().contains(BUILDING), r.stderr());
    assertEquals(
        List.of("-q -B -Dmaven.test.skip=true -Dspotless.check.skip=true package"),
        Files.readAllLines(calls));
    assertEquals(
        "fake java ran\n", r.stdout(), "the build's output goes to stderr, never into a command's");
    assertTrue(Files.exists(stamp()));
  }

  @Test
  void theCommandLineRunsWithTheBuildsJvmFlagsAndClasspathButNotTheShadedJar() throws Exception {
    assertEquals(0, modus("status", "--run", "runs/a b").exitCode());
    String jar = root.resolve("jobs/target/" + JAR).toString();
    assertEquals(
        List.of(
            "-Xmx4g",
            "-Dfrom.jvm.options=yes",
            "-Dsecond=2",
            "-cp",
            jar + ":/runtime/a.jar:/runtime/b.jar:/spark/spark-sql.jar",
            "org.modus.cli.ModusCli",
            "status",
            "--run",
            "runs/a b",
            "SPARK_LOCAL_IP=127.0.0.1"),
        javaArgs());
  }

  @Test
  void modusJavaOptsReplaceTheDefaultHeapAndExtraClasspathAndSparkLocalIpAreHonoured()
      throws Exception {
    assertEquals(
        0,
        modus(
                Map.of(
                    "MODUS_JAVA_OPTS",
                    "-Xmx1g -Dx=1",
                    "MODUS_EXTRA_CLASSPATH",
                    "/extra/models.jar",
                    "SPARK_LOCAL_IP",
                    "10.0.0.5"),
                "--version")
            .exitCode());
    List<String> args = javaArgs();
    assertEquals(List.of("-Xmx1g", "-Dx=1"), args.subList(0, 2));
    assertFalse(args.contains("-Xmx4g"), args.toString());
    assertTrue(
        args.get(args.indexOf("-cp") + 1).endsWith(":/spark/spark-sql.jar:/extra/models.jar"),
        args.toString());
    assertEquals("SPARK_LOCAL_IP=10.0.0.5", args.get(args.size() - 1));
  }

  @Test
  void nothingIsRebuiltWhenNothingChanged() throws Exception {
    modus("--version");
    Run again = modus("--version");
    assertEquals(0, again.exitCode(), again.stderr());
    assertFalse(again.stderr().contains("building"), again.stderr());
    assertEquals(1, builds());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "jobs/src/main/java/org/modus/Main.java",
        "jobs/src/main/resources/new.properties",
        "pom.xml",
        "jobs/pom.xml",
        "data-schemas/labels/report_en.properties"
      })
  void aChangedSourceBuildFileOrDataFileIsRebuiltBeforeRunning(String changed) throws Exception {
    modus("--version");
    changedSinceTheLastBuild(changed);
    Run r = modus("--version");
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(r.stderr().contains(BUILDING), r.stderr());
    assertEquals(2, builds());
    assertEquals("fake java ran\n", r.stdout());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "docs/notes.md",
        "jobs/src/test/java/org/modus/MainTest.java",
        "jobs/target/classes/Main.class",
        "runs/demo/manifest.json"
      })
  void aChangeOutsideTheMainSourcesIsNotRebuilt(String changed) throws Exception {
    modus("--version");
    changedSinceTheLastBuild(changed);
    Run r = modus("--version");
    assertFalse(r.stderr().contains("building"), r.stderr());
    assertEquals(1, builds());
  }

  @Test
  void aMissingBuildOutputIsBuiltAgainAsAfterMvnwClean() throws Exception {
    modus("--version");
    Files.delete(root.resolve("spark-runtime/target/spark-classpath.txt"));
    Run r = modus("--version");
    assertTrue(r.stderr().contains(BUILDING), r.stderr());
    assertEquals(2, builds());
  }

  @Test
  void aFailedBuildSaysHowToSeeWhyRunsNothingAndIsTriedAgainNextTime() throws Exception {
    Run r = modus(Map.of("STUB_MVNW_FAIL", "1"), "--version");
    assertEquals(1, r.exitCode());
    assertTrue(
        r.stderr().contains("modus: build failed; run './mvnw -DskipTests package' to see why"),
        r.stderr());
    assertFalse(Files.exists(javaArgs), "java was not started");
    assertFalse(Files.exists(stamp()));
    assertEquals(0, modus("--version").exitCode());
    assertEquals(2, builds());
  }

  /** A PATH with the tools the launcher uses but no java, which lives in /usr/bin beside them. */
  private Path pathWithoutJava() throws IOException {
    Path bin = Files.createDirectories(tmp.resolve("bin-without-java"));
    for (String tool :
        List.of("bash", "dirname", "find", "touch", "ls", "grep", "head", "cat", "cp", "env")) {
      for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
        Path p = Path.of(dir, tool);
        if (Files.isExecutable(p)) {
          Files.createSymbolicLink(bin.resolve(tool), p.toRealPath());
          break;
        }
      }
    }
    return bin;
  }

  private static void assertOneLineWithoutStackTrace(String stderr) {
    assertEquals(1, stderr.lines().count(), stderr);
    assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), stderr);
  }

  @Test
  void withoutJavaOnPathTheLauncherSaysToInstallAJdkAndBuildsNothing() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("JAVA", null);
    env.put("PATH", pathWithoutJava().toString());
    Run r = modus(env, "demo");
    assertEquals(1, r.exitCode(), r.stderr());
    assertTrue(r.stderr().startsWith("modus: no Java found"), r.stderr());
    assertTrue(
        r.stderr().contains("install a JDK 17 or 21") && r.stderr().contains("JAVA_HOME"),
        r.stderr());
    assertOneLineWithoutStackTrace(r.stderr());
    assertEquals(0, builds(), "no build is tried without a JDK");
    assertEquals("", r.stdout());
  }

  @Test
  void aJavaHomeWithoutBinJavaIsNamedInsteadOfFallingBackToAnotherJava() throws Exception {
    Path wrong = tmp.resolve("not-a-jdk");
    Files.createDirectories(wrong);
    Map<String, String> env = new HashMap<>();
    env.put("JAVA", null);
    env.put("JAVA_HOME", wrong.toString());
    Run r = modus(env, "demo");
    assertEquals(1, r.exitCode(), r.stderr());
    assertEquals(
        "modus: JAVA_HOME is set to '"
            + wrong
            + "', which has no bin/java: point it at a JDK 17 or 21, "
            + "or unset it",
        r.stderr().strip());
    assertOneLineWithoutStackTrace(r.stderr());
    assertEquals(0, builds());
  }

  @Test
  void theJavaOfJavaHomeRunsModusAsItIsTheOneTheWrapperBuildsWith() throws Exception {
    Path jdk = tmp.resolve("jdk");
    Files.createDirectories(jdk.resolve("bin"));
    Files.createSymbolicLink(jdk.resolve("bin/java"), fakeJava);
    Map<String, String> env = new HashMap<>();
    env.put("JAVA", null);
    env.put("JAVA_HOME", jdk.toString());
    Run r = modus(env, "--version");
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals("fake java ran\n", r.stdout());
  }

  /**
   * The one case with a real JVM: the launcher's command line, with the real modus-jvm.options and
   * this build's classpath, starts the real CLI.
   */
  @Test
  void aBuiltTreeStartsTheRealCommandLineWithTheBuildsJvmFlags() throws Exception {
    try (InputStream in = LauncherIT.class.getResourceAsStream("/modus-jvm.options")) {
      write(
          buildOutput.resolve("jobs/target/classes/modus-jvm.options"),
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    write(
        buildOutput.resolve("jobs/target/classpath-runtime.txt"),
        System.getProperty("java.class.path"));
    try (OutputStream out = Files.newOutputStream(buildOutput.resolve("jobs/target/" + JAR));
        JarOutputStream jar = new JarOutputStream(out, new Manifest())) {
      jar.flush();
    }
    Map<String, String> env = new HashMap<>();
    env.put("JAVA", null);
    env.put("MODUS_JAVA_OPTS", "-Xmx256m");
    Run r = modus(env, "--version");
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(r.stdout().startsWith("modus ") && r.stdout().contains("(Spark "), r.stdout());
  }
}

package org.modus.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Spark standalone cluster on 127.0.0.1 (one Master, one Worker) started from the
 * Maven-resolved Spark jars, as the README's cluster section describes. Nothing binds outside
 * loopback; every process is stopped by pid on close.
 */
public final class StandaloneCluster implements AutoCloseable {
  private final Path sparkHome;
  private final Path logs;
  private final int masterPort;
  private final List<Process> daemons = new ArrayList<>();

  private StandaloneCluster(Path sparkHome, Path logs, int masterPort) {
    this.sparkHome = sparkHome;
    this.logs = logs;
    this.masterPort = masterPort;
  }

  public String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  /**
   * Builds SPARK_HOME/jars from spark-runtime's classpath, then starts a Master and a 2-core
   * Worker.
   */
  public static StandaloneCluster start(Path workDir) throws IOException, InterruptedException {
    Path home = workDir.resolve("spark-home");
    Path jars = home.resolve("jars");
    Files.createDirectories(jars);
    for (String jar :
        Files.readString(Path.of("../spark-runtime/target/spark-classpath.txt"))
            .strip()
            .split(":")) {
      Path link = jars.resolve(Path.of(jar).getFileName());
      if (!Files.exists(link)) {
        Files.createSymbolicLink(link, Path.of(jar));
      }
    }
    Path logs = Files.createDirectories(workDir.resolve("logs"));
    StandaloneCluster c = new StandaloneCluster(home, logs, freePort());
    c.daemons.add(
        c.launch(
            "master",
            List.of("-Dspark.master.rest.enabled=false"),
            "org.apache.spark.deploy.master.Master",
            "--host",
            "127.0.0.1",
            "--port",
            String.valueOf(c.masterPort),
            "--webui-port",
            String.valueOf(freePort())));
    waitForPort(c.masterPort, 60);
    c.daemons.add(
        c.launch(
            "worker",
            List.of("-Dspark.worker.cleanup.enabled=false"),
            "org.apache.spark.deploy.worker.Worker",
            "--host",
            "127.0.0.1",
            "--cores",
            "2",
            "--memory",
            "6g",
            "--webui-port",
            String.valueOf(freePort()),
            "--work-dir",
            workDir.resolve("work").toString(),
            c.masterUrl()));
    c.waitForLog("master", "Registering worker", 60);
    return c;
  }

  /** Runs {@code spark-submit --master <this> --class org.modus.cli.ModusCli <appJar> args...}. */
  public ModusProcess.Result submit(Path appJar, List<String> sparkConf, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(javaCommand(List.of()));
    cmd.addAll(
        List.of(
            "org.apache.spark.deploy.SparkSubmit",
            "--master",
            masterUrl(),
            "--class",
            "org.modus.cli.ModusCli",
            "--conf",
            "spark.executor.memory=2g",
            "--conf",
            "spark.driver.host=127.0.0.1"));
    for (String conf : sparkConf) {
      cmd.add("--conf");
      cmd.add(conf);
    }
    cmd.add(appJar.toString());
    cmd.addAll(Arrays.asList(args));
    Path out = Files.createTempFile(logs, "submit", ".out");
    Path err = Files.createTempFile(logs, "submit", ".err");
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
    env(pb.environment());
    Process p = pb.start();
    if (!p.waitFor(20, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("spark-submit did not finish in 20 minutes; see " + err);
    }
    return new ModusProcess.Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** Pids of the executor JVMs the Worker launched (CoarseGrainedExecutorBackend). */
  public List<Long> executorPids() {
    return ProcessHandle.allProcesses()
        .filter(ph -> ph.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
        .filter(
            ph ->
                ph.info().commandLine().orElse("").contains(sparkHome.toString())
                    || ph.parent()
                        .map(pp -> daemons.stream().anyMatch(d -> d.pid() == pp.pid()))
                        .orElse(false))
        .map(ProcessHandle::pid)
        .toList();
  }

  private Process launch(String name, List<String> props, String... mainAndArgs)
      throws IOException {
    List<String> cmd = new ArrayList<>(javaCommand(props));
    cmd.addAll(Arrays.asList(mainAndArgs));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(logs.resolve(name + ".log").toFile());
    env(pb.environment());
    return pb.start();
  }

  private List<String> javaCommand(List<String> props) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(Arrays.asList(ModusProcess.jvmOptions().split("\\s+")));
    cmd.addAll(props);
    cmd.add("-cp");
    cmd.add(sparkHome.resolve("jars").toString() + "/*");
    return cmd;
  }

  private void env(Map<String, String> env) {
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
  }

  private void waitForLog(String name, String text, int seconds)
      throws IOException, InterruptedException {
    Path log = logs.resolve(name + ".log");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.readString(log).contains(text)) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError(name + " log never said '" + text + "'; see " + log);
  }

  private static void waitForPort(int port, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(300);
      }
    }
    throw new AssertionError("nothing listens on 127.0.0.1:" + port + " after " + seconds + " s");
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    for (Long pid : executorPids()) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
    for (int i = daemons.size() - 1; i >= 0; i--) {
      Process p = daemons.get(i);
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroy();
      try {
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
      }
    }
  }
}

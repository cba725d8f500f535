package org.modus.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One writer per run directory: a lock file ({@code .modus-lock}: command, host, pid, start time),
 * created only if absent, so of two commands started together exactly one gets it. The other fails
 * at once with a one-line message naming the holder. A lock whose holder is gone (a dead pid on
 * this host: killed, power cut) is reported as stale and can be broken with {@code --force-unlock};
 * a lock held by a live process is never broken.
 */
public final class RunLock implements AutoCloseable {
  public static final String FILE = ".modus-lock";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Who holds a lock, as its file says. */
  public record Holder(String command, String host, long pid, String started) {
    public boolean onThisHost() {
      return host.equals(hostName());
    }

    /**
     * Alive when on another host (it cannot be checked from here) or a live process of this one.
     */
    public boolean alive() {
      return !onThisHost() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    String describe() {
      return "'"
          + MessageText.value(command)
          + "' (pid "
          + pid
          + " on "
          + MessageText.value(host)
          + ", since "
          + MessageText.value(started)
          + ")";
    }
  }

  private final FileSystem fs;
  private final Path path;

  private RunLock(FileSystem fs, Path path) {
    this.fs = fs;
    this.path = path;
  }

  /**
   * Takes the lock of {@code run} for {@code command}. {@code forceUnlock} breaks a stale lock
   * first (reported on standard error); it never breaks a live one.
   */
  public static RunLock acquire(
      RunDir run, String command, boolean forceUnlock, Configuration conf) {
    Path path = new Path(run.root(), FILE);
    try {
      FileSystem fs = path.getFileSystem(conf);
      fs.mkdirs(path.getParent());
      ObjectNode n = JSON.createObjectNode();
      n.put("command", command);
      n.put("host", hostName());
      n.put("pid", ProcessHandle.current().pid());
      n.put("started", Instant.now().toString());
      byte[] content = JSON.writeValueAsBytes(n);
      for (int attempt = 0; attempt < 2; attempt++) {
        if (createExclusive(fs, path, content)) {
          return new RunLock(fs, path);
        } else {
          Holder holder = read(fs, path);
          if (holder.alive()) {
            throw new ModusException(
                "Run directory "
                    + run.root()
                    + " is in use by "
                    + holder.describe()
                    + (holder.onThisHost()
                        ? ""
                        : "; if that process is gone, remove " + path + " by hand")
                    + ". One command at a time writes a run directory.");
          }
          if (!forceUnlock || attempt > 0) {
            throw new ModusException(
                "Run directory "
                    + run.root()
                    + " has a stale lock: "
                    + holder.describe()
                    + " ended without releasing it (killed?). Check the run, then re-run with --force-unlock.");
          }
          System.err.println(
              "modus: breaking the stale lock of " + holder.describe() + " on " + run.root());
          fs.delete(path, false);
        }
      }
      throw new IllegalStateException("unreachable");
    } catch (IOException e) {
      throw new ModusException("Cannot lock run directory " + run.root() + ": " + e.getMessage());
    }
  }

  /**
   * Creates the file only if it does not exist, atomically: on a local disk with the operating
   * system's exclusive create (two processes starting together cannot both succeed), on HDFS with
   * the name node's create-if-absent. Object stores (s3a) have no atomic create: there the lock
   * narrows the race only.
   */
  private static boolean createExclusive(FileSystem fs, Path path, byte[] content)
      throws IOException {
    if ("file".equals(fs.getScheme())) {
      try {
        java.nio.file.Files.write(
            java.nio.file.Path.of(fs.makeQualified(path).toUri()),
            content,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE);
        return true;
      } catch (java.nio.file.FileAlreadyExistsException taken) {
        return false;
      }
    }
    try (OutputStream out = fs.create(path, false)) {
      out.write(content);
      return true;
    } catch (FileAlreadyExistsException taken) {
      return false;
    }
  }

  /** The holder of {@code run}'s lock, if any: for {@code ./modus status}. */
  public static java.util.Optional<Holder> holder(RunDir run, Configuration conf) {
    Path path = new Path(run.root(), FILE);
    try {
      FileSystem fs = path.getFileSystem(conf);
      return fs.exists(path) ? java.util.Optional.of(read(fs, path)) : java.util.Optional.empty();
    } catch (IOException e) {
      throw new ModusException("Cannot read the lock of " + run.root() + ": " + e.getMessage());
    }
  }

  private static Holder read(FileSystem fs, Path path) throws IOException {
    try (InputStream in = fs.open(path)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      try {
        var n = JSON.readTree(text);
        return new Holder(
            n.path("command").asText("?"),
            n.path("host").asText("?"),
            n.path("pid").asLong(-1),
            n.path("started").asText("?"));
      } catch (IOException unreadable) {
        // A lock written half (a crash between create and write) is stale: nobody can own it.
        return new Holder("?", hostName(), -1, "?");
      }
    }
  }

  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  @Override
  public void close() {
    try {
      fs.delete(path, false);
    } catch (IOException e) {
      System.err.println("modus: could not remove the lock " + path + ": " + e.getMessage());
    }
  }
}

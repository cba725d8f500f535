package org.modus.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per run directory, tried with real processes, not mocks. */
class RunLockIT {
  private static final Configuration CONF = new Configuration();

  private static Process holder(Path run, long holdMillis) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            LockHolder.class.getName(),
            run.toString(),
            String.valueOf(holdMillis))
        .redirectErrorStream(true)
        .start();
  }

  private static String firstLine(Process p) throws Exception {
    BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      if (line.startsWith("locked") || line.startsWith("refused")) {
        return line;
      }
    }
    return "exited " + p.waitFor();
  }

  @Test
  void aSecondWriterFailsAtOnceNamingTheHolderAndAKilledHoldersLockIsBrokenOnlyWhenAsked(
      @TempDir Path dir) throws Exception {
    RunDir run = new RunDir(dir.resolve("run").toString());
    Process p = holder(dir.resolve("run"), 120_000);
    try {
      assertEquals("locked", firstLine(p));
      ModusException busy =
          assertThrows(ModusException.class, () -> RunLock.acquire(run, "ingest-ads", true, CONF));
      assertTrue(
          busy.getMessage().contains("is in use by 'lock-holder' (pid " + p.pid() + " on "),
          busy.getMessage());
      assertFalse(busy.getMessage().contains("\n"), "one line");
      assertEquals(p.pid(), RunLock.holder(run, CONF).orElseThrow().pid());
    } finally {
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: the lock file stays behind
    }
    assertTrue(Files.exists(dir.resolve("run").resolve(RunLock.FILE)));
    ModusException stale =
        assertThrows(ModusException.class, () -> RunLock.acquire(run, "ingest-ads", false, CONF));
    assertTrue(
        stale.getMessage().contains("stale lock") && stale.getMessage().contains("--force-unlock"),
        stale.getMessage());
    try (RunLock lock = RunLock.acquire(run, "ingest-ads", true, CONF)) {
      assertEquals("ingest-ads", RunLock.holder(run, CONF).orElseThrow().command());
    }
    assertTrue(RunLock.holder(run, CONF).isEmpty(), "released when the command ends");
  }

  @Test
  void ofWritersStartedTogetherExactlyOneGetsTheLock(@TempDir Path dir) throws Exception {
    List<Process> all = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      all.add(holder(dir.resolve("run"), 15_000));
    }
    int got = 0;
    int refused = 0;
    for (Process p : all) {
      String line = firstLine(p);
      got += line.equals("locked") ? 1 : 0;
      refused += line.startsWith("refused: Run directory") ? 1 : 0;
      p.waitFor(60, TimeUnit.SECONDS);
    }
    assertEquals(1, got, "exactly one writer");
    assertEquals(3, refused, "the others are refused with the message");
  }
}

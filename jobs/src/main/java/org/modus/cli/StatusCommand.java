package org.modus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.modus.engine.Manifest;
import org.modus.engine.ModusException;
import org.modus.engine.RunDir;
import org.modus.engine.RunLock;
import org.modus.engine.Stage;
import org.modus.engine.StageRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./modus status --run DIR}: each stage's status, counts and staleness, and who holds the
 * run.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "List the stages of a run directory: status (complete, failed, running, interrupted, or "
          + "committing: committed, its outputs being moved into place, which the next command finishes), when "
          + "they finished, records read / accepted / quarantined, and whether their outputs are stale (a stage "
          + "they read ran again since). Also says who holds the run's lock. Reads manifest.json only; no Spark.",
      "Example: ./modus status --run runs/r1",
      "After a killed command: ./modus status --run runs/r1 --repair --force-unlock"
    })
public final class StatusCommand implements Callable<Integer> {
  @Option(names = "--run", required = true, paramLabel = "DIR", description = "Run directory.")
  String run;

  @Option(
      names = "--repair",
      description =
          "Take the run's lock and repair what a killed command left: finish "
              + "publishing a committed stage, mark a stage left running as interrupted, remove _staging. Every stage "
              + "command does this first; --repair does it alone (no Spark).")
  boolean repair;

  @Option(
      names = "--force-unlock",
      description = "With --repair: break the lock of a command that is gone.")
  boolean forceUnlock;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Configuration conf = new Configuration();
    if (repair) {
      CommandSupport.locked(
          run,
          "status --repair",
          forceUnlock,
          () -> {
            RunDir dir = new RunDir(run);
            render(dir, conf); // fails with the message when it is no run directory
            for (String line : StageRunner.recover(Manifest.openOrCreate(dir, conf), dir, conf)) {
              spec.commandLine().getOut().println("repaired: " + line);
            }
            return 0;
          });
    }
    spec.commandLine().getOut().print(render(new RunDir(run), conf));
    spec.commandLine().getOut().flush();
    return 0;
  }

  static String render(RunDir dir, Configuration conf) {
    try {
      Path manifest = new Path(dir.manifest());
      if (!manifest.getFileSystem(conf).exists(manifest)) {
        throw new ModusException(
            "No manifest.json in " + dir.root() + ": is it a Modus run directory?");
      }
    } catch (java.io.IOException e) {
      throw new ModusException("Cannot read " + dir.root() + ": " + e.getMessage());
    }
    Manifest m = Manifest.openOrCreate(dir, conf);
    StringBuilder out = new StringBuilder("run " + dir.root() + "\n");
    Optional<RunLock.Holder> holder = RunLock.holder(dir, conf);
    out.append("lock: ")
        .append(
            holder
                .map(
                    h ->
                        "held by '"
                            + h.command()
                            + "' (pid "
                            + h.pid()
                            + " on "
                            + h.host()
                            + ", since "
                            + h.started()
                            + ")"
                            + (h.alive()
                                ? ""
                                : ", STALE: the process is gone; --force-unlock breaks it"))
                .orElse("free"))
        .append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "%-18s %-12s %-20s %10s %10s %11s  %s%n",
            "stage",
            "status",
            "finished",
            "read",
            "accepted",
            "quarantined",
            "stale"));
    List<String> stages = new ArrayList<>(Arrays.stream(Stage.values()).map(Stage::id).toList());
    m.root()
        .path("stages")
        .fieldNames()
        .forEachRemaining(
            s -> {
              if (!stages.contains(s)) {
                stages.add(s);
              }
            });
    for (String stage : stages) {
      JsonNode s = m.root().path("stages").path(stage);
      if (s.isMissingNode()) {
        continue;
      }
      String status = s.path("status").asText("?");
      if (status.equals("running") && holder.map(h -> !h.alive()).orElse(true)) {
        status = "interrupted";
      }
      List<String> stale = m.staleness(stage);
      out.append(
          String.format(
              Locale.ROOT,
              "%-18s %-12s %-20s %10s %10s %11s  %s%n",
              stage,
              status,
              s.path("finished").asText("-").replaceFirst("\\.\\d+Z$", "Z"),
              count(s, "rows_read"),
              count(s, "accepted"),
              count(s, "quarantined"),
              stale.isEmpty() ? "no" : "yes: " + String.join("; ", stale)));
    }
    return out.toString();
  }

  private static String count(JsonNode stage, String field) {
    return stage.has(field) ? String.format(Locale.ROOT, "%,d", stage.path(field).asLong()) : "-";
  }
}

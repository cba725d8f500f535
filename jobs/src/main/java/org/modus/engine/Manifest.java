package org.modus.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * {@code manifest.json}: what a run read (path, bytes, sha256), with which code, config and
 * lexicon, and per stage the rows read / accepted / quarantined, outputs, duration and warnings.
 * Only the driver writes it; every save replaces the file atomically (write aside, then rename).
 */
public final class Manifest {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final RunDir run;
  private final Configuration hadoopConf;
  private final ObjectNode root;

  private Manifest(RunDir run, Configuration hadoopConf, ObjectNode root) {
    this.run = run;
    this.hadoopConf = hadoopConf;
    this.root = root;
  }

  public static Manifest openOrCreate(RunDir run, Configuration hadoopConf) {
    Path path = new Path(run.manifest());
    try {
      FileSystem fs = path.getFileSystem(hadoopConf);
      if (fs.exists(path)) {
        try (InputStream in = fs.open(path)) {
          return new Manifest(run, hadoopConf, (ObjectNode) JSON.readTree(in));
        }
      }
      Path aside = new Path(run.manifest() + ".tmp");
      if (fs.exists(aside)) { // a save was cut between delete and rename: the aside copy is whole
        try (InputStream in = fs.open(aside)) {
          return new Manifest(run, hadoopConf, (ObjectNode) JSON.readTree(in));
        } catch (IOException | ClassCastException e) {
          throw new ModusException(
              "manifest.json of "
                  + run.root()
                  + " is missing and "
                  + aside
                  + " is unreadable ("
                  + e.getMessage()
                  + "): the run directory cannot be trusted; start a new one");
        }
      }
    } catch (IOException e) {
      throw new ModusException("Cannot read " + path + ": " + e.getMessage(), e);
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("manifest_version", 1);
    root.put("created", Instant.now().toString());
    root.putObject("build");
    root.putArray("inputs");
    root.putObject("stages");
    return new Manifest(run, hadoopConf, root);
  }

  public ObjectNode root() {
    return root;
  }

  /** Sets (replaces) a top-level section, e.g. config, build, disclosure. */
  public void put(String section, JsonNode value) {
    root.set(section, value);
  }

  public JsonNode get(String section) {
    return root.path(section);
  }

  /** Records one input file; a file already recorded (same path) is replaced. */
  public void addInput(String kind, String source, InputFingerprint fp) {
    ArrayNode inputs = root.withArray("inputs");
    for (int i = inputs.size() - 1; i >= 0; i--) {
      if (inputs.get(i).path("path").asText().equals(fp.path())) {
        inputs.remove(i);
      }
    }
    ObjectNode in = inputs.addObject();
    in.put("kind", kind);
    in.put("source", source);
    in.put("path", fp.path());
    in.put("bytes", fp.bytes());
    in.put("sha256", fp.sha256());
  }

  public void stageStarted(String stage) {
    stageStarted(stage, java.util.List.of());
  }

  /**
   * Records that {@code stage} started, with a new attempt id, and which attempt of each stage it
   * reads ({@code reads}, those that completed): what {@link #staleness} later compares against
   * once this attempt commits. What the stage last committed stays recorded: those are still its
   * outputs until this attempt commits.
   */
  public void stageStarted(String stage, java.util.List<String> reads) {
    ObjectNode read = JSON.createObjectNode();
    for (String u : reads) {
      String attempt = completeAttempt(u);
      if (attempt != null) {
        read.put(u, attempt);
      }
    }
    ObjectNode s = root.with("stages").with(stage);
    s.put("status", "running");
    s.put("started", Instant.now().toString());
    s.put("attempt", java.util.UUID.randomUUID().toString());
    s.set("attempt_read", read);
    s.remove("error");
    save();
  }

  /** The id of the stage's current (running, or last) attempt. */
  public String attempt(String stage) {
    return root.path("stages").path(stage).path("attempt").asText();
  }

  /** The attempt id of the stage's last completed run, or null. */
  public String completeAttempt(String stage) {
    JsonNode a = root.path("stages").path(stage).path("complete_attempt");
    return a.isTextual() ? a.asText() : null;
  }

  /**
   * Why {@code stage}'s outputs are stale, empty when they are not: a stage it read has committed
   * again since, or is itself stale. An attempt that failed or was interrupted changed no output,
   * so it makes nothing stale. Stages recorded before attempts existed are taken as current.
   */
  public java.util.List<String> staleness(String stage) {
    java.util.List<String> why = new java.util.ArrayList<>();
    JsonNode read = root.path("stages").path(stage).path("read");
    for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = read.fields();
        it.hasNext(); ) {
      java.util.Map.Entry<String, JsonNode> e = it.next();
      String now = completeAttempt(e.getKey());
      if (!e.getValue().asText().equals(now)) {
        why.add(e.getKey() + (now == null ? " has no committed outputs now" : " ran again since"));
      } else if (!staleness(e.getKey()).isEmpty()) {
        why.add(e.getKey() + " is stale");
      }
    }
    return why;
  }

  /**
   * Marks every stage left {@code running} as {@code interrupted}: called by a command that holds
   * the run's lock, so no live command can be writing them. Returns their names.
   */
  public java.util.List<String> markInterrupted() {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it =
            root.with("stages").fields();
        it.hasNext(); ) {
      java.util.Map.Entry<String, JsonNode> e = it.next();
      if ("running".equals(e.getValue().path("status").asText())) {
        ObjectNode s = (ObjectNode) e.getValue();
        s.put("status", "interrupted");
        s.put("error", "the command running it ended before it finished (killed?)");
        names.add(e.getKey());
      }
    }
    if (!names.isEmpty()) {
      save();
    }
    return names;
  }

  public void stageFailed(String stage, String message) {
    ObjectNode s = root.with("stages").with(stage);
    s.put("status", "failed");
    s.put("error", message);
    s.put("failed_at", Instant.now().toString());
    s.remove("attempt_read");
    save();
  }

  /**
   * As a stage that commits no file outputs of its own: {@link #stageCommitting} then {@link
   * #stageCommitted}.
   */
  public void stageCompleted(StageReport report, long durationMs) {
    stageCommitting(report, durationMs, null, java.util.List.of());
    stageCommitted(report.stage());
  }

  /**
   * The commit point of a stage attempt: records its counts, outputs and the attempts it read, with
   * the staged {@code outputs} (run-relative paths under {@code folder}) still to be moved into
   * place. From this save on, the attempt is the stage's committed one, and a command that finds it
   * {@code committing} finishes the moves ({@link #pendingCommits}).
   */
  public void stageCommitting(
      StageReport report, long durationMs, String folder, java.util.List<String> outputs) {
    ObjectNode s = root.with("stages").with(report.stage());
    s.put("status", "committing");
    s.put("complete_attempt", s.path("attempt").asText(java.util.UUID.randomUUID().toString()));
    s.set(
        "read",
        s.path("attempt_read").isObject() ? s.get("attempt_read") : JSON.createObjectNode());
    s.remove("attempt_read");
    s.remove("failed_at");
    s.put("finished", Instant.now().toString());
    s.put("duration_ms", durationMs);
    s.put("rows_read", report.rowsRead());
    s.put("accepted", report.accepted());
    s.put("quarantined", report.quarantined());
    s.put("reconciles", report.reconciles());
    s.set("outputs", JSON.valueToTree(report.outputs()));
    s.set("warnings", JSON.valueToTree(report.warnings()));
    s.remove("details");
    if (!report.details().isEmpty()) {
      s.set("details", JSON.valueToTree(report.details()));
    }
    ObjectNode publish = s.putObject("publish");
    publish.put("folder", folder);
    publish.set("outputs", JSON.valueToTree(outputs));
    save();
  }

  /** The staged outputs of {@code stage} are in place. */
  public void stageCommitted(String stage) {
    ObjectNode s = root.with("stages").with(stage);
    s.put("status", "complete");
    s.remove("publish");
    save();
  }

  /** A committed stage whose outputs were not all moved into place when its command ended. */
  public record PendingCommit(String stage, String folder, java.util.List<String> outputs) {}

  public java.util.List<PendingCommit> pendingCommits() {
    java.util.List<PendingCommit> pending = new java.util.ArrayList<>();
    for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it =
            root.with("stages").fields();
        it.hasNext(); ) {
      java.util.Map.Entry<String, JsonNode> e = it.next();
      JsonNode publish = e.getValue().path("publish");
      if ("committing".equals(e.getValue().path("status").asText()) && publish.isObject()) {
        java.util.List<String> outputs = new java.util.ArrayList<>();
        publish.path("outputs").forEach(o -> outputs.add(o.asText()));
        pending.add(new PendingCommit(e.getKey(), publish.path("folder").asText(null), outputs));
      }
    }
    return pending;
  }

  public boolean isComplete(String stage) {
    return "complete".equals(root.path("stages").path(stage).path("status").asText());
  }

  /**
   * Writes the manifest aside, then renames it over the old one: atomic on a local disk and
   * HDFS-like stores that replace on rename. Where rename cannot replace, the old file is deleted
   * first; a crash in that gap leaves the complete {@code .tmp}, which {@link #openOrCreate} reads.
   */
  public void save() {
    Path target = new Path(run.manifest());
    Path tmp = new Path(run.manifest() + ".tmp");
    try {
      FileSystem fs = target.getFileSystem(hadoopConf);
      fs.mkdirs(target.getParent());
      try (OutputStream out = fs.create(tmp, true)) {
        JSON.writeValue(out, root);
      }
      if (!fs.rename(tmp, target)) {
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) {
          throw new IOException("rename failed");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target, e);
    }
  }
}

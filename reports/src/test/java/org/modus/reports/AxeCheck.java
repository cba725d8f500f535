package org.modus.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Runs axe-core (npm package, installed under {@code tools/a11y} by {@code npm ci}) on an HTML page
 * in headless Chromium (Debian package {@code chromium}) and returns its violations. The page is
 * copied beside itself with axe loaded at the end of its body and a few lines that write axe's
 * result into the page; Chromium's {@code --dump-dom} prints the page after its scripts ran, and
 * the result is read back from it. No browser download and no node script: only the two installed
 * packages.
 */
final class AxeCheck {
  /** Impacts that fail the report: axe's "serious" and "critical". */
  static final Set<String> FAILING = Set.of("serious", "critical");

  static final String INSTALL_CHROMIUM =
      "Chromium is needed for the report's accessibility check and was not "
          + "found (looked for $MODUS_CHROMIUM, chromium, chromium-browser on PATH). Install it with "
          + "'sudo apt-get install -y chromium' (Debian/Ubuntu), or set MODUS_CHROMIUM to a Chrome or Chromium binary. "
          + ".ci/run installs it.";

  record Violation(String id, String impact, String help, List<String> nodes) {
    @Override
    public String toString() {
      return impact + " " + id + " (" + help + ") at " + nodes;
    }
  }

  private AxeCheck() {}

  static Optional<Path> chromium() {
    String configured = System.getenv("MODUS_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(Files::isExecutable);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** tools/a11y/node_modules/axe-core/axe.min.js, found from the working directory upwards. */
  static Path axeScript() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path tools = d.resolve("tools/a11y");
      if (Files.exists(tools.resolve("package.json"))) {
        Path axe = tools.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.exists(axe)) {
          throw new AssertionError(
              "axe-core is not installed for the report's accessibility check: run "
                  + "'(cd "
                  + tools
                  + " && npm ci)'. .ci/run does it.");
        }
        return axe;
      }
    }
    throw new AssertionError(
        "tools/a11y/package.json not found above " + Path.of("").toAbsolutePath());
  }

  /** The violations axe finds on {@code page} (images and links resolve beside it). */
  static List<Violation> run(Path page) throws IOException, InterruptedException {
    Path browser = chromium().orElseThrow(() -> new AssertionError(INSTALL_CHROMIUM));
    Path dir = page.toAbsolutePath().getParent();
    Files.copy(
        axeScript(), dir.resolve("axe.min.js"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String html = Files.readString(page, StandardCharsets.UTF_8);
    int end = html.lastIndexOf("</body>");
    if (end < 0) {
      throw new AssertionError(page + " has no </body>");
    }
    // the result goes into a <pre> added after axe has run, so it is not part of what axe checked
    String probe =
        "<script src=\"axe.min.js\"></script><script>"
            + "function modusAxeOut(o){var p=document.createElement('pre');p.id='modus-axe-result';"
            + "p.textContent=JSON.stringify(o);document.body.appendChild(p);}"
            + "axe.run(document,{resultTypes:['violations']}).then(function(r){modusAxeOut({violations:"
            + "r.violations.map(function(v){return {id:v.id,impact:v.impact,help:v.help,nodes:v.nodes.map("
            + "function(n){return n.target.join(' ');})};})});},function(e){modusAxeOut({error:String(e)});});"
            + "</script>";
    Path checked = dir.resolve("axe-" + page.getFileName());
    Files.writeString(
        checked, html.substring(0, end) + probe + html.substring(end), StandardCharsets.UTF_8);
    Path profile = Files.createTempDirectory("modus-axe-chromium-");
    Path out = Files.createTempFile("modus-axe-", ".html");
    Process p =
        new ProcessBuilder(
                browser.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--allow-file-access-from-files",
                "--virtual-time-budget=60000",
                "--dump-dom",
                checked.toUri().toString())
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(
          "Chromium did not finish the accessibility check of " + page + " in 180 s");
    }
    Element result = Jsoup.parse(out.toFile(), "UTF-8").getElementById("modus-axe-result");
    if (result == null) {
      throw new AssertionError(
          "axe wrote no result into " + checked + " (Chromium exit " + p.exitValue() + ")");
    }
    JsonNode json = new ObjectMapper().readTree(result.wholeText());
    if (json.has("error")) {
      throw new AssertionError("axe failed on " + page + ": " + json.get("error").asText());
    }
    List<Violation> violations = new ArrayList<>();
    for (JsonNode v : json.path("violations")) {
      List<String> nodes = new ArrayList<>();
      v.path("nodes").forEach(n -> nodes.add(n.asText()));
      violations.add(
          new Violation(
              v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(), nodes));
    }
    return violations;
  }

  static List<Violation> failing(List<Violation> all) {
    return all.stream().filter(v -> FAILING.contains(v.impact())).toList();
  }
}

package org.modus.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Versions baked in at build time (modus-build.properties) and the git revision, for the manifest.
 */
public final class BuildInfo {
  private static final Properties PROPS = load();

  private BuildInfo() {}

  public static String version() {
    return PROPS.getProperty("version", "unknown");
  }

  public static String corenlpVersion() {
    return PROPS.getProperty("corenlp.version", "unknown");
  }

  /**
   * The checkout's HEAD when run from a source tree, else the MODUS_GIT_REVISION variable, else
   * unknown.
   */
  public static String gitRevision() {
    String env = System.getenv("MODUS_GIT_REVISION");
    if (env != null && !env.isBlank()) {
      return env.strip();
    }
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).strip();
      return p.waitFor() == 0 && out.matches("[0-9a-f]{40}") ? out : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("/modus-build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // versions then read "unknown"
    }
    return p;
  }
}

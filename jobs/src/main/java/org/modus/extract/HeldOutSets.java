package org.modus.extract;

import java.nio.file.Path;
import org.modus.engine.ModusException;

/**
 * Keeps the classifier away from the sets that must stay unseen (eval/README.md): ad set v2 is held
 * out whole; the classifier's blind set (ad set v10, frozen to judge the model retrained once v9's
 * test half was scored) never trains it, its dev half measures it and its test half is scored once,
 * at the end, by a deliberate act ({@code --score-held-out}). Ad set v9, the first model's blind
 * set, is spent and trains the model like the older sets. Checked by file name, before the file is
 * opened.
 */
public final class HeldOutSets {
  private HeldOutSets() {}

  private static final String V2 = "ads-v2.jsonl";
  private static final String BLIND = "ads-v10.jsonl";

  /** Refuses a gold file that may not train the classifier. */
  public static void requireTrainable(Path gold) {
    String name = name(gold);
    if (name.equals(V2)) {
      throw new ModusException(
          gold + ": ad set v2 is held out whole; it never trains the classifier (eval/README.md)");
    }
    if (name.equals(BLIND)) {
      throw new ModusException(
          gold
              + ": ad set v10 is the classifier's blind set; it never trains it (its dev half "
              + "measures it, with evaluate-extraction --split dev)");
    }
  }

  /**
   * Refuses a gold file and split the classifier may not be scored on while it is being tuned;
   * {@code toReport} is the deliberate act of scoring a held-out half once, at the end of a round.
   */
  public static void requireMeasurable(Path gold, String split, boolean toReport) {
    if (toReport) {
      return;
    }
    String name = name(gold);
    if (name.equals(V2)) {
      throw new ModusException(
          gold
              + ": ad set v2 is held out whole; score the classifier on it only to report, with "
              + "--score-held-out");
    }
    if (name.equals(BLIND) && !"dev".equals(split)) {
      throw new ModusException(
          gold
              + ": ad set v10's test half is scored once, at the end of the classifier's round "
              + "(--score-held-out); while tuning, measure on its dev half with --split dev");
    }
  }

  private static String name(Path gold) {
    Path file = gold.getFileName();
    return file == null ? "" : file.toString();
  }
}

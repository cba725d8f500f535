package org.modus.extract;

import java.io.Serializable;

/**
 * A phrase that changes how nearby cues count. {@code negation_before} negates a cue a few tokens
 * after it ("no fees", "sin depósito"), {@code negation_after} one just before it ("deposit not
 * required"), {@code warning} every cue after it in the sentence ("beware of ads asking for gift
 * cards") and {@code breaker} ends a negation scope ("but", "mais", "pero").
 */
public record ScopeRule(
    String lang, Kind kind, String pattern, String note, java.util.Set<String> categories)
    implements Serializable {

  /**
   * Whether it changes a cue of this category: a rule limited to some categories ("free" after a
   * fee says there is none, after "accommodation" that it is provided) leaves the others alone.
   */
  public boolean appliesTo(String family, String category) {
    return categories.isEmpty() || categories.contains(family + "/" + category);
  }

  public enum Kind {
    NEGATION_BEFORE,
    NEGATION_AFTER,
    WARNING,
    BREAKER
  }
}

package org.modus.extract;

import java.io.Serializable;
import java.util.Set;

/** Words (match keys) that must (or must not) occur within a window around a cue. */
public record ContextSet(String name, int before, int after, Set<String> keys)
    implements Serializable {

  /**
   * True when a token key in [start - before, end + after) outside the cue itself is in the set.
   */
  boolean occursAround(java.util.List<Token> tokens, int start, int end) {
    int from = Math.max(0, start - before);
    int to = Math.min(tokens.size(), end + after);
    for (int i = from; i < to; i++) {
      if ((i < start || i >= end) && keys.contains(tokens.get(i).key())) {
        return true;
      }
    }
    return false;
  }
}

package org.modus.ads.read;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over records read one ahead: a reader only says how to read the next record ({@link
 * #advance()}, null at the end), so records stream instead of being held in memory.
 */
abstract class LookaheadRecords implements Iterator<RawRecord> {
  private RawRecord next;
  private boolean done;

  /** The next record, or null when the input is exhausted. */
  protected abstract RawRecord advance();

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
      done = next == null;
    }
    return next != null;
  }

  @Override
  public RawRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRecord r = next;
    next = null;
    return r;
  }
}

package org.modus.engine;

/**
 * A separate process for RunLockIT: takes a run directory's lock, says so, and holds it until
 * killed or {@code args[1]} milliseconds have passed. Exit 0 when it got the lock, 3 when another
 * holder had it.
 */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (RunLock lock =
        RunLock.acquire(
            new RunDir(args[0]),
            "lock-holder",
            false,
            new org.apache.hadoop.conf.Configuration())) {
      System.out.println("locked");
      System.out.flush();
      Thread.sleep(Long.parseLong(args[1]));
    } catch (ModusException refused) {
      System.out.println("refused: " + refused.getMessage());
      System.exit(3);
    }
  }
}

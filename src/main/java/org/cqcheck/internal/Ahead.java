package org.cqcheck.internal;

/**
 * Work done ahead of need, on a daemon thread of its own (a rule base loaded, a schema compiled)
 * while the caller goes on: whoever needs the result later gets it, or waits for it, through the
 * same call. A failure is not reported here but there, by the caller that needs the result and
 * makes the call again. A daemon thread never keeps a finished run from exiting.
 *
 * <p>Not part of the API.
 */
public final class Ahead {

  private Ahead() {}

  /** Starts {@code work} on a daemon thread named {@code name}. */
  public static void start(String name, Runnable work) {
    Thread thread = new Thread(() -> {
      try {
        work.run();
      } catch (RuntimeException | LinkageError e) {
        // Reported by the caller that needs the result: see above.
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
  }
}

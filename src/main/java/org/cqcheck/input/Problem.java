package org.cqcheck.input;

import java.util.Objects;

/**
 * A problem in a file cqcheck reads to set itself up (a configuration, a rule pack, rule data),
 * where it is: so that a program can point at the line, and a person can read {@link #toString}.
 *
 * @param file the file, as given; null when the problem has no one file
 * @param line the line, from 1; 0 when not known
 * @param message what is wrong, and what was expected
 */
public record Problem(String file, int line, String message) {

  public Problem {
    Objects.requireNonNull(message, "message");
  }

  /** A problem that is not in one file (a missing class, an empty rule base). */
  public static Problem of(String message) {
    return new Problem(null, 0, message);
  }

  /** As people read it: {@code file:line: message}, leaving out what is not known. */
  @Override
  public String toString() {
    return (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + message;
  }
}

package org.cqcheck.engine;

/** The rule set could not be loaded: a broken rule base, missing metadata or unreadable data. */
public class RuleSetException extends RuntimeException {
  public RuleSetException(String message) {
    super(message);
  }

  public RuleSetException(String message, Throwable cause) {
    super(message, cause);
  }
}

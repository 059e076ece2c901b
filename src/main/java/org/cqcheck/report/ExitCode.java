package org.cqcheck.report;

/** The exit codes of {@code cqcheck}, each with one meaning. */
public enum ExitCode {
  /** No FAIL and no ERROR (and no WARN, with --fail-on warn). */
  OK(0),
  /**
   * At least one proposal FAILs a policy target or is INCOMPLETE (a mandatory target lacks data), or
   * WARNs, with --fail-on warn.
   */
  POLICY_FAILURE(1),
  /** At least one input could not be read, parsed or validated, or no proposal was found. */
  INPUT_ERROR(2),
  /** The rule set or the configuration could not be loaded. */
  RULES_ERROR(3),
  /** Unknown option or bad argument. */
  USAGE(4),
  /** An unexpected internal error: a bug in cqcheck, never a verdict (EX_SOFTWARE). */
  INTERNAL_ERROR(70);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}

package org.cqcheck.report;

import java.util.List;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Severity;

/** The verdict on one proposal. */
public enum Verdict {
  PASS,
  WARN,
  FAIL,
  /** The proposal could not be read or validated, or no target is in force on its date. */
  ERROR,
  /** Read and validated, not evaluated: the verdict of {@code cqcheck validate}. */
  VALID;

  /**
   * FAIL if a mandatory rule failed or lacked data (a proposal that could not be checked is not
   * passed); else WARN if an advisory rule warned or lacked data; else PASS.
   */
  public static Verdict of(List<Finding> findings) {
    boolean warn = false;
    for (Finding f : findings) {
      if (!f.unmet()) {
        continue;
      }
      if (f.rule().severity() == Severity.MANDATORY) {
        return FAIL;
      }
      warn = true;
    }
    return warn ? WARN : PASS;
  }
}

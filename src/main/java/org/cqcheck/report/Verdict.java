package org.cqcheck.report;

import java.util.List;
import org.cqcheck.engine.Finding;

/** The verdict on one proposal. */
public enum Verdict {
  PASS,
  WARN,
  /**
   * No mandatory target missed, but a mandatory rule lacks data (需补正): the applicant must
   * supply what is missing before the proposal can be approved. Exits 1, as FAIL: a proposal that
   * could not be checked is never passed.
   */
  INCOMPLETE,
  FAIL,
  /** The proposal could not be read or validated, or no target is in force on its date. */
  ERROR,
  /**
   * An indicator report none of whose targets FAILs, but some target's figure cannot decide it
   * (a bound on both sides of the threshold), or no target is decided at all.
   */
  INCONCLUSIVE,
  /** Read and validated, not evaluated: the verdict of {@code cqcheck validate}. */
  VALID;

  /**
   * FAIL if a mandatory rule failed; else INCOMPLETE if a mandatory rule lacked data; else WARN if
   * an advisory rule warned or lacked data; else PASS.
   */
  /**
   * The verdict of an indicator report (INDICATOR-FORMAT.md): FAIL when any target fails; else
   * INCONCLUSIVE when any is inconclusive or none is decided; else PASS. MISSING_DATA is counted,
   * not a verdict: a statistical report need not cover every target.
   */
  public static Verdict ofTargets(List<Finding> findings) {
    boolean inconclusive = false;
    boolean decided = false;
    for (Finding f : findings) {
      switch (f.status()) {
        case FAIL -> {
          return FAIL;
        }
        case INCONCLUSIVE -> inconclusive = true;
        case PASS -> decided = true;
        default -> { }
      }
    }
    return inconclusive || !decided ? INCONCLUSIVE : PASS;
  }

  public static Verdict of(List<Finding> findings) {
    boolean incomplete = false;
    boolean warn = false;
    for (Finding f : findings) {
      switch (Consequence.of(f)) {
        case FAILS -> {
          return FAIL;
        }
        case INCOMPLETE -> incomplete = true;
        case WARNS -> warn = true;
        case NONE -> { }
      }
    }
    return incomplete ? INCOMPLETE : warn ? WARN : PASS;
  }
}

package org.cqcheck.report;

/**
 * What fails a run besides a FAIL, an INCOMPLETE proposal or an input error
 * ({@code --fail-on warn,inconclusive,missing-data}).
 */
public enum FailOn {
  /** A proposal whose verdict is WARN. */
  WARN,
  /** An indicator report whose verdict is INCONCLUSIVE. */
  INCONCLUSIVE,
  /** Any result with a finding MISSING_DATA (for an indicator report, a target with no figure). */
  MISSING_DATA
}

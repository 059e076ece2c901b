package org.cqcheck.engine;

/** The outcome of one rule for one proposal. */
public enum Status {
  PASS,
  /** A mandatory target missed. */
  FAIL,
  /** An advisory target missed. */
  WARN,
  /** The rule is in force, but its scope does not cover the proposal. */
  NOT_APPLICABLE,
  /** In scope, but an input the metric needs is absent, or a divisor is zero. */
  MISSING_DATA,
  /**
   * An aggregate target the report's figure cannot decide: a bound (at least, above...) that
   * allows true values on both sides of the threshold.
   */
  INCONCLUSIVE,
  /** A FAIL, WARN or MISSING_DATA accepted by a waiver of the configuration: shown, not failing. */
  WAIVED
}

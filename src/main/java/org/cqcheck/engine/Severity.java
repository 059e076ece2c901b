package org.cqcheck.engine;

/**
 * How a miss counts. MANDATORY: the text makes the target a condition for projects; a miss is FAIL.
 * ADVISORY: a city-wide goal used as a benchmark for one project; a miss is WARN.
 */
public enum Severity {
  MANDATORY,
  ADVISORY
}

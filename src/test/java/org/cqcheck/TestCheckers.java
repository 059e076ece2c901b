package org.cqcheck;

/** One checker for all tests of a run: loading the rule base once is what the library promises. */
final class TestCheckers {
  private static final Checker SHARED = Checker.withDefaultRules();

  private TestCheckers() {}

  static Checker shared() {
    return SHARED;
  }
}

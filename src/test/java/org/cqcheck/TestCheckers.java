package org.cqcheck;

/** One checker for all tests of a run: loading the rule base once is what the library promises. */
final class TestCheckers {
  private static final Checker SHARED = Checker.withDefaultRules();

  private TestCheckers() {}

  static Checker shared() {
    return SHARED;
  }

  /**
   * The example proposals and the deliberately invalid one beside them (invalid-examples/): every
   * verdict, ERROR included, for the report formats' tests and golden files.
   */
  static final java.util.List<java.nio.file.Path> EVERY_EXAMPLE = java.util.List.of(
      java.nio.file.Path.of("examples"), java.nio.file.Path.of("invalid-examples"));
}

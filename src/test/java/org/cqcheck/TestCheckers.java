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

  /**
   * The report of {@link #EVERY_EXAMPLE} without the indicator reports beside the proposals
   * (examples/scorecard-*.yaml), for tests of what a proposal's report shows.
   */
  static org.cqcheck.report.Report proposalExamples() {
    org.cqcheck.report.Report all = SHARED.check(EVERY_EXAMPLE);
    return new org.cqcheck.report.Report(all.toolVersion(), all.rules(), all.fingerprint(),
        all.results().stream().filter(r -> !r.isIndicatorReport()).toList(), all.waiverNotes(),
        all.editions());
  }
}

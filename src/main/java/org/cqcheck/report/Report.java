package org.cqcheck.report;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cqcheck.engine.Edition;
import org.cqcheck.engine.RuleInfo;

/**
 * The results of one run over one or more inputs, in input order, with the rule set that produced
 * them. Decides the exit code; renderers only write it out.
 *
 * @param toolVersion the version of cqcheck
 * @param rules every rule of the rule set, in force or not, ordered by id
 * @param fingerprint hash of the rule files and data in effect
 * @param results one per proposal (or per input that could not be read)
 * @param waiverNotes waivers of the configuration that expired or matched nothing
 * @param editions the policy documents the rules cite, so that a report for people can name a
 *     document by its title rather than by its file; empty when not known
 */
public record Report(
    String toolVersion, List<RuleInfo> rules, String fingerprint, List<CheckResult> results,
    List<WaiverNote> waiverNotes, List<Edition> editions) {

  public Report {
    rules = List.copyOf(rules);
    results = List.copyOf(results);
    waiverNotes = List.copyOf(waiverNotes);
    editions = List.copyOf(editions);
  }

  /** A report that does not know the editions: documents are then named by their files. */
  public Report(String toolVersion, List<RuleInfo> rules, String fingerprint,
      List<CheckResult> results, List<WaiverNote> waiverNotes) {
    this(toolVersion, rules, fingerprint, results, waiverNotes, List.of());
  }

  /** The edition of code {@code code}, if the report knows it. */
  public Optional<Edition> edition(String code) {
    return editions.stream().filter(e -> e.code().equals(code)).findFirst();
  }

  /** The results that are a verdict on a proposal, not an input error or a validation. */
  public List<CheckResult> checked() {
    return results.stream().filter(r -> !r.findings().isEmpty()).toList();
  }

  /** The counts of the run's verdicts. */
  public Summary summary() {
    Summary summary = Summary.NONE;
    for (CheckResult r : results) {
      summary = summary.plus(r);
    }
    return summary;
  }

  /**
   * 2 if any input is in error (an input error never looks like a policy failure), else 1 if any
   * proposal fails or is incomplete or any indicator report fails (or, as {@code failOn} asks,
   * warns, is inconclusive or lacks a figure), else 0. A run with no result at all is an input
   * error: nothing was checked.
   */
  public ExitCode exitCode(Set<FailOn> failOn) {
    return summary().exitCode(failOn);
  }

  /** {@link #exitCode(Set)}, failing on WARN too when {@code failOnWarn}. */
  public ExitCode exitCode(boolean failOnWarn) {
    return summary().exitCode(failOnWarn);
  }

  /**
   * Counts of verdicts; they add up to {@code proposals + indicatorReports} (valid: only
   * {@code validate}).
   *
   * @param proposals the proposals, and the inputs that could not be read as either kind
   * @param indicatorReports the indicator reports (scorecards)
   * @param pass PASS verdicts
   * @param warn WARN verdicts (proposals)
   * @param incomplete INCOMPLETE verdicts (proposals)
   * @param inconclusive INCONCLUSIVE verdicts (indicator reports)
   * @param fail FAIL verdicts
   * @param error ERROR verdicts: inputs in error
   * @param valid VALID verdicts ({@code validate})
   * @param withMissingData results with a finding MISSING_DATA, counted apart from the verdicts
   */
  public record Summary(int proposals, int indicatorReports, int pass, int warn, int incomplete,
      int inconclusive, int fail, int error, int valid, int withMissingData) {

    /** The counts of a run with no result yet. */
    public static final Summary NONE = new Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** These counts and one more result. */
    public Summary plus(CheckResult result) {
      Verdict verdict = result.verdict();
      boolean report = result.isIndicatorReport();
      boolean missing = result.findings().stream()
          .anyMatch(f -> f.status() == org.cqcheck.engine.Status.MISSING_DATA);
      return new Summary(proposals + (report ? 0 : 1), indicatorReports + (report ? 1 : 0),
          pass + (verdict == Verdict.PASS ? 1 : 0),
          warn + (verdict == Verdict.WARN ? 1 : 0),
          incomplete + (verdict == Verdict.INCOMPLETE ? 1 : 0),
          inconclusive + (verdict == Verdict.INCONCLUSIVE ? 1 : 0),
          fail + (verdict == Verdict.FAIL ? 1 : 0),
          error + (verdict == Verdict.ERROR ? 1 : 0), valid + (verdict == Verdict.VALID ? 1 : 0),
          withMissingData + (missing ? 1 : 0));
    }

    /** The exit code of a run with these counts: see {@link Report#exitCode(Set)}. */
    public ExitCode exitCode(Set<FailOn> failOn) {
      if (error > 0 || proposals + indicatorReports == 0) {
        return ExitCode.INPUT_ERROR;
      }
      if (fail > 0 || incomplete > 0 || (failOn.contains(FailOn.WARN) && warn > 0)
          || (failOn.contains(FailOn.INCONCLUSIVE) && inconclusive > 0)
          || (failOn.contains(FailOn.MISSING_DATA) && withMissingData > 0)) {
        return ExitCode.POLICY_FAILURE;
      }
      return ExitCode.OK;
    }

    /** {@link #exitCode(Set)}, failing on WARN too when {@code failOnWarn}. */
    public ExitCode exitCode(boolean failOnWarn) {
      return exitCode(failOnWarn ? Set.of(FailOn.WARN) : Set.of());
    }
  }
}

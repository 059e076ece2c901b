package org.cqcheck.report;

import java.util.List;
import java.util.Optional;
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

  public Summary summary() {
    int pass = 0;
    int warn = 0;
    int incomplete = 0;
    int fail = 0;
    int error = 0;
    int valid = 0;
    for (CheckResult r : results) {
      switch (r.verdict()) {
        case PASS -> pass++;
        case WARN -> warn++;
        case INCOMPLETE -> incomplete++;
        case FAIL -> fail++;
        case ERROR -> error++;
        case VALID -> valid++;
      }
    }
    return new Summary(results.size(), pass, warn, incomplete, fail, error, valid);
  }

  /**
   * 2 if any input is in error (an input error never looks like a policy failure), else 1 if any
   * proposal fails or is incomplete (or warns, when {@code failOnWarn}), else 0. A run with no result at all is an
   * input error: nothing was checked.
   */
  public ExitCode exitCode(boolean failOnWarn) {
    return summary().exitCode(failOnWarn);
  }

  /** Counts of verdicts; they add up to {@code proposals} (valid: only {@code validate}). */
  public record Summary(
      int proposals, int pass, int warn, int incomplete, int fail, int error, int valid) {

    /** The counts of a run with no result yet. */
    public static final Summary NONE = new Summary(0, 0, 0, 0, 0, 0, 0);

    /** These counts and one more result. */
    public Summary plus(Verdict verdict) {
      return new Summary(proposals + 1, pass + (verdict == Verdict.PASS ? 1 : 0),
          warn + (verdict == Verdict.WARN ? 1 : 0),
          incomplete + (verdict == Verdict.INCOMPLETE ? 1 : 0),
          fail + (verdict == Verdict.FAIL ? 1 : 0),
          error + (verdict == Verdict.ERROR ? 1 : 0), valid + (verdict == Verdict.VALID ? 1 : 0));
    }

    /** The exit code of a run with these counts: see {@link Report#exitCode}. */
    public ExitCode exitCode(boolean failOnWarn) {
      if (error > 0 || proposals == 0) {
        return ExitCode.INPUT_ERROR;
      }
      if (fail > 0 || incomplete > 0 || (failOnWarn && warn > 0)) {
        return ExitCode.POLICY_FAILURE;
      }
      return ExitCode.OK;
    }
  }
}

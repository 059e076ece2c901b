package org.cqcheck.report;

import java.util.List;

/**
 * What a streamed run keeps once its results are written: the counts, and the waivers of the
 * configuration that expired or matched nothing.
 */
public record RunTotals(Report.Summary summary, List<WaiverNote> waiverNotes) {

  public RunTotals {
    waiverNotes = List.copyOf(waiverNotes);
  }

  /** The exit code of the run: see {@link Report#exitCode}. */
  public ExitCode exitCode(boolean failOnWarn) {
    return summary.exitCode(failOnWarn);
  }

  /** The exit code of the run: see {@link Report#exitCode(java.util.Set)}. */
  public ExitCode exitCode(java.util.Set<FailOn> failOn) {
    return summary.exitCode(failOn);
  }
}

package org.cqcheck.report;

import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Severity;
import org.cqcheck.engine.Status;

/**
 * What a finding means for its proposal. The one place that decides it: the verdict, the JUnit
 * failures, the SARIF levels and the items to supply all ask here.
 */
public enum Consequence {
  /** A mandatory target missed: the proposal FAILs. */
  FAILS,
  /** A mandatory target that lacks data: the proposal is INCOMPLETE until it is supplied. */
  INCOMPLETE,
  /** An advisory target missed, or lacking data: a warning. */
  WARNS,
  /**
   * An aggregate target its figure cannot decide: the scorecard is INCONCLUSIVE, unless another
   * target fails.
   */
  UNDECIDED,
  /** Met, not applicable, or accepted by a waiver; for an aggregate target, also no figure. */
  NONE;

  /** What {@code finding} means for its proposal; a waived finding means nothing more. */
  public static Consequence of(Finding finding) {
    return of(finding.status(), finding);
  }

  /**
   * What {@code finding} would mean without its waiver: a report that shows waived findings as
   * suppressed (SARIF) still gives them their level.
   */
  public static Consequence unwaived(Finding finding) {
    return of(finding.status() == Status.WAIVED ? finding.waived() : finding.status(), finding);
  }

  private static Consequence of(Status status, Finding finding) {
    if (finding.rule().isTarget()) {
      // A scorecard's: MISSING_DATA is counted, not a verdict (INDICATOR-FORMAT.md).
      return switch (status) {
        case FAIL -> FAILS;
        case INCONCLUSIVE -> UNDECIDED;
        default -> NONE;
      };
    }
    boolean mandatory = finding.rule().severity() == Severity.MANDATORY;
    return switch (status) {
      case FAIL -> FAILS;
      case MISSING_DATA -> mandatory ? INCOMPLETE : WARNS;
      case WARN -> WARNS;
      default -> NONE;
    };
  }

  /** Whether the proposal cannot be approved as it stands: it fails, or is incomplete. */
  public boolean blocks() {
    return this == FAILS || this == INCOMPLETE;
  }
}

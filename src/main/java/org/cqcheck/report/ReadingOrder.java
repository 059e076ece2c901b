package org.cqcheck.report;

import java.util.Comparator;
import java.util.List;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Severity;
import org.cqcheck.engine.Status;

/**
 * The order a reviewer reads findings in: what decides the verdict first. Mandatory misses, then
 * mandatory targets lacking data, advisory misses, advisory targets lacking data, waived findings,
 * passes, and the targets that do not apply last; by rule id within each. Reports for people use
 * it; JSON, JSON Lines, SARIF and JUnit keep rule id order, their contract.
 */
final class ReadingOrder {

  private ReadingOrder() {}

  private static final Comparator<Finding> ORDER =
      Comparator.comparingInt(ReadingOrder::rank).thenComparing(Finding::ruleId);

  /** {@code findings} in reading order. */
  static List<Finding> of(List<Finding> findings) {
    return findings.stream().sorted(ORDER).toList();
  }

  private static int rank(Finding f) {
    boolean mandatory = f.rule().severity() == Severity.MANDATORY;
    return switch (f.status()) {
      case FAIL -> 0;
      // A scorecard's figures the report does not give come after what it decides.
      case MISSING_DATA -> f.rule().isTarget() ? 6 : mandatory ? 1 : 3;
      case WARN, INCONCLUSIVE -> 2;
      case WAIVED -> 4;
      case PASS -> 5;
      case NOT_APPLICABLE -> 7;
    };
  }

  /** The mandatory targets a FAILing proposal misses, in reading order. */
  static List<Finding> failing(List<Finding> findings) {
    return of(findings).stream().filter(f -> f.status() == Status.FAIL).toList();
  }
}

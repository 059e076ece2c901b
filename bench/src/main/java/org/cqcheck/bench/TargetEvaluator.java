package org.cqcheck.bench;

import java.time.LocalDate;
import java.util.Map;
import org.cqcheck.model.Proposal;

/**
 * One way of checking a proposal against the catalogue's targets: rule id → finding (status, figures,
 * threshold, unit), for the rules in force, in id order; the findings cqcheck reports.
 */
public interface TargetEvaluator {
  Map<String, Outcome> evaluate(Proposal proposal, LocalDate asOf);
}

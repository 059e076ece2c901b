package org.cqcheck.bench;

import java.time.LocalDate;
import java.util.Map;
import org.cqcheck.engine.Status;
import org.cqcheck.model.Proposal;

/** One way of checking a proposal: rule id → status, for the rules in force, in id order. */
public interface StatusEvaluator {
  Map<String, Status> evaluate(Proposal proposal, LocalDate asOf);
}

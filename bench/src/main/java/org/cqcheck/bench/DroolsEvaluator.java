package org.cqcheck.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cqcheck.Checker;
import org.cqcheck.model.Proposal;
import org.cqcheck.report.CheckResult;

/** cqcheck itself, through its library API: a Drools session per proposal. */
public final class DroolsEvaluator implements TargetEvaluator {

  private final Checker checker;

  public DroolsEvaluator(Checker checker) {
    this.checker = checker;
  }

  @Override
  public Map<String, Outcome> evaluate(Proposal proposal, LocalDate asOf) {
    CheckResult result = checker.asOf(asOf).check(proposal);
    Map<String, Outcome> findings = new LinkedHashMap<>();
    for (org.cqcheck.engine.Finding f : result.findings()) {
      findings.put(f.ruleId(), Outcome.of(f));
    }
    return findings;
  }
}

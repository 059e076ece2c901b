package org.cqcheck.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cqcheck.Checker;
import org.cqcheck.engine.Finding;
import org.cqcheck.model.Proposal;
import org.cqcheck.report.CheckResult;

/** cqcheck itself, through its library API: a Drools session per proposal. */
public final class DroolsEvaluator implements TargetEvaluator {

  private final Checker checker;

  public DroolsEvaluator(Checker checker) {
    this.checker = checker;
  }

  @Override
  public Map<String, Finding> evaluate(Proposal proposal, LocalDate asOf) {
    CheckResult result = checker.check(proposal, asOf);
    Map<String, Finding> findings = new LinkedHashMap<>();
    for (Finding f : result.findings()) {
      findings.put(f.ruleId(), f);
    }
    return findings;
  }
}

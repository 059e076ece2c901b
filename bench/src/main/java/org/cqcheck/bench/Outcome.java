package org.cqcheck.bench;

import java.math.BigDecimal;
import org.cqcheck.engine.Evidence;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.engine.Severity;
import org.cqcheck.engine.Status;

/**
 * A finding as the peers state it: the rule, the status and the evidence, with the quote cited.
 * cqcheck's findings are made by its engine only; {@link #of} reads one so that AgreementTest can
 * compare the two whole.
 */
public record Outcome(RuleInfo rule, Status status, Evidence evidence, String quote) {

  public Outcome {
    quote = quote == null ? rule.quote() : quote;
  }

  static Outcome of(Finding f) {
    return new Outcome(f.rule(), f.status(), f.evidence(), f.quote());
  }

  /** PASS when met, else FAIL or WARN by the rule's severity. */
  static Outcome decided(RuleInfo rule, boolean met, Evidence evidence) {
    return new Outcome(rule, met ? Status.PASS
        : rule.severity() == Severity.MANDATORY ? Status.FAIL : Status.WARN, evidence, null);
  }

  public BigDecimal actual() {
    return evidence instanceof Evidence.Comparison c ? c.actual() : null;
  }
}

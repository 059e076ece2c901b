package org.cqcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.cqcheck.Checker;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Severity;
import org.junit.jupiter.api.Test;

/** The one decision of what a finding means, over every finding of the examples. */
class ConsequenceTest {

  @Test
  void eachStatusAndSeverityHasOneConsequence() {
    Report report = Checker.withDefaultRules().check(Path.of("examples"));
    Map<Consequence, Integer> seen = new EnumMap<>(Consequence.class);
    for (CheckResult r : report.results()) {
      for (Finding f : r.findings()) {
        Consequence c = Consequence.of(f);
        seen.merge(c, 1, Integer::sum);
        boolean mandatory = f.rule().severity() == Severity.MANDATORY;
        // An aggregate target's missing figure is counted, not a verdict (INDICATOR-FORMAT.md).
        Consequence expected = f.rule().isTarget()
            ? switch (f.status()) {
              case FAIL -> Consequence.FAILS;
              case INCONCLUSIVE -> Consequence.UNDECIDED;
              default -> Consequence.NONE;
            }
            : switch (f.status()) {
              case FAIL -> Consequence.FAILS;
              case MISSING_DATA -> mandatory ? Consequence.INCOMPLETE : Consequence.WARNS;
              case WARN -> Consequence.WARNS;
              default -> Consequence.NONE;
            };
        assertThat(c).as("%s %s %s", r.proposalId(), f.ruleId(), f.status()).isEqualTo(expected);
        assertThat(c.blocks()).isEqualTo(c == Consequence.FAILS || c == Consequence.INCOMPLETE);
      }
      // The verdict follows from the consequences, and so do the items to supply.
      if (!r.findings().isEmpty() && !r.isIndicatorReport()) {
        boolean fails = r.findings().stream().anyMatch(f -> Consequence.of(f) == Consequence.FAILS);
        boolean incomplete = r.findings().stream()
            .anyMatch(f -> Consequence.of(f) == Consequence.INCOMPLETE);
        assertThat(r.verdict() == Verdict.FAIL).isEqualTo(fails);
        assertThat(r.verdict() == Verdict.INCOMPLETE).isEqualTo(!fails && incomplete);
        assertThat(r.toSupply().isEmpty()).isEqualTo(!incomplete);
      }
    }
    // The examples show every consequence.
    assertThat(seen).containsKeys(Consequence.values());
  }
}

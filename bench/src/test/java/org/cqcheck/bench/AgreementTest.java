package org.cqcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cqcheck.Checker;
import org.cqcheck.engine.RuleBase;
import org.cqcheck.engine.Status;
import org.cqcheck.model.Proposal;
import org.junit.jupiter.api.Test;

/**
 * Drools, the hand-written evaluator and Easy Rules record the same findings (status, figures,
 * threshold, unit, missing fields) for every rule on every generated proposal, and the status-only
 * floor the same statuses: a benchmark of evaluators that disagree, or that do less work than
 * cqcheck, would be worthless. Also checks that the generated proposals exercise every rule in
 * every state the rule can reach.
 */
class AgreementTest {

  @Test
  void allGiveTheSameFindingsOnEveryGeneratedProposal() {
    Checker checker = Checker.withDefaultRules();
    List<TargetEvaluator> peers = List.of(new PlainJavaEvaluator(RuleBase.loadBuiltIn()),
        new EasyRulesEvaluator(RuleBase.loadBuiltIn()));
    PlainStatusEvaluator statusesOnly = new PlainStatusEvaluator(RuleBase.loadBuiltIn().zones());
    DroolsEvaluator drools = new DroolsEvaluator(checker);
    Map<String, Map<Status, Integer>> seen = new TreeMap<>();
    int withFigures = 0;
    List<Proposal> generated = new ProposalGenerator(42).generate(20_000);
    // cqcheck's batches (proposals sharing rule sessions) give what it gives one at a time.
    for (int from = 0; from < generated.size(); from += 16) {
      List<Proposal> batch = generated.subList(from, Math.min(generated.size(), from + 16));
      List<org.cqcheck.report.CheckResult> together = checker.checkAll(batch);
      for (int i = 0; i < batch.size(); i++) {
        assertThat(together.get(i)).as("batch on %s", batch.get(i).id())
            .isEqualTo(checker.asOf(batch.get(i).submittedOn()).check(batch.get(i)));
      }
    }
    for (Proposal p : generated) {
      Map<String, Outcome> expected = drools.evaluate(p, p.submittedOn());
      for (TargetEvaluator peer : peers) {
        assertThat(peer.evaluate(p, p.submittedOn()))
            .as("%s on %s", peer.getClass().getSimpleName(), p.id())
            .isEqualTo(expected);
      }
      Map<String, Status> statuses = new LinkedHashMap<>();
      expected.forEach((rule, finding) -> statuses.put(rule, finding.status()));
      assertThat(statusesOnly.evaluate(p, p.submittedOn())).as("statuses only on %s", p.id())
          .isEqualTo(statuses);
      expected.forEach((rule, finding) -> seen
          .computeIfAbsent(rule, r -> new EnumMap<>(Status.class))
          .merge(finding.status(), 1, Integer::sum));
      withFigures += (int) expected.values().stream().filter(f -> f.actual() != null).count();
    }
    assertThat(seen).hasSize(checker.catalogue().size());
    seen.forEach((rule, statuses) -> assertThat(statuses.keySet()).as(rule)
        .contains(Status.PASS).containsAnyOf(Status.FAIL, Status.WARN));
    // The comparison covers the figures, not only statuses.
    assertThat(withFigures).isGreaterThan(100_000);
  }
}

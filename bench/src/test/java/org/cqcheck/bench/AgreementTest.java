package org.cqcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cqcheck.Checker;
import org.cqcheck.engine.Status;
import org.cqcheck.model.Proposal;
import org.junit.jupiter.api.Test;

/**
 * Drools, the hand-written evaluator and Easy Rules give the same status for every rule on every
 * generated proposal: a benchmark of evaluators that disagree would be worthless. Also checks
 * that the generated proposals exercise every rule in every state the rule can reach.
 */
class AgreementTest {

  @Test
  void allThreeGiveTheSameStatusesOnEveryGeneratedProposal() {
    Checker checker = Checker.withDefaultRules();
    List<StatusEvaluator> peers = List.of(new PlainJavaEvaluator(checker.ruleBase().zones()),
        new EasyRulesEvaluator(checker.ruleBase().zones()));
    DroolsEvaluator drools = new DroolsEvaluator(checker);
    Map<String, Map<Status, Integer>> seen = new TreeMap<>();
    for (Proposal p : new ProposalGenerator(42).generate(20_000)) {
      Map<String, Status> expected = drools.evaluate(p, p.submittedOn());
      for (StatusEvaluator peer : peers) {
        assertThat(peer.evaluate(p, p.submittedOn()))
            .as("%s on %s", peer.getClass().getSimpleName(), p.id())
            .isEqualTo(expected);
      }
      expected.forEach((rule, status) -> seen
          .computeIfAbsent(rule, r -> new EnumMap<>(Status.class)).merge(status, 1, Integer::sum));
    }
    assertThat(seen).hasSize(26);
    seen.forEach((rule, statuses) -> assertThat(statuses.keySet()).as(rule)
        .contains(Status.PASS).containsAnyOf(Status.FAIL, Status.WARN));
  }
}

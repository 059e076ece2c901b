package org.cqcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cqcheck.model.Proposal;
import org.junit.jupiter.api.Test;

/** Proposals checked together in one rule session get the findings each gets alone. */
class BatchEvaluationTest {

  private static final RuleBase RULES = RuleBase.loadBuiltIn();

  /** Every valid proposal of the examples (bench/ compares 20,000 generated ones). */
  private static List<Proposal> proposals() throws Exception {
    return ExampleProposals.all();
  }

  @Test
  void theBuiltInRulesCheckABatchInOneSession() {
    assertThat(RULES.batchable()).containsExactly(true);
  }

  @Test
  void aBatchGivesEachProposalTheFindingsItGetsAlone() throws Exception {
    List<Proposal> proposals = proposals();
    assertThat(proposals).hasSizeGreaterThanOrEqualTo(14);
    // Each on its own date, and all on one date of each edition, and one before any edition.
    List<List<LocalDate>> dateSets = new ArrayList<>();
    dateSets.add(proposals.stream().map(Proposal::submittedOn).toList());
    for (String day : List.of("2009-06-01", "2013-01-01", "2022-01-01", "2000-01-01")) {
      dateSets.add(proposals.stream().map(p -> LocalDate.parse(day)).toList());
    }
    for (List<LocalDate> dates : dateSets) {
      List<List<Finding>> together = RULES.evaluateAll(proposals, dates);
      assertThat(together).hasSize(proposals.size());
      for (int i = 0; i < proposals.size(); i++) {
        assertThat(together.get(i)).as("%s on %s", proposals.get(i).id(), dates.get(i))
            .isEqualTo(RULES.evaluate(proposals.get(i), dates.get(i)));
      }
    }
  }

  @Test
  void theLibraryChecksABatchAsItChecksEachProposal() throws Exception {
    org.cqcheck.Checker checker = org.cqcheck.Checker.withDefaultRules();
    List<Proposal> proposals = proposals();
    List<org.cqcheck.report.CheckResult> together = checker.checkAll(proposals);
    for (int i = 0; i < proposals.size(); i++) {
      assertThat(together.get(i)).isEqualTo(checker.check(proposals.get(i)));
    }
    LocalDate before = LocalDate.parse("2000-01-01");
    assertThat(checker.asOf(before).checkAll(proposals.subList(0, 2)))
        .containsExactly(checker.asOf(before).check(proposals.get(0)),
            checker.asOf(before).check(proposals.get(1)));
  }

  @Test
  void theSameProposalTwiceWithTwoDatesGetsTheFindingsOfEach() throws Exception {
    Proposal p = proposals().get(0);
    LocalDate early = LocalDate.parse("2009-06-01");
    LocalDate late = LocalDate.parse("2022-01-01");
    List<List<Finding>> both = RULES.evaluateAll(List.of(p, p), List.of(early, late));
    assertThat(both.get(0)).isEqualTo(RULES.evaluate(p, early));
    assertThat(both.get(1)).isEqualTo(RULES.evaluate(p, late));
    assertThat(both.get(0)).isNotEqualTo(both.get(1));
  }
}

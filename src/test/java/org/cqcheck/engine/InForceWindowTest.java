package org.cqcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cqcheck.model.Proposal;
import org.junit.jupiter.api.Test;

/**
 * Rules not in force on a proposal's date do not even match it (each built-in rule's {@link
 * InForceWindow} is a condition of the network, {@link DroolsInternals}): the rules that match are
 * exactly those whose findings are not NOT_APPLICABLE.
 */
class InForceWindowTest {

  private static final RuleBase RULES = RuleBase.loadBuiltIn();
  private static final List<LocalDate> DATES = List.of("2000-01-01", "2008-01-01", "2010-06-01",
      "2012-08-17", "2012-08-18", "2015-01-01", "2021-02-18", "2021-02-19", "2024-01-01").stream()
      .map(LocalDate::parse).toList();

  @Test
  void onlyRulesInForceThatCoverTheProposalMatchIt() throws Exception {
    List<Proposal> proposals = ExampleProposals.all();
    assertThat(proposals).hasSizeGreaterThanOrEqualTo(14);
    int matches = 0;
    for (Proposal p : proposals) {
      for (LocalDate date : DATES) {
        // A rule matches when it applies, or when it says itself why it does not (a site in no
        // zone, a project adding no capacity); not when its scope leaves the proposal out.
        Set<String> applicable = RULES.evaluate(p, date).stream()
            .filter(f -> f.status() != Status.NOT_APPLICABLE
                || f.notApplicable() != NotApplicable.OUT_OF_SCOPE)
            .map(Finding::ruleId)
            .collect(Collectors.toSet());
        List<String> matched = RULES.matchesOf(p, date);
        assertThat(matched).as("%s on %s", p.id(), date)
            .doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(applicable);
        matches += matched.size();
      }
    }
    assertThat(matches).isGreaterThan(proposals.size() * 20);
  }

  @Test
  void aSupersededRuleStopsMatchingOnTheDayItsSuccessorStarts() throws Exception {
    Proposal any = ExampleProposals.all().get(0);
    assertThat(RULES.matchesOf(any, LocalDate.parse("2021-02-18")))
        .contains("CQ2012-RD-INTENSITY", "CQ2012-LABOR-PRODUCTIVITY")
        .doesNotContain("CQ2021-RD-INTENSITY", "CQ2021-LABOR-PRODUCTIVITY");
    assertThat(RULES.matchesOf(any, LocalDate.parse("2021-02-19")))
        .contains("CQ2021-RD-INTENSITY", "CQ2021-LABOR-PRODUCTIVITY")
        .doesNotContain("CQ2012-RD-INTENSITY", "CQ2012-LABOR-PRODUCTIVITY");
    assertThat(RULES.matchesOf(any, LocalDate.parse("2007-12-31"))).isEmpty();
  }
}

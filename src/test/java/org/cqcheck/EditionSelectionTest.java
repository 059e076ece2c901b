package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.input.InputError;
import org.cqcheck.input.InputFormat;
import org.cqcheck.internal.report.Messages;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Language;
import org.cqcheck.report.Verdict;
import org.junit.jupiter.api.Test;

/** Which targets are in force on a date: editions, supersession, and the date that decides. */
class EditionSelectionTest {

  private final Checker checker = TestCheckers.shared();

  /** Every rule of the catalogue but the {@code notInForce} a test names as not in force. */
  private int allBut(int notInForce) {
    return checker.catalogue().rules().size() - notInForce;
  }

  private static List<String> ids(List<RuleInfo> rules) {
    return rules.stream().map(RuleInfo::id).toList();
  }

  @Test
  void in2010OnlyTheThreeCq2008TargetsAreInForce() {
    assertThat(ids(checker.catalogue().inForceOn(LocalDate.of(2010, 6, 1)))).containsExactly(
        "CQ2008-ENERGY-INTENSITY", "CQ2008-NEW-PRODUCT-RATE", "CQ2008-RD-INTENSITY");
  }

  @Test
  void in2013Cq2012SupersedesAllThreeCq2008Targets() {
    List<String> inForce = ids(checker.catalogue().inForceOn(LocalDate.of(2013, 3, 15)));
    // Catalogue version 2: the 2012 cut of 20% supersedes the 2008 level of 1.84 as well.
    assertThat(inForce).hasSize(allBut(5))
        .contains("CQ2012-ENERGY-REDUCTION", "CQ2012-RD-INTENSITY", "CQ2012-NEW-PRODUCT-RATE",
            "CQ2012-LABOR-PRODUCTIVITY")
        .doesNotContain("CQ2008-ENERGY-INTENSITY", "CQ2008-RD-INTENSITY",
            "CQ2008-NEW-PRODUCT-RATE", "CQ2021-RD-INTENSITY", "CQ2021-LABOR-PRODUCTIVITY");
  }

  @Test
  void in2022Cq2021SupersedesRdIntensityAndLabourProductivity() {
    List<String> inForce = ids(checker.catalogue().inForceOn(LocalDate.of(2022, 6, 1)));
    assertThat(inForce).hasSize(allBut(5))
        .contains("CQ2021-RD-INTENSITY", "CQ2021-LABOR-PRODUCTIVITY", "CQ2012-ENERGY-REDUCTION",
            "CQ2012-NEW-PRODUCT-RATE")
        .doesNotContain("CQ2012-RD-INTENSITY", "CQ2008-RD-INTENSITY",
            "CQ2012-LABOR-PRODUCTIVITY", "CQ2008-ENERGY-INTENSITY");
  }

  @Test
  void anEditionIsInForceFromItsFirstDay() {
    assertThat(ids(checker.catalogue().inForceOn(LocalDate.of(2012, 8, 17))))
        .contains("CQ2008-RD-INTENSITY", "CQ2008-ENERGY-INTENSITY")
        .doesNotContain("CQ2012-RD-INTENSITY");
    assertThat(ids(checker.catalogue().inForceOn(LocalDate.of(2012, 8, 18))))
        .contains("CQ2012-RD-INTENSITY", "CQ2012-ENERGY-REDUCTION")
        .doesNotContain("CQ2008-RD-INTENSITY", "CQ2008-ENERGY-INTENSITY");
  }

  @Test
  void theAsOfDateOverridesSubmittedOn() {
    byte[] proposal = proposal("2013-03-15");
    CheckResult bySubmission = check(proposal, null);
    CheckResult asOf2022 = check(proposal, LocalDate.of(2022, 6, 1));
    assertThat(bySubmission.asOf()).isEqualTo(LocalDate.of(2013, 3, 15));
    assertThat(asOf2022.asOf()).isEqualTo(LocalDate.of(2022, 6, 1));
    assertThat(asOf2022.findings()).extracting(Finding::ruleId)
        .contains("CQ2021-RD-INTENSITY").doesNotContain("CQ2012-RD-INTENSITY");
    assertThat(bySubmission.findings()).extracting(Finding::ruleId)
        .contains("CQ2012-RD-INTENSITY").doesNotContain("CQ2021-RD-INTENSITY");
  }

  @Test
  void everyRuleInForceHasAFindingInIdOrder() {
    CheckResult result = check(proposal("2013-03-15"), null);
    assertThat(result.findings()).extracting(Finding::ruleId)
        .containsExactlyElementsOf(ids(checker.catalogue().inForceOn(LocalDate.of(2013, 3, 15))))
        .isSorted();
  }

  @Test
  void aProposalDatedBefore2008IsAnErrorNeverAnEmptyPass() {
    CheckResult result = check(proposal("2007-06-01"), null);
    assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(result.findings()).isEmpty();
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(InputError.Kind.NO_TARGETS_IN_FORCE);
      assertThat(e.location()).isEqualTo("/submittedOn");
      assertThat(new Messages(Language.EN).error(e)).isEqualTo(
          "no policy targets in force on 2007-06-01; the earliest edition, CQ2008, starts 2008-01-01");
    });
  }

  @Test
  void anAsOfDateBefore2008IsAnErrorToo() {
    CheckResult result = check(proposal("2013-03-15"), LocalDate.of(2007, 12, 31));
    assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(result.errors()).singleElement()
        .satisfies(e -> assertThat(e.args()).containsExactly("2007-12-31", "CQ2008", "2008-01-01"));
  }

  private CheckResult check(byte[] proposal, LocalDate asOf) {
    return (asOf == null ? checker : checker.asOf(asOf))
        .check("p.json", proposal, InputFormat.JSON).get(0);
  }

  private static byte[] proposal(String submittedOn) {
    return ("{\"schemaVersion\":1,\"id\":\"P\",\"submittedOn\":\"" + submittedOn
        + "\",\"sector\":\"consumer\",\"projectType\":\"new\"}").getBytes(StandardCharsets.UTF_8);
  }
}

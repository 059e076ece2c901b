package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cqcheck.engine.RuleBase;
import org.cqcheck.input.InputError;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Report;
import org.cqcheck.report.Verdict;
import org.cqcheck.report.Words;
import org.junit.jupiter.api.Test;

/**
 * A checker of indicator reports alone ({@code Checker.forIndicatorReports()}, what {@code cqcheck
 * scorecard} runs): the same scorecards as a checker of both kinds, from the aggregate targets
 * without the project rules; a proposal is an error, and the others are still checked.
 */
class IndicatorReportCheckerTest {

  private static final List<Path> REPORTS = List.of(Path.of("examples/scorecard-city-2015.yaml"),
      Path.of("examples/scorecard-city-2020.yaml"), Path.of("examples/scorecard-changshou-2015.yaml"));

  @Test
  void aReportGetsTheSameScorecardAsFromACheckerOfBothKinds() {
    Report both = TestCheckers.shared().check(REPORTS);
    Report reportsOnly = Checker.forIndicatorReports().check(REPORTS);
    assertThat(reportsOnly.results()).hasSize(3);
    assertThat(reportsOnly.results()).isEqualTo(both.results());
    assertThat(reportsOnly.results()).extracting(CheckResult::verdict)
        .containsExactly(Verdict.FAIL, Verdict.INCONCLUSIVE, Verdict.INCONCLUSIVE);
    assertThat(reportsOnly.results().get(0).findings()).hasSize(156);
    // No project rule is loaded, so the report lists none; the rule files are the same.
    assertThat(reportsOnly.rules()).isEmpty();
    assertThat(both.rules()).hasSize(26);
    assertThat(reportsOnly.fingerprint()).isEqualTo(both.fingerprint());
  }

  @Test
  void aProposalIsAnErrorAndTheReportsBesideItAreChecked() {
    Report run = Checker.forIndicatorReports().check(List.of(
        Path.of("examples/chemical-mdi-changshou-2013.json"),
        Path.of("examples/scorecard-city-2015.yaml")));
    CheckResult proposal = run.results().get(0);
    assertThat(proposal.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(proposal.proposalId()).isEqualTo("CQ-2013-CS-0007");
    assertThat(proposal.errors()).extracting(InputError::kind, InputError::location, InputError::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            InputError.Kind.NOT_AN_INDICATOR_REPORT, "", 1));
    assertThat(Words.of(java.util.Locale.ENGLISH).message(proposal.errors().get(0))).isEqualTo(
        "a proposal (it has no kind), not an indicator report: cqcheck scorecard"
            + " (Checker.forIndicatorReports() in the library) reads only documents with kind:"
            + " indicator-report; check proposals with cqcheck check (Checker.withDefaultRules())");
    assertThat(Words.of(java.util.Locale.SIMPLIFIED_CHINESE).message(proposal.errors().get(0)))
        .isEqualTo("这是项目申报（没有 kind），不是指标报告：cqcheck scorecard（程序库中为"
            + " Checker.forIndicatorReports()）只读取 kind: indicator-report 的文档；项目申报请用"
            + " cqcheck check（Checker.withDefaultRules()）检查");
    assertThat(run.results().get(1).verdict()).isEqualTo(Verdict.FAIL);
    assertThat(run.summary().error()).isEqualTo(1);
  }

  /** Found by a reviewer: a proposal built in code was checked as one with no target in force. */
  @Test
  void aProposalBuiltInCodeIsTheSameErrorAsFromAFile() {
    org.cqcheck.model.Proposal proposal = org.cqcheck.model.Proposal.builder("P-1",
        java.time.LocalDate.of(2013, 5, 20), org.cqcheck.model.Sector.CHEMICAL,
        org.cqcheck.model.ProjectType.NEW).build();
    Checker reportsOnly = Checker.forIndicatorReports();
    CheckResult result = reportsOnly.check(proposal);
    assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(result.proposalId()).isEqualTo("P-1");
    assertThat(result.errors()).extracting(InputError::kind)
        .containsExactly(InputError.Kind.NOT_AN_INDICATOR_REPORT);
    assertThat(reportsOnly.checkAll(List.of(proposal, proposal))).extracting(CheckResult::verdict)
        .containsExactly(Verdict.ERROR, Verdict.ERROR);
    assertThat(reportsOnly.validate(proposal)).extracting(InputError::kind)
        .containsExactly(InputError.Kind.NOT_AN_INDICATOR_REPORT);
  }

  /** What cannot be read as either kind counts as a report in a run that reads nothing else. */
  @Test
  void anUnreadableFileOrAnEmptyDirectoryCountsAsAReport(@org.junit.jupiter.api.io.TempDir
      Path dir) throws Exception {
    Path broken = dir.resolve("broken.yaml");
    java.nio.file.Files.writeString(broken, "kind: indicator-report\nfigures: {a: [\n");
    Report run = Checker.forIndicatorReports().check(List.of(broken));
    assertThat(run.results()).singleElement().satisfies(r -> {
      assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
      assertThat(r.isIndicatorReport()).isTrue();
    });
    assertThat(run.summary().indicatorReports()).isEqualTo(1);
    assertThat(run.summary().proposals()).isZero();
    Path empty = java.nio.file.Files.createDirectory(dir.resolve("empty"));
    Report none = Checker.forIndicatorReports().check(List.of(empty));
    assertThat(none.results()).singleElement().satisfies(r -> {
      assertThat(r.isIndicatorReport()).isTrue();
      assertThat(r.errors()).extracting(InputError::kind)
          .containsExactly(InputError.Kind.NO_INPUT_FOUND);
    });
    // A checker of both kinds counts them as proposals, as before: their kind is unknown.
    assertThat(TestCheckers.shared().check(List.of(broken)).summary().proposals()).isEqualTo(1);
  }

  /**
   * Found by a reviewer: broken YAML said only what SnakeYAML was reading ("while parsing a flow
   * mapping") where that began; it says what was expected, where it failed, with that context.
   */
  @Test
  void brokenYamlSaysWhatWasExpectedWhereItFailed() {
    String text = "schemaVersion: 1\nkind: indicator-report\nid: X\nfigures: {a: 1 b: 2\n";
    CheckResult result = Checker.forIndicatorReports().check("r.yaml",
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        org.cqcheck.input.InputFormat.YAML).get(0);
    InputError error = result.errors().get(0);
    assertThat(error.kind()).isEqualTo(InputError.Kind.SYNTAX);
    assertThat(error.line()).isEqualTo(4);
    assertThat(error.column()).isEqualTo(17);
    assertThat(Words.of(java.util.Locale.ENGLISH).message(error)).startsWith(
        "not valid JSON or YAML: expected ',' or '}'").endsWith("(while parsing a flow mapping)");
  }

  @Test
  void theTargetsAloneHaveTheCatalogueOfTheTargetsAndNoRuleOrZone() {
    RuleBase targets = RuleBase.loadBuiltInTargets();
    RuleBase all = RuleBase.loadBuiltIn();
    assertThat(targets.rules()).isEmpty();
    assertThat(targets.catalogue().targets()).hasSize(156)
        .isEqualTo(all.catalogue().targets());
    assertThat(targets.editions()).isEqualTo(all.editions());
    assertThat(targets.zones().zones()).isEmpty();
    assertThat(targets.fingerprint()).isEqualTo(all.fingerprint());
    assertThat(RuleBase.loadBuiltInTargets()).isSameAs(targets);
  }
}

package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.cqcheck.config.ConfigurationException;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Status;
import org.cqcheck.input.InputOptions;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.ExitCode;
import org.cqcheck.report.Report;
import org.cqcheck.report.Verdict;
import org.cqcheck.report.WaiverNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Severity overrides, disabled rules and waivers, and every way a configuration can be wrong. */
class ConfigurationTest {

  static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);
  /** One waiver expired, one matching no proposal of the examples. */
  private static final String EXPIRED_AND_UNUSED_WAIVERS = """
      waivers:
        - { rule: CQ2012-CHEM-GAS-YIELD, proposal: CQ-2013-FL-0112, reason: quota,
            approvedBy: Zhang, expires: 2026-01-31 }
        - { rule: CQ2012-PHARMA-GMP, proposal: CQ-2099-*, reason: none,
            approvedBy: Li, expires: 2027-01-31 }
      """;

  static final Path METHANOL = Path.of("examples/chemical-methanol-low-gas-yield-fuling-2013.yaml");
  static final Path OUTSIDE_PARK = Path.of("examples/energy-coal-mine-safety-noncompliant-nanchuan-2013.json");
  static final Path PASSING = Path.of("examples/chemical-mdi-changshou-2013.json");

  private final Checker checker =
      TestCheckers.shared().withInputOptions(InputOptions.defaults().withClock(TODAY));

  private Checker configured(Path dir, String yaml, boolean ignoreWaivers) throws IOException {
    Path file = dir.resolve("cqcheck.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    Checker configured = checker.withConfiguration(checker.readConfiguration(file));
    return ignoreWaivers ? configured.auditingWaivers() : configured;
  }

  private static Finding finding(Report report, String ruleId) {
    return report.results().get(0).findings().stream().filter(f -> f.ruleId().equals(ruleId))
        .findFirst().orElseThrow();
  }

  private List<String> problems(Path dir, String yaml) throws IOException {
    Path file = dir.resolve("cqcheck.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    try {
      checker.readConfiguration(file);
      throw new AssertionError("the configuration was accepted");
    } catch (ConfigurationException e) {
      return e.problems().stream().map(p -> p.toString().replace(file.toString(), "cqcheck.yaml")).toList();
    }
  }

  @Test
  void aSeverityOverrideMakesAnAdvisoryRuleMandatory(@TempDir Path dir) throws IOException {
    Report plain = checker.check(OUTSIDE_PARK);
    assertThat(finding(plain, "CQ2012-IN-PARK").status()).isEqualTo(Status.WARN);
    Checker strict = configured(dir, "severity:\n  CQ2012-IN-PARK: MANDATORY\n", false);
    Report report = strict.check(List.of(PASSING, OUTSIDE_PARK));
    assertThat(report.results().get(1).findings().stream()
        .filter(f -> f.ruleId().equals("CQ2012-IN-PARK")).findFirst().orElseThrow().status())
        .isEqualTo(Status.FAIL);
    assertThat(report.rules().stream().filter(r -> r.id().equals("CQ2012-IN-PARK")).findFirst()
        .orElseThrow().severity().name()).isEqualTo("MANDATORY");
  }

  @Test
  void aDisabledRuleIsNotEvaluated(@TempDir Path dir) throws IOException {
    Checker without = configured(dir, "disabled: [CQ2012-ZONE-FIT]\n", false);
    assertThat(without.check(PASSING).results().get(0).findings()).extracting(Finding::ruleId)
        .doesNotContain("CQ2012-ZONE-FIT")
        .hasSize(TestCheckers.shared().catalogue().inForceOn(java.time.LocalDate.of(2013, 3, 15)).size() - 1);
  }

  @Test
  void aWaivedFailIsReportedWithItsReasonAndDoesNotFailTheRun(@TempDir Path dir) throws IOException {
    Checker waived = configured(dir, """
        waivers:
          - rule: CQ2012-CHEM-GAS-YIELD
            proposal: CQ-2013-FL-*
            reason: 甲醇装置为既有天然气配额，经市经信委专题会议同意
            approvedBy: 审查组 张三
            expires: 2027-06-30
        """, false);
    Report report = waived.check(METHANOL);
    Finding gas = finding(report, "CQ2012-CHEM-GAS-YIELD");
    assertThat(gas.status()).isEqualTo(Status.WAIVED);
    assertThat(gas.waived()).isEqualTo(Status.FAIL);
    assertThat(gas.actual()).isEqualByComparingTo("12");
    assertThat(gas.waiver().approvedBy()).isEqualTo("审查组 张三");
    assertThat(report.results().get(0).verdict()).isEqualTo(Verdict.PASS);
    assertThat(report.exitCode(false)).isEqualTo(ExitCode.OK);
    assertThat(report.waiverNotes()).isEmpty();
    java.io.StringWriter sarif = new java.io.StringWriter();
    org.cqcheck.report.ReportFormat.SARIF.renderer().render(report,
        org.cqcheck.report.RenderOptions.plain(org.cqcheck.report.Language.EN), sarif);
    var result = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sarif.toString())
        .at("/runs/0/results/0");
    assertThat(result.get("ruleId").asText()).isEqualTo("CQ2012-CHEM-GAS-YIELD");
    assertThat(result.get("level").asText()).isEqualTo("error");
    assertThat(result.at("/suppressions/0/kind").asText()).isEqualTo("external");
    assertThat(result.at("/suppressions/0/justification").asText())
        .startsWith("甲醇装置为既有天然气配额").contains("审查组 张三").contains("2027-06-30");
  }

  @Test
  void ignoreWaiversShowsWhatTheWaiversHide(@TempDir Path dir) throws IOException {
    Checker audit = configured(dir, """
        waivers:
          - { rule: CQ2012-CHEM-GAS-YIELD, proposal: CQ-2013-FL-0112, reason: quota,
              approvedBy: Zhang, expires: 2027-06-30 }
        """, true);
    Report report = audit.check(METHANOL);
    Finding gas = finding(report, "CQ2012-CHEM-GAS-YIELD");
    assertThat(gas.status()).isEqualTo(Status.FAIL);
    assertThat(gas.waiver().reason()).isEqualTo("quota");
    assertThat(report.exitCode(false)).isEqualTo(ExitCode.POLICY_FAILURE);
  }

  @Test
  void anExpiredWaiverStopsApplyingAndAnUnusedOneIsReported(@TempDir Path dir) throws IOException {
    Checker stale = configured(dir, EXPIRED_AND_UNUSED_WAIVERS, false);
    Report report = stale.check(METHANOL);
    assertThat(finding(report, "CQ2012-CHEM-GAS-YIELD").status()).isEqualTo(Status.FAIL);
    assertThat(report.waiverNotes()).extracting(n -> n.waiver().rule() + " " + n.kind())
        .containsExactly("CQ2012-CHEM-GAS-YIELD EXPIRED", "CQ2012-PHARMA-GMP UNUSED");
    assertThat(report.waiverNotes().get(0).waiver().line()).isEqualTo(2);
  }

  @Test
  void validationEvaluatesNoRuleSoItNotesNoWaiver(@TempDir Path dir) throws IOException {
    Checker configured = configured(dir, EXPIRED_AND_UNUSED_WAIVERS, false);
    Report whole = configured.validate(List.of(METHANOL));
    assertThat(whole.results()).singleElement()
        .satisfies(r -> assertThat(r.verdict()).isEqualTo(Verdict.VALID));
    assertThat(whole.waiverNotes()).isEmpty();
    assertThat(configured.validateEach(List.of(METHANOL), r -> r, r -> { }).waiverNotes())
        .isEmpty();
  }

  @Test
  void aWaiverWithoutReasonApproverOrExpiryIsAnErrorWithItsLine(@TempDir Path dir)
      throws IOException {
    assertThat(problems(dir, """
        waivers:
          - rule: CQ2012-CHEM-GAS-YIELD
            proposal: CQ-2013-FL-0112
            expires: 2027-01-01
        """)).containsExactly(
        "cqcheck.yaml:2: the waiver has no reason (a waiver needs rule, proposal, reason,"
            + " approvedBy and expires)",
        "cqcheck.yaml:2: the waiver has no approvedBy (a waiver needs rule, proposal, reason,"
            + " approvedBy and expires)");
  }

  @Test
  void anExpiryBeyondTheHorizonIsAnError(@TempDir Path dir) throws IOException {
    String waiver = """
        waivers:
          - rule: CQ2012-CHEM-GAS-YIELD
            proposal: CQ-2013-FL-0112
            reason: quota
            approvedBy: Zhang
            expires: 2028-06-30
        """;
    assertThat(problems(dir, waiver)).containsExactly("cqcheck.yaml:6: the waiver expires on"
        + " 2028-06-30, further ahead than the horizon of P1Y (2027-11-23); set waiverHorizon to"
        + " allow it");
    configured(dir, "waiverHorizon: P2Y\n" + waiver, false);
  }

  @Test
  void aRuleThatIsNotWaivableCannotBeWaived(@TempDir Path dir) throws IOException {
    assertThat(problems(dir, """
        waivers:
          - { rule: CQ2012-HIGH-RISK-SAFETY, proposal: "*", reason: r, approvedBy: a,
              expires: 2027-01-01 }
        """)).containsExactly("cqcheck.yaml:2: CQ2012-HIGH-RISK-SAFETY cannot be waived: its"
        + " metadata says it is not waivable");
  }

  @Test
  void unknownKeysRulesAndSeveritiesAreErrors(@TempDir Path dir) throws IOException {
    assertThat(problems(dir, """
        severity:
          CQ2012-IN-PARK: SEVERE
          CQ2099-NOTHING: ADVISORY
        disabled: [CQ2012-ZONE-FITT]
        waivrs: []
        """)).containsExactlyInAnyOrder(
        "cqcheck.yaml:2: severity of CQ2012-IN-PARK is 'SEVERE'; expected MANDATORY or ADVISORY",
        "cqcheck.yaml:3: no rule CQ2099-NOTHING",
        "cqcheck.yaml:4: no rule CQ2012-ZONE-FITT",
        "cqcheck.yaml:5: unknown key 'waivrs'; expected one of [disabled, severity, waiverHorizon,"
            + " waivers]");
  }

  @Test
  void theCliExitsThreeOnABadConfigurationAndNamesFileAndLine(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "waivers:\n  - rule: CQ2012-ROE\n", StandardCharsets.UTF_8);
    CliTest.Run run = CliTest.run("check", "--config", file.toString(), PASSING.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains(file + ":2: the waiver has no proposal").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void theCliShowsWaivedFindingsAndTheirWaiver(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cqcheck.yaml");
    Files.writeString(file, "waivers:\n  - { rule: CQ2012-CHEM-GAS-YIELD, proposal: CQ-2013-FL-0112,"
        + " reason: existing gas quota, approvedBy: Zhang, expires: 2099-01-01 }\nwaiverHorizon: P100Y\n",
        StandardCharsets.UTF_8);
    CliTest.Run run = CliTest.run("check", "--width", "300", "--lang", "en", "--config",
        file.toString(),
        METHANOL.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("WAIVED +CQ2012-CHEM-GAS-YIELD")
        .contains("waived: existing gas quota (approved by Zhang, until 2099-01-01)");
    CliTest.Run audit = CliTest.run("check", "--width", "300", "--lang", "en", "--config",
        file.toString(), "--ignore-waivers", METHANOL.toString());
    assertThat(audit.exitCode()).isEqualTo(1);
    assertThat(audit.out()).contains("a waiver would hide this (ignored by --ignore-waivers)");
  }
}

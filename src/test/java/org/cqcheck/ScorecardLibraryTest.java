package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cqcheck.engine.Status;
import org.cqcheck.model.FigureBasis;
import org.cqcheck.model.Fraction;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.Region;
import org.cqcheck.model.ReportedFigure;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Verdict;
import org.cqcheck.report.Words;
import org.junit.jupiter.api.Test;

/** An embedder checks an indicator report built in memory, as a file's would be checked. */
class ScorecardLibraryTest {

  private static ReportedFigure exact(String value, String written) {
    return new ReportedFigure(Fraction.parse(value).orElseThrow(), FigureBasis.EXACT, written,
        null, null, null);
  }

  @Test
  void aReportBuiltInMemoryGetsTheFilesVerdictAndFindings() throws Exception {
    IndicatorReport report = new IndicatorReport("CQ-CITY-2015", null, Region.city(), 2015,
        "2011-2015", null, null, Map.of("parks.industrialConcentration", exact("0.79", "79%")));
    CheckResult result = TestCheckers.shared().check(report);
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.isIndicatorReport()).isTrue();
    var finding = result.findings().stream()
        .filter(f -> f.ruleId().equals("CQ2012-AGG-PARKS-CONCENTRATION")).findFirst()
        .orElseThrow();
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(Words.of(java.util.Locale.ENGLISH).message(finding))
        .isEqualTo("parks.industrialConcentration is 79%, missing the target ≥ 85%");
    assertThat(Words.of(java.util.Locale.SIMPLIFIED_CHINESE).message(finding))
        .isEqualTo("parks.industrialConcentration为 79%，未达到 ≥ 85% 的目标");
  }

  @Test
  void anUnknownKeyOrAShareAbove100PercentIsAnErrorNamingIt() {
    IndicatorReport report = new IndicatorReport("R", null, Region.city(), 2015, "2015-2011",
        null, null, Map.of(
            "parks.industrialConcentraton", exact("0.79", "79%"),
            "quality.lossRate", exact("1.2", "120%")));
    CheckResult result = TestCheckers.shared().check(report);
    assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(result.errors()).extracting(e -> e.location() + " " + Words.of(
        java.util.Locale.ENGLISH).message(e)).containsExactly(
        "/span span is \"2015-2011\": expected two years as YYYY-YYYY, the earlier first,"
            + " such as 2011-2015",
        "/figures/parks.industrialConcentraton parks.industrialConcentraton is not an indicator"
            + " key: did you mean parks.industrialConcentration? The keys of figures are those of"
            + " the catalogue's indicator vocabulary (docs/AGGREGATE-TARGETS.md)",
        "/figures/quality.lossRate figures.quality.lossRate is 120%: a share is between 0% and"
            + " 100%");
  }

  /** Found by a reviewer: an absurd exponent crashed the run (exit 70) and lost every report. */
  @Test
  void anAbsurdExponentIsOutOfRangeNotACrash() {
    String report = """
        schemaVersion: 1
        kind: indicator-report
        id: X
        region: {level: city, name: 重庆市}
        year: 2015
        figures:
          industry.grossOutputValueYuan: 1e999999999
          parks.industrialConcentration: 1e-999999999
        """;
    CheckResult result = TestCheckers.shared().check("r.yaml",
        report.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        org.cqcheck.input.InputFormat.YAML).get(0);
    assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(result.errors()).extracting(e -> e.kind() + " " + e.location()).containsExactly(
        "OUT_OF_RANGE /figures/industry.grossOutputValueYuan",
        "OUT_OF_RANGE /figures/parks.industrialConcentration");
    String proposal = """
        {"schemaVersion": 1, "id": "P", "submittedOn": "2013-03-15", "sector": "energy",
         "subsector": "power-generation", "projectType": "new",
         "investment": {"totalYuan": 1e999999999}}
        """;
    CheckResult proposed = TestCheckers.shared().check("p.json",
        proposal.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        org.cqcheck.input.InputFormat.JSON).get(0);
    assertThat(proposed.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(proposed.errors()).extracting(e -> e.kind() + " " + e.location())
        .containsExactly("OUT_OF_RANGE /investment/totalYuan");
  }

  private static CheckResult read(String yaml) {
    return TestCheckers.shared().check("r.yaml",
        yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        org.cqcheck.input.InputFormat.YAML).get(0);
  }

  /** INDICATOR-FORMAT.md: a figure published before its year ends is an estimate. */
  @Test
  void aFigurePublishedBeforeItsYearEndsIsAnEstimate() {
    String report = """
        schemaVersion: 1
        kind: indicator-report
        id: X
        region: {level: city, name: 重庆市}
        year: 2015
        publishedOn: PUBLISHED
        figures:
          parks.industrialConcentration: 86%
        """;
    var early = read(report.replace("PUBLISHED", "2015-12-20")).findings().stream()
        .filter(f -> f.ruleId().equals("CQ2012-AGG-PARKS-CONCENTRATION")).findFirst()
        .orElseThrow();
    assertThat(early.status()).isEqualTo(Status.PASS);
    assertThat(Words.of(java.util.Locale.ENGLISH).message(early))
        .isEqualTo("parks.industrialConcentration is 86% (estimate), meeting ≥ 85% (on an"
            + " estimate)");
    var late = read(report.replace("PUBLISHED", "2016-02-04")).findings().stream()
        .filter(f -> f.ruleId().equals("CQ2012-AGG-PARKS-CONCENTRATION")).findFirst()
        .orElseThrow();
    assertThat(Words.of(java.util.Locale.ENGLISH).message(late))
        .isEqualTo("parks.industrialConcentration is 86%, meeting ≥ 85%");
  }

  /** A span or region no target has is said, not left to turn every target N/A in silence. */
  @Test
  void aSpanOrRegionNoTargetHasIsAWarning() {
    CheckResult result = read("""
        schemaVersion: 1
        kind: indicator-report
        id: X
        region: {level: district, name: 长寿}
        year: 2015
        span: 2010-2015
        figures: {}
        """);
    assertThat(result.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(result.warnings()).extracting(e -> e.location() + " "
        + Words.of(java.util.Locale.ENGLISH).message(e)).containsExactly(
        "/region no target is for district 长寿 (targets are for city): check region.level and"
            + " region.name, or add the rule pack of its targets (--rules)",
        "/span no target is over the span 2010-2015 (targets are over 2006-2010, 2008-2012,"
            + " 2011-2015, 2021-2025)");
  }

  /** The example district pack's targets have cases of their own, all passing, each covered. */
  @Test
  void theDistrictPacksCasesPassAndCoverItsTargets() throws Exception {
    java.nio.file.Path pack = java.nio.file.Path.of("examples/packs/changshou-district");
    var run = new org.cqcheck.internal.ruletest.RuleTestRunner(
        TestCheckers.shared().withRulePack(pack)).run(pack.resolve("tests"));
    assertThat(run.passed()).as(run.cases().toString()).isTrue();
    assertThat(run.coverage()).filteredOn(c -> c.ruleId().startsWith("CS2011-"))
        .hasSize(4).allSatisfy(c -> assertThat(c.seenPass() && c.seenMiss()).isTrue());
  }

  /** A target a year or more ahead shows the share reached, as information, never a verdict. */
  @Test
  void aTargetOfALaterYearShowsProgressButStaysNotApplicable() {
    CheckResult result = read("""
        schemaVersion: 1
        kind: indicator-report
        id: CQ-2014
        region: {level: city, name: 重庆市}
        year: 2014
        figures:
          industry.grossOutputValueYuan: 2.2万亿元
        """);
    var gross = result.findings().stream()
        .filter(f -> f.ruleId().equals("CQ2012-AGG-GROSS-OUTPUT")).findFirst().orElseThrow();
    assertThat(gross.status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(((org.cqcheck.engine.Evidence.Progress) gross.evidence()).share())
        .isEqualByComparingTo("0.7333");
    assertThat(Words.of(java.util.Locale.ENGLISH).message(gross)).isEqualTo("not applicable:"
        + " a target for 2015, not this report's year; the report gives 2.2万亿元, 73.33% of the"
        + " target's 3万亿元 (information, not a verdict)");
    // Nothing applies to 2014, so nothing is decided: the verdict is not moved by progress.
    assertThat(result.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }
}

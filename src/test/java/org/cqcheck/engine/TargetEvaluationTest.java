package org.cqcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cqcheck.model.FigureBasis;
import org.cqcheck.model.Fraction;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.Region;
import org.cqcheck.model.RegionLevel;
import org.cqcheck.model.ReportedFigure;
import org.junit.jupiter.api.Test;

/** The built-in aggregate targets, fired by Drools against indicator reports. */
class TargetEvaluationTest {

  private static final RuleBase RULES = RuleBase.loadBuiltIn();

  private static ReportedFigure figure(String value, FigureBasis basis) {
    return new ReportedFigure(Fraction.parse(value).orElseThrow(), basis, value, null, null, null);
  }

  private static Finding finding(List<Finding> findings, String id) {
    return findings.stream().filter(f -> f.ruleId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theCatalogueHoldsTheAggregateTargetsApartFromTheProjectRules() {
    assertThat(RULES.catalogue().targets()).hasSize(156)
        .allSatisfy(t -> assertThat(t.isTarget()).isTrue());
    assertThat(RULES.catalogue().rules()).noneMatch(RuleInfo::isTarget);
    RuleInfo gross = RULES.catalogue().rule("CQ2012-AGG-GROSS-OUTPUT").orElseThrow();
    assertThat(gross.target().orElseThrow().toString())
        .isEqualTo("industry.grossOutputValueYuan > 3000000000000");
    assertThat(gross.horizon().orElseThrow().toString()).isEqualTo("2015 city");
    assertThat(gross.severity()).isNull();
  }

  @Test
  void aCityReportOf2015MeetsMissesAndLeavesTargetsUndecided() {
    IndicatorReport report = new IndicatorReport("CQ-CITY-2015", null, Region.city(), 2015,
        "2011-2015", null, null, Map.of(
            "industry.grossOutputValueYuan", figure("2450000000000", FigureBasis.ESTIMATE),
            "parks.industrialConcentration", figure("0.79", FigureBasis.EXACT),
            "sector.equipment.outputValueYuan", figure("100000000000", FigureBasis.AT_LEAST),
            "investment.industrialCumulativeYuan", figure("1800000000000", FigureBasis.EXACT)));
    List<Finding> findings = RULES.evaluate(report);

    assertThat(findings).hasSize(156);
    assertThat(finding(findings, "CQ2012-AGG-GROSS-OUTPUT").status()).isEqualTo(Status.FAIL);
    assertThat(((Evidence.Reading) finding(findings, "CQ2012-AGG-GROSS-OUTPUT").evidence())
        .onEstimate()).isTrue();
    assertThat(finding(findings, "CQ2012-AGG-PARKS-CONCENTRATION").status())
        .isEqualTo(Status.FAIL);
    assertThat(finding(findings, "CQ2012-AGG-EQUIPMENT-OUTPUT").status())
        .isEqualTo(Status.INCONCLUSIVE);
    assertThat(finding(findings, "CQ2012-AGG-INVESTMENT-CUMULATIVE").status())
        .isEqualTo(Status.PASS);
    assertThat(finding(findings, "CQ2012-AGG-SME-COUNT").status())
        .isEqualTo(Status.MISSING_DATA);
    assertThat(finding(findings, "CQ2008-AGG-PARKS-CONCENTRATION").notApplicable())
        .isEqualTo(NotApplicable.OTHER_YEAR);
    assertThat(finding(findings, "CQ2008-AGG-INVESTMENT-CUMULATIVE").notApplicable())
        .isEqualTo(NotApplicable.OTHER_SPAN);
  }

  @Test
  void aDistrictReportFindsNoCityTarget() {
    IndicatorReport report = new IndicatorReport("CS-2015", null,
        new Region(RegionLevel.DISTRICT, "长寿区"), 2015, "2011-2015", null, null, Map.of(
            "industry.grossOutputValueYuan", figure("500000000000", FigureBasis.EXACT)));
    assertThat(RULES.evaluate(report)).allSatisfy(f -> {
      assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
      assertThat(f.notApplicable()).isEqualTo(NotApplicable.OTHER_REGION);
    });
  }

  @Test
  void twoThirdsIsComparedExactly() {
    IndicatorReport report = new IndicatorReport("CQ-2012", null, Region.city(), 2012, null,
        null, null, Map.of("parks.industrialConcentration",
            new ReportedFigure(Fraction.of(2, 3), FigureBasis.EXACT, "三分之二", null, null, null)));
    assertThat(finding(RULES.evaluate(report), "CQ2008-AGG-PARKS-CONCENTRATION").status())
        .isEqualTo(Status.PASS);
    IndicatorReport below = new IndicatorReport("CQ-2012", null, Region.city(), 2012, null,
        null, null, Map.of("parks.industrialConcentration",
            figure("0.6666666666", FigureBasis.EXACT)));
    assertThat(finding(RULES.evaluate(below), "CQ2008-AGG-PARKS-CONCENTRATION").status())
        .isEqualTo(Status.FAIL);
    assertThat(new BigDecimal("0.6666666666")).isLessThan(new BigDecimal("0.6666666667"));
  }
}

package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cqcheck.JunitXml.testcase;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.FailOn;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The JUnit XML of a scorecard: a suite per indicator report, a test case per target that applies.
 * A missed target fails; one its figure cannot decide fails only with --fail-on inconclusive (else
 * system-out); one without a figure fails only with --fail-on missing-data, and is otherwise
 * skipped: it was not tested, and CI systems count it apart from the passes.
 */
class ScorecardJunitTest {

  private static final Report CITY = Scorecards.report(Scorecards.city2015Result());

  private static String render(Report report, Language language, Set<FailOn> failOn)
      throws Exception {
    StringWriter out = new StringWriter();
    ReportFormat.JUNIT.renderer().render(report, new RenderOptions(language, false, false, false,
        false, RenderOptions.DEFAULT_WIDTH, failOn), out);
    return out.toString();
  }

  private static Element suite(String xml) throws Exception {
    return JunitXml.suite(JunitXml.parse(xml), "CQ-CITY-2015");
  }

  /** The one child element of a test case, or null when it has none (a pass). */
  private static Element outcome(Element testcase) {
    NodeList children = testcase.getChildNodes();
    Element found = null;
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e) {
        assertThat(found).as("one outcome").isNull();
        found = e;
      }
    }
    return found;
  }

  @Test
  void everyCombinationOfFailOnIsValidAgainstTheSchemaOfJenkinsXunitPlugin() throws Exception {
    Report examples = TestCheckers.shared().check(TestCheckers.EVERY_EXAMPLE);
    List<CheckResult> both = new ArrayList<>(examples.results());
    both.add(Scorecards.city2015Result());
    both.add(TestCheckers.shared().check(Scorecards.bounds2015()));
    Report mixed = Scorecards.report(both.toArray(CheckResult[]::new));
    for (Set<FailOn> failOn : List.of(Set.<FailOn>of(), Set.of(FailOn.INCONCLUSIVE),
        Set.of(FailOn.MISSING_DATA), Set.of(FailOn.WARN, FailOn.INCONCLUSIVE,
            FailOn.MISSING_DATA))) {
      for (Language language : Language.values()) {
        JunitSchema.assertValid(render(CITY, language, failOn));
        JunitSchema.assertValid(render(mixed, language, failOn));
      }
    }
  }

  @Test
  void aSuitePerReportWithACasePerTargetThatApplies() throws Exception {
    String xml = render(CITY, Language.EN, Set.of());
    assertThat(xml).contains("<testsuites name=\"cqcheck\" tests=\"67\" failures=\"6\""
        + " errors=\"0\">");
    Element suite = suite(xml);
    assertThat(suite.getAttribute("tests")).isEqualTo("67");
    assertThat(suite.getAttribute("failures")).isEqualTo("6");
    assertThat(suite.getAttribute("skipped")).isEqualTo("53");
    assertThat(suite.getAttribute("file")).isEqualTo(Scorecards.FILE);
    assertThat(xml).contains("<property name=\"reportId\" value=\"CQ-CITY-2015\"/>")
        .contains("<property name=\"region\" value=\"city 重庆市\"/>")
        .contains("<property name=\"year\" value=\"2015\"/>")
        .contains("<property name=\"span\" value=\"2011-2015\"/>")
        .contains("<property name=\"verdict\" value=\"FAIL\"/>")
        .doesNotContain("proposalId").doesNotContain("toSupply")
        // Targets that do not apply are no test cases.
        .doesNotContain("CQ2008-AGG-").doesNotContain("CQ2021-AGG-");
  }

  @Test
  void eachStatusHasItsOwnOutcome() throws Exception {
    Element suite = suite(render(CITY, Language.EN, Set.of()));
    Element fail = outcome(testcase(suite, "CQ2012-AGG-GROSS-OUTPUT"));
    assertThat(fail.getTagName()).isEqualTo("failure");
    assertThat(fail.getAttribute("type")).isEqualTo("FAIL");
    assertThat(fail.getAttribute("message")).isEqualTo("industry.grossOutputValueYuan is 2.45万亿元"
        + " (estimate), missing the target > 3万亿元 (on an estimate)");
    assertThat(fail.getTextContent().lines()).containsExactly(
        Scorecards.FILE + ":" + Scorecards.lineOf("industry.grossOutputValueYuan") + ":3:"
            + " industry.grossOutputValueYuan is 2.45万亿元 (estimate), missing the target"
            + " > 3万亿元 (on an estimate)",
        "reported: 「2015年，预计全市工业总产值2.45万亿元」",
        "target for 2015 · cq-2012-08-18-new-industrialization-opinions.txt 二（三）"
            + " 「工业总产值突破3万亿元」");

    Element undecided = outcome(testcase(suite, "CQ2012-AGG-CHEMICAL-OUTPUT"));
    assertThat(undecided.getTagName()).isEqualTo("system-out");
    assertThat(undecided.getTextContent()).startsWith(Scorecards.FILE + ":"
        + Scorecards.lineOf("sector.chemical.outputValueYuan") + ":3: INCONCLUSIVE:"
        + " sector.chemical.outputValueYuan is at least 1000亿元, which cannot decide ≥ 2000亿元");

    Element noFigure = outcome(testcase(suite, "CQ2012-AGG-QUALITY-LOSS"));
    assertThat(noFigure.getTagName()).isEqualTo("skipped");
    assertThat(noFigure.getAttribute("message"))
        .isEqualTo("the report gives no figure for quality.lossRate (target ≤ 0.2%)");
    assertThat(noFigure.getTextContent()).startsWith(Scorecards.FILE + ":10:1: the report gives"
        + " no figure for quality.lossRate");

    assertThat(outcome(testcase(suite, "CQ2012-AGG-SMART-TERMINALS"))).isNull();
  }

  @Test
  void failOnMakesInconclusiveAndMissingDataFailures() throws Exception {
    Element inconclusive = suite(render(CITY, Language.EN, Set.of(FailOn.INCONCLUSIVE)));
    assertThat(inconclusive.getAttribute("failures")).isEqualTo("11");
    assertThat(inconclusive.getAttribute("skipped")).isEqualTo("53");
    Element undecided = outcome(testcase(inconclusive, "CQ2012-AGG-CHEMICAL-OUTPUT"));
    assertThat(undecided.getTagName()).isEqualTo("failure");
    assertThat(undecided.getAttribute("type")).isEqualTo("INCONCLUSIVE");

    Element missing = suite(render(CITY, Language.EN, Set.of(FailOn.MISSING_DATA)));
    assertThat(missing.getAttribute("failures")).isEqualTo("59");
    assertThat(missing.getAttribute("skipped")).isEqualTo("0");
    Element noFigure = outcome(testcase(missing, "CQ2012-AGG-QUALITY-LOSS"));
    assertThat(noFigure.getTagName()).isEqualTo("failure");
    assertThat(noFigure.getAttribute("type")).isEqualTo("MISSING_DATA");
    assertThat(outcome(testcase(missing, "CQ2012-AGG-CHEMICAL-OUTPUT")).getTagName())
        .isEqualTo("system-out");

    Element both = suite(render(CITY, Language.EN, Set.of(FailOn.INCONCLUSIVE,
        FailOn.MISSING_DATA)));
    assertThat(both.getAttribute("failures")).isEqualTo("64");
  }

  @Test
  void inChinese() throws Exception {
    Element suite = suite(render(CITY, Language.ZH, Set.of()));
    Element fail = outcome(testcase(suite, "CQ2012-AGG-GROSS-OUTPUT"));
    assertThat(fail.getAttribute("message")).isEqualTo("industry.grossOutputValueYuan为"
        + " 2.45万亿元（预计），未达到 > 3万亿元 的目标（依据预计数）");
    assertThat(fail.getTextContent()).contains("\n报告原文：「2015年，预计全市工业总产值2.45万亿元」\n"
        + "目标：2015 · cq-2012-08-18-new-industrialization-opinions.txt 二（三） 「工业总产值突破3万亿元」");
    assertThat(outcome(testcase(suite, "CQ2012-AGG-QUALITY-LOSS")).getAttribute("message"))
        .isEqualTo("报告未给出 quality.lossRate 的数值（目标 ≤ 0.2%）");
  }
}

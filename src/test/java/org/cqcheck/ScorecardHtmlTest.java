package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.ReportFormat;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of an indicator report's scorecard: the counts and the verdict first, then a
 * table per topic of indicator keys, each target with its figure, the requirement, a chart of the
 * one against the other (hatched for an estimate, open-ended for a bound) and both quotes. Its
 * layout and accessibility are measured in Chromium by .ci/run on the reports this test writes to
 * target/scorecard-reports/.
 */
class ScorecardHtmlTest {

  private static final String CQ2012_TITLE = "中共重庆市委、重庆市人民政府关于推进新型工业化的若干意见";

  private static String render(Report report, Language language, boolean verbose)
      throws IOException {
    StringWriter out = new StringWriter();
    ReportFormat.HTML.renderer().render(report,
        new RenderOptions(language, verbose, false, false, false), out);
    return out.toString();
  }

  private static String city(Language language) throws IOException {
    return render(Scorecards.report(Scorecards.city2015Result()), language, false);
  }

  /** The table row of target {@code id}. */
  private static String row(String html, String id) {
    int at = html.indexOf("<span class=\"rule\">" + id + "</span>");
    assertThat(at).as("row of %s", id).isPositive();
    return html.substring(html.lastIndexOf("<tr>", at), html.indexOf("</tr>", at) + 5);
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void theScorecardSaysItsVerdictAndCountsBeforeItsTargets() throws IOException {
    String html = city(Language.EN);
    assertThat(html).contains("<caption>Proposals and indicator reports, in the order of the"
            + " sections below</caption>")
        .contains("<th scope=\"col\">Proposal or report</th>")
        .contains("1 indicator report(s): 0 pass, 0 inconclusive, 1 fail, 0 error")
        .contains("<section class=\"scorecard\" aria-labelledby=\"p1\">\n<h2 id=\"p1\""
            + " class=\"banner v-FAIL\">1. FAIL · CQ-CITY-2015 · 重庆市2015年工业和信息化主要指标</h2>")
        .contains("<dt>Region</dt><dd>重庆市 (city)</dd><dt>Year</dt><dd>2015</dd>"
            + "<dt>Span</dt><dd>2011-2015</dd><dt>Published on</dt><dd>2016-02-04</dd>")
        .contains("<ul class=\"counts\" aria-label=\"Targets by status\"><li class=\"s-PASS\">met 3"
            + "</li><li class=\"s-FAIL\">missed 6</li><li class=\"s-INCONCLUSIVE\">inconclusive 5"
            + "</li><li class=\"s-MISSING_DATA\">no data 53</li><li class=\"s-NOT_APPLICABLE\">"
            + "not applicable 89</li></ul>")
        .contains("<p class=\"fails-on\">fails on: CQ2012-AGG-AUTO-OUTPUT (4600亿元, required"
            + " ≥ 5000亿元); CQ2012-AGG-DEMO-BASES (8个, required ≥ 10个);");
    // The summary row says the same, and comes before the section.
    assertThat(html.indexOf("<td class=\"v v-text-FAIL\">FAIL</td><td>fails on: CQ2012-AGG-AUTO"))
        .isPositive().isLessThan(html.indexOf("<section class=\"scorecard\""));
    assertThat(html.indexOf("<ul class=\"counts\"")).isLessThan(html.indexOf("<h3"));
  }

  @Test
  void targetsAreGroupedByTheFirstSegmentOfTheirIndicatorKey() throws IOException {
    String html = city(Language.EN);
    assertThat(all(Pattern.compile("<h3 class=\"topic\" id=\"p1-(\\w+)\">"), html))
        .containsExactly("industry", "investment", "sector", "clusters", "parks", "enterprises",
            "energy", "employment", "quality", "bases", "capacityPhaseOut", "trademarks",
            "brands");
    assertThat(html).contains("<h3 class=\"topic\" id=\"p1-industry\">Industry as a whole</h3>\n"
        + "<table class=\"findings targets\" aria-labelledby=\"p1-industry\">")
        .contains(">Obsolete capacity phased out</h3>");
    // Each topic's table holds its own targets only, misses first.
    String sector = html.substring(html.indexOf("id=\"p1-sector\""),
        html.indexOf("id=\"p1-clusters\""));
    assertThat(all(Pattern.compile("<span class=\"key\">([^<]+)</span>"), sector))
        .isNotEmpty().allSatisfy(key -> assertThat(key).startsWith("sector."));
    assertThat(all(Pattern.compile("<td class=\"s s-(\\w+)\">"), sector))
        .startsWith("FAIL", "FAIL", "INCONCLUSIVE").endsWith("MISSING_DATA");
  }

  @Test
  void aTargetMissedOnAnEstimateHasAHatchedBarOnTheScaleOfItsThreshold() throws IOException {
    String row = row(city(Language.EN), "CQ2012-AGG-GROSS-OUTPUT");
    assertThat(row).contains("<td class=\"s s-FAIL\">FAIL</td>")
        .contains("<span class=\"key\">industry.grossOutputValueYuan</span>")
        .contains("<span class=\"sev\">target for 2015</span>")
        .contains("<td>2.45万亿元 (estimate)<br><span class=\"why\">&gt; 3万亿元</span></td>")
        .contains("role=\"img\" aria-label=\"reported 2.45万亿元 (estimate), target &gt; 3万亿元:"
            + " missed\"><title>reported 2.45万亿元 (estimate), target &gt; 3万亿元: missed</title>")
        .containsPattern("<pattern id=\"(c\\d+)-hatch\" width=\"4\" height=\"4\""
            + " patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate\\(45\\)\">")
        // From 0 to 2.45 of a scale that ends a quarter past the threshold, 3: 3.75 over 132 px.
        .containsPattern("<rect x=\"8.0\" y=\"8\" width=\"86.2\" height=\"10\""
            + " fill=\"url\\(#c\\d+-hatch\\)\" stroke=\"#cf222e\" stroke-width=\"1\"/>")
        .contains("<line x1=\"113.6\" y1=\"2\" x2=\"113.6\" y2=\"24\" stroke=\"#1f2328\"")
        .doesNotContain("open-end")
        .contains("<span class=\"doc\" lang=\"zh-CN\">" + CQ2012_TITLE
            + " · <span class=\"clause\">二（三）</span></span>")
        .contains("<blockquote lang=\"zh-CN\">「工业总产值突破3万亿元」</blockquote>")
        .contains("<div class=\"reported\">reported: <span lang=\"zh-CN\">"
            + "「2015年，预计全市工业总产值2.45万亿元」</span></div>");
  }

  @Test
  void anAtLeastBoundIsABarOpenToTheRightThatCannotDecide() throws IOException {
    String row = row(city(Language.EN), "CQ2012-AGG-EQUIPMENT-OUTPUT");
    assertThat(row).contains("<td class=\"s s-INCONCLUSIVE\">INCONCLUSIVE</td>")
        .contains("<td>at least 1000亿元<br><span class=\"why\">≥ 5000亿元</span></td>")
        .contains("aria-label=\"reported at least 1000亿元, target ≥ 5000亿元: undecided, the"
            + " true figure may lie on either side of the target\"")
        .containsPattern("<linearGradient id=\"c\\d+-fade\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"0\">")
        // Solid from 0 to 1000亿元, then fading from there to the right edge, ending in an arrow.
        .contains("<rect x=\"8.0\" y=\"8\" width=\"21.1\" height=\"10\" fill=\"#9a6700\"/>")
        .containsPattern("<rect x=\"29.1\" y=\"8\" width=\"110.9\" height=\"10\""
            + " fill=\"url\\(#c\\d+-fade\\)\"/>")
        .contains("<path class=\"open-end\" d=\"M140 5 L147 13 L140 21 Z\"")
        .doesNotContain("-hatch")
        .contains("reported: <span lang=\"zh-CN\">「装备、化工、材料、能源、消费品产业均迈上千亿台阶」");
  }

  @Test
  void anAtMostBoundIsOpenToTheLeftAndAnAboutTargetShowsItsBand() throws IOException {
    Report report = Scorecards.report(
        TestCheckers.shared().check(Scorecards.bounds2015()));
    String html = render(report, Language.EN, false);
    assertThat(row(html, "CQ2012-AGG-QUALITY-LOSS"))
        .contains("<td class=\"s s-INCONCLUSIVE\">INCONCLUSIVE</td>")
        .contains("<td>at most 0.3%<br><span class=\"why\">≤ 0.2%</span></td>")
        .containsPattern("<linearGradient id=\"c\\d+-fade\" x1=\"1\" y1=\"0\" x2=\"0\" y2=\"0\">")
        .contains("<path class=\"open-end\" d=\"M8 5 L1 13 L8 21 Z\"");
    assertThat(row(html, "CQ2012-AGG-SEDAN-SUV-SHARE")).contains("s-INCONCLUSIVE")
        .contains("<td>less than 65%<br>").contains("d=\"M8 5 L1 13 L8 21 Z\"")
        // The quote's markup stays text.
        .contains("不到65% | &lt;script&gt;alert(1)&lt;/script&gt;」");
    assertThat(row(html, "CQ2012-AGG-HIGH-TECH-SHARE")).contains("s-PASS")
        .contains("<td>more than 30%<br>").contains("d=\"M140 5 L147 13 L140 21 Z\"");
    // ≈ 30: a band from 28.5 to 31.5 on a scale to 31 × 1.25.
    assertThat(row(html, "CQ2012-AGG-CLUSTERS-100YI")).contains("s-PASS")
        .contains("<rect class=\"tolerance\" x=\"105.1\" y=\"5\" width=\"10.2\" height=\"16\"");
    assertThat(html).contains("Bounds | &lt;b&gt;2015&lt;/b&gt;").doesNotContain("<script")
        .doesNotContain("<b>2015")
        .contains("class=\"banner v-INCONCLUSIVE\">1. INCONCLUSIVE · CQ-BOUNDS-2015")
        .contains("<p class=\"undecided-on\">undecided on: CQ2012-AGG-QUALITY-LOSS (at most 0.3%,"
            + " required ≤ 0.2%); CQ2012-AGG-SEDAN-SUV-SHARE (less than 65%, required &gt;"
            + " 60%)</p>");
  }

  @Test
  void aTargetWithoutAFigureSaysSoAndHasNoChart() throws IOException {
    String row = row(city(Language.EN), "CQ2012-AGG-QUALITY-LOSS");
    assertThat(row).contains("<td class=\"s s-MISSING_DATA\">MISSING</td>")
        .contains("<td>no figure<br><span class=\"why\">≤ 0.2%</span></td><td></td>")
        .doesNotContain("<svg").doesNotContain("class=\"reported\"");
  }

  @Test
  void targetsThatDoNotApplyAreCountedAndShownOnlyWhenVerbose() throws IOException {
    String quiet = city(Language.EN);
    assertThat(quiet).contains("<p class=\"na\">89 targets that do not apply (another year, span"
        + " or region) are not shown; --verbose shows them.</p>")
        .doesNotContain("CQ2008-AGG-").doesNotContain("CQ2021-AGG-")
        .doesNotContain("s-NOT_APPLICABLE\">N/A");
    String verbose = render(Scorecards.report(Scorecards.city2015Result()), Language.EN, true);
    assertThat(all(Pattern.compile("<span class=\"rule\">([A-Z0-9-]+)</span>"), verbose))
        .hasSize(156).doesNotHaveDuplicates();
    assertThat(verbose).doesNotContain("<p class=\"na\">")
        .contains("<h3 class=\"topic\" id=\"p1-oneHourCircle\">One-hour economic circle</h3>");
    assertThat(row(verbose, "CQ2008-AGG-SALES-OUTPUT"))
        .contains("<td class=\"s s-NOT_APPLICABLE\">N/A</td>")
        .contains("a target for 2012, not this report's year")
        .doesNotContain("<svg");
  }

  @Test
  void everyChartSaysInWordsWhatItShows() throws IOException {
    String html = render(Scorecards.report(Scorecards.city2015Result(),
        TestCheckers.shared().check(Scorecards.bounds2015())), Language.EN, false);
    Matcher svg = Pattern.compile("<svg [^>]*role=\"img\" aria-label=\"([^\"]+)\"><title>([^<]+)"
        + "</title>").matcher(html);
    int charts = 0;
    while (svg.find()) {
      charts++;
      assertThat(svg.group(2)).isEqualTo(svg.group(1)).startsWith("reported ")
          .containsPattern(": (met|missed|undecided, .*)$");
    }
    // One per target with a figure: 14 of the city's report, 4 of the other.
    assertThat(charts).isEqualTo(18);
    assertThat(html.split("<svg ", -1)).hasSize(19);
    // Pattern and gradient ids are unique in the page.
    List<String> ids = all(Pattern.compile(" id=\"(c\\d+-\\w+)\""), html);
    assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
    // Nothing is loaded from elsewhere: a url() only names a pattern or gradient of the page.
    assertThat(html).doesNotContainPattern("url\\((?!#c\\d+-(hatch|fade)\\))");
  }

  @Test
  void inChineseTheScorecardSpeaksChinese() throws IOException {
    String html = city(Language.ZH);
    assertThat(html).contains("共 1 份指标报告：通过 0，无法判定 0，不合格 1，错误 0")
        .contains("<caption>项目与指标报告一览（与下文各节顺序相同）</caption>")
        .contains("class=\"banner v-FAIL\">1. 不合格 · CQ-CITY-2015 · ")
        .contains("<dt>地区</dt><dd>重庆市（市）</dd>")
        .contains("<li class=\"s-PASS\">达到 3</li><li class=\"s-FAIL\">未达到 6</li>"
            + "<li class=\"s-INCONCLUSIVE\">无法判定 5</li><li class=\"s-MISSING_DATA\">缺数据 53"
            + "</li><li class=\"s-NOT_APPLICABLE\">不适用 89</li>")
        .contains(">工业总体</h3>").contains(">淘汰落后产能</h3>")
        .contains("另有 89 项目标不适用（年份、期间或地区不同），未列出；加 --verbose 显示。");
    assertThat(row(html, "CQ2012-AGG-GROSS-OUTPUT"))
        .contains("<td>2.45万亿元（预计）<br><span class=\"why\">&gt; 3万亿元</span></td>")
        .contains("aria-label=\"报告数值 2.45万亿元（预计），目标 &gt; 3万亿元：未达到\"")
        .contains("<span class=\"sev\">目标：2015</span>")
        .contains("<span class=\"doc\">" + CQ2012_TITLE)
        .contains("<blockquote>「工业总产值突破3万亿元」</blockquote>")
        .contains("<div class=\"reported\">报告原文：<span>「2015年，预计全市工业总产值2.45万亿元」");
    assertThat(row(html, "CQ2012-AGG-CHEMICAL-OUTPUT"))
        .contains("<td class=\"s s-INCONCLUSIVE\">无法判定</td>").contains("至少 1000亿元")
        .contains("无法判定，实际数值可能在目标值两侧");
    assertThat(html).doesNotContain("lang=\"zh-CN\">「");
  }

  @Test
  void proposalsBesideAScorecardKeepTheirRendering() throws IOException {
    Report examples = TestCheckers.proposalExamples();
    List<CheckResult> both = new ArrayList<>(examples.results());
    both.add(Scorecards.city2015Result());
    Report mixed = new Report(examples.toolVersion(), examples.rules(), examples.fingerprint(),
        both, examples.waiverNotes(), examples.editions());
    for (Language language : Language.values()) {
      String alone = render(examples, language, false);
      String together = render(mixed, language, false);
      List<String> sections = all(Pattern.compile("(<section class=\"proposal\".*?</section>)",
          Pattern.DOTALL), alone);
      assertThat(sections).hasSize(examples.results().size());
      for (String section : sections) {
        assertThat(together).contains(section);
      }
      int last = examples.results().size() + 1;
      assertThat(together).contains("<section class=\"scorecard\" aria-labelledby=\"p" + last
          + "\">").contains("<a href=\"#p" + last + "\">CQ-CITY-2015</a>");
    }
  }
}

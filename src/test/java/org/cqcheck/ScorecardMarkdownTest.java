package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.ReportFormat;
import org.junit.jupiter.api.Test;

/**
 * The Markdown report of a scorecard, for a pull-request comment: a heading with the verdict, the
 * counts, then a table per topic of indicator keys whose every row has as many cells as its
 * header, whatever the figures and quotes hold (pipes escaped as for proposals).
 */
class ScorecardMarkdownTest {

  private static String render(Report report, Language language, boolean verbose)
      throws IOException {
    StringWriter out = new StringWriter();
    ReportFormat.MARKDOWN.renderer().render(report,
        new RenderOptions(language, verbose, false, false, false), out);
    return out.toString();
  }

  private static String city(Language language) throws IOException {
    return render(Scorecards.report(Scorecards.city2015Result()), language, false);
  }

  /** The cells of a table row: split at the pipes that are not escaped. */
  private static int cells(String row) {
    return row.split("(?<!\\\\)\\|", -1).length - 2;
  }

  @Test
  void aScorecardIsAVerdictTheCountsAndATablePerTopic() throws IOException {
    String md = city(Language.EN);
    assertThat(md).startsWith("**cqcheck** · 1 indicator report(s): 0 pass, 0 inconclusive,"
            + " 1 fail, 0 error\n\n### ❌ FAIL — CQ-CITY-2015 重庆市2015年工业和信息化主要指标\n\n"
            + "`examples/scorecard-city-2015.yaml` · region 重庆市 (city) · year 2015 · span"
            + " 2011-2015\n\n- fails on: CQ2012-AGG-AUTO-OUTPUT (4600亿元, required ≥ 5000亿元);")
        .contains("\n- met 3 · missed 6 · inconclusive 5 · no data 53 · not applicable 89\n\n"
            + "#### Industry as a whole\n\n| STATUS | TARGET | REPORTED | REQUIRED | CLAUSE |\n"
            + "|---|---|---|---|---|\n")
        .endsWith("\n89 not applicable (shown with --verbose)\n")
        .doesNotContain("to supply before approval");
    assertThat(md.lines().filter(l -> l.startsWith("#### ")).toList()).containsExactly(
        "#### Industry as a whole", "#### Investment", "#### Sectors", "#### Industrial clusters",
        "#### Industrial parks", "#### Enterprises", "#### Energy use", "#### Employment",
        "#### Quality and brands", "#### Industrial bases", "#### Obsolete capacity phased out",
        "#### Trademarks", "#### Famous-brand products");
  }

  @Test
  void eachRowSaysTheFigureWithItsQuoteAndTheTarget() throws IOException {
    List<String> rows = city(Language.EN).lines().filter(l -> l.startsWith("| ")).toList();
    assertThat(rows).contains(
        "| ❌ FAIL | CQ2012-AGG-GROSS-OUTPUT · industry.grossOutputValueYuan · target for 2015"
            + " | 2.45万亿元 (estimate) · reported: 「2015年，预计全市工业总产值2.45万亿元」"
            + " | \\> 3万亿元 | 二（三） 「工业总产值突破3万亿元」 |",
        "| 🔍 INCONCLUSIVE | CQ2012-AGG-CHEMICAL-OUTPUT · sector.chemical.outputValueYuan"
            + " · target for 2015 | at least 1000亿元 · reported: 「装备、化工、材料、能源、消费品产业均迈上"
            + "千亿台阶」 | ≥ 2000亿元 | 三（七） 「全行业累计投入1500亿元，实现工业总产值2000亿元」 |",
        "| ❔ MISSING | CQ2012-AGG-QUALITY-LOSS · quality.lossRate · target for 2015 | no figure"
            + " | ≤ 0.2% | 二（三） 「质量损失率降到0.2%以内」 |",
        "| ✅ PASS | CQ2012-AGG-WELL-KNOWN-TRADEMARKS · trademarks.chinaWellKnownNewCount"
            + " · target for 2011-2015 | 88件 · reported: 「新增中国驰名商标88件」 | ≥ 40个"
            + " | 四（十四） 「新培育中国驰名商标40个」 |");
    assertThat(rows).hasSize(13 + 67).allSatisfy(row -> assertThat(cells(row)).as(row)
        .isEqualTo(5));
  }

  @Test
  void pipesAndMarkupFromTheReportStayText() throws IOException {
    String md = render(Scorecards.report(TestCheckers.shared().check(Scorecards.bounds2015())),
        Language.EN, false);
    assertThat(md).contains("### 🔍 INCONCLUSIVE — CQ-BOUNDS-2015 Bounds \\| \\<b\\>2015\\</b\\>")
        // Every '<' escaped: none opens a tag.
        .doesNotContainPattern("(?<!\\\\)<");
    String sedan = md.lines().filter(l -> l.startsWith("| ") && l.contains("SEDAN-SUV-SHARE"))
        .findFirst().orElseThrow();
    assertThat(sedan).contains("less than 65% · reported: 「轿车及SUV占比不到65% \\|"
        + " \\<script\\>alert(1)\\</script\\>」");
    assertThat(cells(sedan)).isEqualTo(5);
    // A scorecard held in memory has no file to name.
    assertThat(md).contains("2015\\</b\\>\n\nregion 重庆市 (city) · year 2015 · span 2011-2015\n\n"
        + "- undecided on: CQ2012-AGG-QUALITY-LOSS (at most 0.3%, required ≤ 0.2%);"
        + " CQ2012-AGG-SEDAN-SUV-SHARE (less than 65%, required \\> 60%)\n");
  }

  @Test
  void verboseListsTheTargetsThatDoNotApplyWithWhy() throws IOException {
    String md = render(Scorecards.report(Scorecards.city2015Result()), Language.EN, true);
    assertThat(md).doesNotContain("(shown with --verbose)")
        .contains("#### One-hour economic circle")
        .contains("| ➖ N/A | CQ2008-AGG-SALES-OUTPUT · industry.salesOutputValueYuan · target for"
            + " 2012 | a target for 2012, not this report's year | ≥ 1.5万亿元 | 奋斗目标"
            + " 「到2012年全市工业销售产值达到1.5万亿」 |");
    assertThat(md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| STATUS")))
        .hasSize(156);
  }

  @Test
  void inChinese() throws IOException {
    String md = city(Language.ZH);
    assertThat(md).startsWith("**cqcheck** · 共 1 份指标报告：通过 0，无法判定 0，不合格 1，错误 0\n\n"
            + "### ❌ 不合格 — CQ-CITY-2015 ")
        .contains("· 地区 重庆市（市） · 2015 年 · 期间 2011-2015\n")
        .contains("\n- 达到 3 · 未达到 6 · 无法判定 5 · 缺数据 53 · 不适用 89\n")
        .contains("#### 工业总体\n\n| 结果 | 目标 | 报告数值 | 要求 | 条款 |\n")
        .contains("| 🔍 无法判定 | CQ2012-AGG-CHEMICAL-OUTPUT · sector.chemical.outputValueYuan"
            + " · 目标：2015 | 至少 1000亿元 · 报告原文：「装备、化工、材料、能源、消费品产业均迈上千亿台阶」 |")
        .contains("| ❌ 不合格 | CQ2012-AGG-GROSS-OUTPUT · industry.grossOutputValueYuan · 目标：2015"
            + " | 2.45万亿元（预计） · 报告原文：「2015年，预计全市工业总产值2.45万亿元」 |")
        .endsWith("\n另有 89 项不适用（加 --verbose 显示）\n");
  }
}

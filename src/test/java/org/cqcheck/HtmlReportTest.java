package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.ReportFormat;
import org.junit.jupiter.api.Test;

/**
 * What a reviewer reads in the HTML report of the examples: the summary table before every
 * section, one row per proposal with its verdict, what decides it and a link to its section; and
 * citations that name the document by its title, with the clause. The layout (no cell overflows, no
 * header breaks inside a word) is measured in Chromium by .ci/consumers/check-html-layout.mjs.
 */
class HtmlReportTest {

  private static final String CQ2012_TITLE = "中共重庆市委、重庆市人民政府关于推进新型工业化的若干意见";
  private static final Pattern SUMMARY_ROW = Pattern.compile(
      "<tr><td>(\\d+)</td><td><a href=\"#p(\\d+)\">([^<]*)</a>.*?</td>"
          + "<td class=\"v v-text-(\\w+)\">([^<]*)</td><td>([^<]*)</td></tr>");

  private static String render(Report report, Language language) throws IOException {
    StringWriter out = new StringWriter();
    ReportFormat.HTML.renderer().render(report, RenderOptions.plain(language), out);
    return out.toString();
  }

  private static Report examples() {
    return TestCheckers.proposalExamples();
  }

  private record Row(int number, int anchor, String name, String verdict, String words,
      String decidedBy) {}

  private static List<Row> summaryRows(String html) {
    String table = html.substring(html.indexOf("<table class=\"summary\">"),
        html.indexOf("</table>", html.indexOf("<table class=\"summary\">")));
    List<Row> rows = new ArrayList<>();
    Matcher m = SUMMARY_ROW.matcher(table);
    while (m.find()) {
      rows.add(new Row(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3),
          m.group(4), m.group(5), m.group(6)));
    }
    return rows;
  }

  @Test
  void theSummaryTableComesFirstWithARowPerProposalLinkedToItsSection() throws IOException {
    Report report = examples();
    String html = render(report, Language.EN);
    int summary = html.indexOf("<table class=\"summary\">");
    assertThat(summary).isPositive().isLessThan(html.indexOf("<section"));
    assertThat(html).contains("<caption>Proposals, in the order of the sections below</caption>")
        .contains("<th scope=\"col\">Verdict</th><th scope=\"col\">What decides it</th>");

    List<Row> rows = summaryRows(html);
    assertThat(rows).hasSize(report.results().size());
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      assertThat(row.number()).isEqualTo(i + 1);
      assertThat(row.anchor()).isEqualTo(i + 1);
      assertThat(html).contains("<h2 id=\"p" + (i + 1) + "\"");
      assertThat(row.name()).isEqualTo(report.results().get(i).proposalId());
      assertThat(row.verdict()).isEqualTo(report.results().get(i).verdict().name());
    }
    assertThat(rows).filteredOn(r -> r.verdict().equals("PASS"))
        .isNotEmpty().allSatisfy(r -> assertThat(r.decidedBy()).isEmpty());
    assertThat(rows).filteredOn(r -> r.name().equals("CQ-2013-FL-0112")).singleElement()
        .satisfies(r -> assertThat(r.words()).isEqualTo("FAIL"))
        .satisfies(r -> assertThat(r.decidedBy())
            .isEqualTo("fails on: CQ2012-CHEM-GAS-YIELD (12 yuan/m³, required ≥ 25 yuan/m³)"));
    assertThat(rows).filteredOn(r -> r.name().equals("CQ-2013-WZ-0104")).singleElement()
        .satisfies(r -> assertThat(r.words()).isEqualTo("INCOMPLETE"))
        .satisfies(r -> assertThat(r.decidedBy()).startsWith(
            "to supply before approval: annual.naturalGasM3 in m³ (CQ2012-CHEM-GAS-YIELD)"));
    assertThat(rows).filteredOn(r -> r.name().equals("CQ-2013-WZ-0077")).singleElement()
        .satisfies(r -> assertThat(r.words()).isEqualTo("WARN"))
        .satisfies(r -> assertThat(r.decidedBy())
            .isEqualTo("warns on: CQ2012-ELECTRICITY-YIELD (6 yuan/kWh, required ≥ 30 yuan/kWh)"));
  }

  @Test
  void theChineseSummaryTableSaysVerdictsAndReasonsInChinese() throws IOException {
    String html = render(examples(), Language.ZH);
    assertThat(html).contains("<caption>项目一览（与下文各节顺序相同）</caption>")
        .contains("<th scope=\"col\">结论</th><th scope=\"col\">判定依据</th>");
    List<Row> rows = summaryRows(html);
    assertThat(rows).filteredOn(r -> r.name().equals("CQ-2013-FL-0112")).singleElement()
        .satisfies(r -> assertThat(r.words()).isEqualTo("不合格"))
        .satisfies(r -> assertThat(r.decidedBy()).isEqualTo(
            "不合格原因：CQ2012-CHEM-GAS-YIELD（实际 12 元/立方米，要求 ≥ 25 元/立方米）"));
    assertThat(rows).filteredOn(r -> r.name().equals("CQ-2013-WZ-0104")).singleElement()
        .satisfies(r -> assertThat(r.words()).isEqualTo("需补正"))
        .satisfies(r -> assertThat(r.decidedBy()).startsWith("审批前需补正："));
    assertThat(rows).filteredOn(r -> r.verdict().equals("WARN"))
        .isNotEmpty().allSatisfy(r -> assertThat(r.decidedBy()).startsWith("警示原因："));
  }

  @Test
  void citationsNameTheDocumentByItsTitleWithTheClauseInBothLanguages() throws IOException {
    Report report = examples();
    String en = render(report, Language.EN);
    String zh = render(report, Language.ZH);
    // The gas yield target of CQ-2013-FL-0112: clause 三（七） of the 2012 opinions.
    assertThat(en).contains("<span class=\"doc\" lang=\"zh-CN\">" + CQ2012_TITLE
        + " · <span class=\"clause\">三（七）</span></span>");
    assertThat(zh).contains("<span class=\"doc\">" + CQ2012_TITLE
        + " · <span class=\"clause\">三（七）</span></span>");
    assertThat(zh).contains("2021年全市工业和信息化工作电视电话会议 · ");
    // No seed file name instead of a title.
    assertThat(en).doesNotContain(".txt").doesNotContain("cq-2021-02-19");
    assertThat(zh).doesNotContain(".txt").doesNotContain("cq-2021-02-19");
  }

  @Test
  void aReportThatDoesNotKnowTheEditionsCitesTheDocumentFile() throws IOException {
    Report known = examples();
    Report unknown = new Report(known.toolVersion(), known.rules(), known.fingerprint(),
        known.results(), known.waiverNotes());
    assertThat(render(unknown, Language.EN)).contains(
        "cq-2012-08-18-new-industrialization-opinions.txt · <span class=\"clause\">三（七）</span>");
  }

  @Test
  void everyFindingShowsItsSeverityAndAYesOrNoFigureInWords() throws IOException {
    String en = render(examples(), Language.EN);
    assertThat(en).contains("<span class=\"sev sev-MANDATORY\">mandatory</span>")
        .contains("<span class=\"sev sev-ADVISORY\">advisory</span>")
        .contains("<td>no<br><span class=\"why\">= yes</span>")
        .doesNotContain(">false<").doesNotContain("= true");
    assertThat(render(examples(), Language.ZH)).contains(">强制性</span>")
        .contains("<td>否<br><span class=\"why\">= 是</span>");
  }
}

package org.cqcheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cqcheck.input.Position;
import org.cqcheck.model.FigureBasis;
import org.cqcheck.model.Fraction;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.Region;
import org.cqcheck.model.ReportedFigure;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Report;

/**
 * The city's indicator report for 2015 (span 2011-2015) as the 2016-02-04 report of the 12th
 * Five-Year results publishes it: the 2015 rows of "Reported figures in the seeds" in
 * docs/AGGREGATE-TARGETS.md, built in memory. Its scorecard has every status: PASS (smart
 * terminals, cumulative investment, trademarks), FAIL on an estimate (gross output 2.45万亿元 预计
 * against > 3万亿元), INCONCLUSIVE on an at-least bound (the sectors' 迈上千亿台阶), MISSING_DATA
 * (targets the report gives no figure for) and NOT_APPLICABLE (the other editions' horizons).
 */
final class Scorecards {

  static final String FILE = "examples/scorecard-city-2015.yaml";
  static final String SOURCE = "cq-2016-02-04-twelfth-five-year-results.txt";

  private Scorecards() {}

  /** The report, figures in the order the catalogue lists them. */
  static IndicatorReport city2015() {
    Map<String, ReportedFigure> figures = new LinkedHashMap<>();
    figure(figures, "industry.grossOutputValueYuan", "2450000000000", FigureBasis.ESTIMATE,
        "2.45万亿元", "2015年，预计全市工业总产值2.45万亿元");
    figure(figures, "industry.aboveScale.grossOutputValueYuan", "2140000000000", FigureBasis.EXACT,
        "2.14万亿元", "规模工业产值2.14万亿元");
    figure(figures, "industry.aboveScale.profitYuan", "138000000000", FigureBasis.EXACT,
        "1380亿元", "规模工业利润1380亿元");
    figure(figures, "industry.aboveScale.profitAvgGrowth", "0.25", FigureBasis.EXACT, "25%",
        "规模工业利润1380亿元，年均增长25%");
    figure(figures, "investment.industrialCumulativeYuan", "1800000000000", FigureBasis.EXACT,
        "1.8万亿元", "工业投资累计完成1.8万亿元");
    figure(figures, "clusters.softwareInfoServices.revenueYuan", "165000000000",
        FigureBasis.EXACT, "1650亿元", "软件和信息技术服务业实现营业收入1650亿元");
    figure(figures, "sector.electronics.smartTerminalOutputUnits", "270000000", FigureBasis.EXACT,
        "2.7亿台", "智能终端年产量达2.7亿台件");
    figure(figures, "sector.electronics.outputValueYuan", "570000000000", FigureBasis.EXACT,
        "5700亿元", "全行业年产值5700亿元");
    figure(figures, "sector.automotive.outputValueYuan", "460000000000", FigureBasis.EXACT,
        "4600亿元", "年产值4600亿元");
    for (String sector : List.of("equipment", "chemical", "materials", "energy", "consumer")) {
      figure(figures, "sector." + sector + ".outputValueYuan", "100000000000",
          FigureBasis.AT_LEAST, "1000亿元", "装备、化工、材料、能源、消费品产业均迈上千亿台阶");
    }
    figure(figures, "trademarks.chinaWellKnownNewCount", "88", FigureBasis.EXACT, "88件",
        "新增中国驰名商标88件");
    figure(figures, "parks.industrialConcentration", "0.79", FigureBasis.EXACT, "79%",
        "园区工业集中度79%");
    figure(figures, "parks.standardFactoryFloorM2", "17000000", FigureBasis.EXACT, "1700万平方米",
        "建成标准厂房1700万平方米");
    figure(figures, "parks.workerDormitoryFloorM2", "5300000", FigureBasis.EXACT, "530万平方米",
        "职工宿舍530万平方米");
    figure(figures, "bases.nationalNewIndustrializationDemoCount", "8", FigureBasis.EXACT, "8个",
        "北部新区等8个园区获批国家新型工业化产业示范基地");
    return new IndicatorReport("CQ-CITY-2015", "重庆市2015年工业和信息化主要指标", Region.city(), 2015,
        "2011-2015", java.time.LocalDate.of(2016, 2, 4), SOURCE, figures);
  }

  private static void figure(Map<String, ReportedFigure> figures, String key, String value,
      FigureBasis basis, String written, String quote) {
    figures.put(key, new ReportedFigure(Fraction.parse(value).orElseThrow(), basis, written, quote,
        SOURCE, null));
  }

  /**
   * A 2015 report whose figures are bounds and near misses, for what the 2015 figures lack: at
   * most 0.3% (以内) against a loss rate of at most 0.2% and less than 65% (不到) against more
   * than 60% (both INCONCLUSIVE, open to the left); more than 30% (超过) against more than 30%
   * (PASS, open to the right); 31 clusters against about 30 (≈, PASS within 5%). Its verdict is
   * INCONCLUSIVE. Its title and one quote hold a pipe
   * and markup, as a hostile file could.
   */
  static IndicatorReport bounds2015() {
    Map<String, ReportedFigure> figures = new LinkedHashMap<>();
    figure(figures, "quality.lossRate", "0.003", FigureBasis.AT_MOST, "0.3%",
        "质量损失率控制在0.3%以内");
    figure(figures, "sector.automotive.sedanSuvShare", "0.65", FigureBasis.BELOW, "65%",
        "轿车及SUV占比不到65% | <script>alert(1)</script>");
    figure(figures, "industry.highTechValueAddedShare", "0.3", FigureBasis.ABOVE, "30%",
        "高技术产业增加值占比超过30%");
    figure(figures, "clusters.from100To1000YiCount", "31", FigureBasis.EXACT, "31个",
        "百亿级产业集群31个");
    return new IndicatorReport("CQ-BOUNDS-2015", "Bounds | <b>2015</b>", Region.city(), 2015,
        "2011-2015", null, null, figures);
  }

  /** The line of {@code key}'s figure in {@link #city2015Result}'s file. */
  static int lineOf(String key) {
    return city2015Result().positionOf("figures." + key).orElseThrow().line();
  }

  /**
   * The scorecard as if read from {@link #FILE}: the checker's findings, with each figure's place
   * in a file that gives one figure a line, from line 11 on, in key order.
   */
  static CheckResult city2015Result() {
    IndicatorReport report = city2015();
    Map<String, Position> positions = new LinkedHashMap<>();
    positions.put("figures", new Position(10, 1));
    int line = 11;
    for (String key : report.figures().keySet()) {
      positions.put("figures." + key, new Position(line++, 3));
    }
    return CheckResult.scored(FILE, "", report,
        TestCheckers.shared().check(report).findings(), List.of(), positions);
  }

  /** A run's report of {@code results}, with the rules and editions of the built-in rule set. */
  static Report report(CheckResult... results) {
    Checker checker = TestCheckers.shared();
    return new Report(Checker.version(), checker.catalogue().rules(), checker.fingerprint(),
        List.of(results), List.of(), checker.catalogue().editions());
  }
}

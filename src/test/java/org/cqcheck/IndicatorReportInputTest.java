package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.cqcheck.input.InputError;
import org.cqcheck.input.InputFormat;
import org.cqcheck.input.InputOptions;
import org.cqcheck.internal.input.ProposalFile;
import org.cqcheck.internal.input.ProposalReader;
import org.cqcheck.internal.report.Messages;
import org.cqcheck.model.FigureBasis;
import org.cqcheck.model.Fraction;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.Region;
import org.cqcheck.model.RegionLevel;
import org.cqcheck.model.ReportedFigure;
import org.cqcheck.report.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading indicator reports (kind: indicator-report, docs/INDICATOR-FORMAT.md): exact values in
 * each unit kind, and every problem said at once, each at its line and column, in English and in
 * Chinese. The texts are asserted exactly.
 */
class IndicatorReportInputTest {

  private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"),
      ZoneOffset.UTC);
  /** The fields of a report before its figures, one to a line (lines 1 to 5). */
  private static final String HEAD = "schemaVersion: 1\nkind: indicator-report\nid: R-1\n"
      + "region: { level: city, name: 重庆市 }\nyear: 2015\n";

  private final ProposalReader reader =
      new ProposalReader(InputOptions.defaults().withClock(TODAY));
  private final Messages en = new Messages(Language.EN);
  private final Messages zh = new Messages(Language.ZH);

  private ProposalFile read(String name, String text) {
    return read(reader, name, text);
  }

  private static ProposalFile read(ProposalReader reader, String name, String text) {
    return reader.read(name, text.getBytes(StandardCharsets.UTF_8),
        name.endsWith(".json") ? InputFormat.JSON : InputFormat.YAML);
  }

  /** The one report of a YAML text, which must be free of errors and warnings. */
  private IndicatorReport report(String yaml) {
    ProposalFile.Entry entry = read("r.yaml", yaml).entries().get(0);
    assertThat(entry.errors()).isEmpty();
    assertThat(entry.warnings()).isEmpty();
    assertThat(entry.isIndicatorReport()).isTrue();
    return entry.report();
  }

  /** The value of one figure of a report of the head above. */
  private Fraction value(String key, String written) {
    return report(HEAD + "figures:\n  " + key + ": " + written + "\n").figure(key).orElseThrow()
        .value();
  }

  /** Errors of every document of the file as the text report prints them, then warnings. */
  private List<String> problems(Messages messages, ProposalReader reader, String name,
      String text) {
    return read(reader, name, text).entries().stream()
        .flatMap(e -> Stream.concat(e.errors().stream().map(messages::placed),
            e.warnings().stream().map(w -> "warning: " + messages.placed(w))))
        .toList();
  }

  private List<String> problems(String name, String text) {
    return problems(en, reader, name, text);
  }

  /** Problems of a report of the head above with these figures (the first on line 7). */
  private List<String> figureProblems(String figures) {
    return problems("r.yaml", HEAD + "figures:\n" + figures);
  }

  private static String formatExample() throws IOException {
    String doc = Files.readString(Path.of("docs/INDICATOR-FORMAT.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
    return doc.substring(start, doc.indexOf("```", start));
  }

  @Test
  void theFormatsExampleIsReadExactly() throws IOException {
    ProposalFile.Entry entry = read("cq-2015.yaml", formatExample()).entries().get(0);
    assertThat(entry.errors()).isEmpty();
    assertThat(entry.warnings()).isEmpty();
    assertThat(entry.isIndicatorReport()).isTrue();
    assertThat(entry.proposal()).isNull();
    assertThat(entry.proposalId()).isEqualTo("CQ-CITY-2015");
    IndicatorReport report = entry.report();
    assertThat(report.id()).isEqualTo("CQ-CITY-2015");
    assertThat(report.title()).isEqualTo("重庆市2015年工业和信息化主要指标");
    assertThat(report.region()).isEqualTo(new Region(RegionLevel.CITY, "重庆市"));
    assertThat(report.year()).isEqualTo(2015);
    assertThat(report.span()).isEqualTo("2011-2015");
    assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2016, 2, 4));
    assertThat(report.source()).isEqualTo("cq-2016-02-04-twelfth-five-year-results.txt");
    assertThat(report.figures()).containsOnlyKeys("industry.grossOutputValueYuan",
        "investment.industrialCumulativeYuan", "parks.industrialConcentration",
        "sector.equipment.outputValueYuan");
    assertThat(report.figure("industry.grossOutputValueYuan")).contains(new ReportedFigure(
        Fraction.of(new BigDecimal("2450000000000")), FigureBasis.ESTIMATE, "2.45万亿元",
        "2015年，预计全市工业总产值2.45万亿元", null, null));
    assertThat(report.figure("investment.industrialCumulativeYuan")).contains(new ReportedFigure(
        Fraction.of(new BigDecimal("1800000000000")), FigureBasis.EXACT, "1.8万亿元",
        "工业投资累计完成1.8万亿元", null, null));
    assertThat(report.figure("parks.industrialConcentration")).contains(new ReportedFigure(
        Fraction.of(new BigDecimal("0.79")), FigureBasis.EXACT, "79%", null, null, null));
    assertThat(report.figure("sector.equipment.outputValueYuan")).contains(new ReportedFigure(
        Fraction.of(new BigDecimal("100000000000")), FigureBasis.AT_LEAST, "1000亿元",
        "装备、化工、材料、能源、消费品产业均迈上千亿台阶", null, null));
  }

  /** The example written in JSON with bare numbers in base units: the same report. */
  @Test
  void jsonNumbersAreExactDecimalsAndWrittenAsTheirDigits(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cq-2015.json");
    Files.writeString(file, """
        {
          "schemaVersion": 1,
          "kind": "indicator-report",
          "id": "CQ-CITY-2015",
          "region": {"level": "city", "name": "重庆市"},
          "year": 2015,
          "figures": {
            "industry.grossOutputValueYuan": {"value": 2450000000000, "basis": "estimate"},
            "investment.industrialCumulativeYuan": 1800000000000,
            "parks.industrialConcentration": 0.79,
            "sector.equipment.outputValueYuan": {"value": 100000000000, "basis": "atLeast",
              "quote": "装备、化工、材料、能源、消费品产业均迈上千亿台阶", "source": "cq-2016.txt",
              "note": "千亿台阶: at least"}
          }
        }
        """, StandardCharsets.UTF_8);
    ProposalFile.Entry entry = reader.read(file).entries().get(0);
    assertThat(entry.errors()).isEmpty();
    IndicatorReport report = entry.report();
    assertThat(report.figure("industry.grossOutputValueYuan").orElseThrow())
        .extracting(ReportedFigure::value, ReportedFigure::basis, ReportedFigure::written)
        .containsExactly(Fraction.of(new BigDecimal("2450000000000")), FigureBasis.ESTIMATE,
            "2450000000000");
    assertThat(report.figure("investment.industrialCumulativeYuan").orElseThrow().value())
        .isEqualTo(Fraction.of(new BigDecimal("1800000000000")));
    // 0.79 exactly, as written, not the double nearest to it.
    ReportedFigure share = report.figure("parks.industrialConcentration").orElseThrow();
    assertThat(share.value().numerator()).isEqualTo(new BigDecimal("0.79"));
    assertThat(share.written()).isEqualTo("0.79");
    assertThat(report.figure("sector.equipment.outputValueYuan")).contains(new ReportedFigure(
        Fraction.of(new BigDecimal("100000000000")), FigureBasis.AT_LEAST, "100000000000",
        "装备、化工、材料、能源、消费品产业均迈上千亿台阶", "cq-2016.txt", "千亿台阶: at least"));
    assertThat(report.title()).isNull();
    assertThat(report.span()).isNull();
    assertThat(report.publishedOn()).isNull();
  }

  @Test
  void sharesAndChangesAreExactInEveryWayTheyAreWritten() {
    assertThat(value("quality.brandedSalesShare", "三分之二")).isEqualTo(Fraction.of(2, 3));
    assertThat(value("quality.brandedSalesShare", "2/3")).isEqualTo(Fraction.of(2, 3))
        .hasToString("2/3");
    assertThat(value("quality.brandedSalesShare", "100%")).isEqualTo(Fraction.of(1, 1));
    assertThat(value("enterprises.stInputIntensityChange", "0.3个百分点"))
        .isEqualTo(Fraction.of(new BigDecimal("0.003")));
    assertThat(value("industry.aboveScale.valueAddedGrowth", "-3.5%"))
        .isEqualTo(Fraction.of(new BigDecimal("-0.035")));
    // A growth may exceed 100%, and a reduction be negative (the intensity rose).
    assertThat(value("industry.aboveScale.valueAddedGrowth", "150%"))
        .isEqualTo(Fraction.of(3, 2));
    assertThat(value("energy.intensityPerGdpReduction", "-0.5%"))
        .isEqualTo(Fraction.of(-5, 1000));
    // A cumulative ratio is a share of the span's total.
    assertThat(value("parks.fixedAssetInvestmentCumulativeShare", "45%"))
        .isEqualTo(Fraction.of(45, 100));
  }

  @Test
  void quantitiesAreReadInTheirBaseUnits() {
    assertThat(value("enterprises.over10YiCount", "1万户")).isEqualTo(Fraction.of(10000, 1));
    assertThat(value("enterprises.over10YiCount", "88")).isEqualTo(Fraction.of(88, 1));
    assertThat(value("employment.industryNewJobsPersons", "1.5万人"))
        .isEqualTo(Fraction.of(15000, 1));
    assertThat(value("energy.intensityPerGdp", "1.84吨标准煤/万元"))
        .isEqualTo(Fraction.of(new BigDecimal("1.84")));
  }

  @Test
  void theOrderOfTheFiguresDoesNotMatter() {
    String a = "  parks.industrialConcentration: 79%\n  industry.grossOutputValueYuan: 2.45万亿元\n";
    String b = "  industry.grossOutputValueYuan: 2.45万亿元\n  parks.industrialConcentration: 79%\n";
    IndicatorReport first = report(HEAD + "figures:\n" + a);
    assertThat(first).isEqualTo(report(HEAD + "figures:\n" + b));
    assertThat(first.figures().keySet()).containsExactly("industry.grossOutputValueYuan",
        "parks.industrialConcentration");
  }

  @Test
  void aReportMayHaveNoFigures() {
    assertThat(report(HEAD + "figures: {}\n").figures()).isEmpty();
  }

  @Test
  void anUnknownKeyIsAnErrorWithTheNearestKey() {
    assertThat(figureProblems("  industry.grossOutputValueYaun: 2.45万亿元\n  gdp: 1\n"))
        .containsExactly(
            "/figures/industry.grossOutputValueYaun (line 7, column 3):"
                + " industry.grossOutputValueYaun is not an indicator key: did you mean"
                + " industry.grossOutputValueYuan? The keys of figures are those of the"
                + " catalogue's indicator vocabulary (docs/AGGREGATE-TARGETS.md)",
            "/figures/gdp (line 8, column 3): gdp is not an indicator key: the keys of figures"
                + " are those of the catalogue's indicator vocabulary (docs/AGGREGATE-TARGETS.md)");
  }

  /** Even with --strict off: a misspelt key would leave its targets silently without data. */
  @Test
  void anUnknownKeyIsNeverAWarning() {
    List<InputError> errors = read("r.yaml", HEAD + "figures:\n  parks.industrialConcentraton: 79%\n")
        .entries().get(0).errors();
    assertThat(errors).extracting(InputError::kind)
        .containsExactly(InputError.Kind.UNKNOWN_INDICATOR_SUGGESTION);
  }

  @Test
  void aValueInAUnitOfAnotherKindNamesTheUnitsAccepted() {
    assertThat(figureProblems("  industry.grossOutputValueYuan: 2.45万亿台\n"
        + "  enterprises.over10YiCount: { value: 88吨 }\n"
        + "  parks.industrialConcentration: 0.3个百分点\n"))
        .containsExactly(
            "/figures/industry.grossOutputValueYuan (line 7, column 3):"
                + " figures.industry.grossOutputValueYuan is \"2.45万亿台\": the unit kind of this"
                + " indicator is yuan; expected a number, or a number followed by one of: 元, 万元,"
                + " 亿元, 万亿元, 亿, 万亿",
            "/figures/enterprises.over10YiCount/value (line 8, column 32):"
                + " figures.enterprises.over10YiCount.value is \"88吨\": the unit kind of this"
                + " indicator is count; expected a number, or a number followed by one of: 个, 万个,"
                + " 亿个, 户, 万户, 亿户, 家, 万家, 亿家, 件, 万件, 亿件, 项, 万项, 亿项, 座, 万座, 亿座",
            "/figures/parks.industrialConcentration (line 9, column 3):"
                + " figures.parks.industrialConcentration is \"0.3个百分点\": the unit kind of this"
                + " indicator is ratio; expected a number, or a number followed by one of: %, ％");
  }

  @Test
  void aShareIsBetweenNoneAndAll() {
    assertThat(figureProblems("  parks.industrialConcentration: 120%\n"
        + "  quality.brandedSalesShare: -5%\n"
        + "  quality.firstGradeProductShare: 79\n"
        + "  industry.valueAddedGdpShare: 4/3\n"))
        .containsExactly(
            "/figures/parks.industrialConcentration (line 7, column 3):"
                + " figures.parks.industrialConcentration is 120%: a share is between 0% and 100%",
            "/figures/quality.brandedSalesShare (line 8, column 3):"
                + " figures.quality.brandedSalesShare is -5%: a share is between 0% and 100%",
            // A bare 79 is most likely 79% written as a number.
            "/figures/quality.firstGradeProductShare (line 9, column 3):"
                + " figures.quality.firstGradeProductShare is 79: rates are fractions: did you mean"
                + " 0.79 or \"79%\"?",
            "/figures/industry.valueAddedGdpShare (line 10, column 3):"
                + " figures.industry.valueAddedGdpShare is 4/3: a share is between 0% and 100%");
  }

  @Test
  void amountsCountsAndQuantitiesAreNotNegativeAndCountsAreWhole() {
    assertThat(figureProblems("  investment.industrialCumulativeYuan: { value: -3亿元 }\n"
        + "  enterprises.over10YiCount: -2\n"
        + "  energy.intensityPerGdp: -1.84吨标准煤/万元\n"
        + "  enterprises.over100YiCount: 8.5个\n"
        + "  employment.industryPersons: 100.5\n"))
        .containsExactly(
            "/figures/investment.industrialCumulativeYuan/value (line 7, column 42):"
                + " figures.investment.industrialCumulativeYuan.value is -3亿元: it cannot be"
                + " negative",
            "/figures/enterprises.over10YiCount (line 8, column 3):"
                + " figures.enterprises.over10YiCount is -2: it cannot be negative",
            "/figures/energy.intensityPerGdp (line 9, column 3): figures.energy.intensityPerGdp"
                + " is -1.84吨标准煤/万元: it cannot be negative",
            "/figures/enterprises.over100YiCount (line 10, column 3):"
                + " figures.enterprises.over100YiCount is 8.5个: expected a whole number",
            "/figures/employment.industryPersons (line 11, column 3):"
                + " figures.employment.industryPersons is 100.5: expected a whole number");
  }

  @Test
  void aSpanIsTwoYearsTheEarlierFirst() {
    String head = HEAD.replace("year: 2015\n", "");
    assertThat(problems("r.yaml", head + "year: 2015\nspan: 2015-2011\nfigures: {}\n"))
        .containsExactly("/span (line 6, column 1): span is \"2015-2011\": expected two years as"
            + " YYYY-YYYY, the earlier first, such as 2011-2015");
    assertThat(problems("r.yaml", head + "year: 2015\nspan: 2011—2015\nfigures: {}\n"))
        .containsExactly("/span (line 6, column 1): span is \"2011—2015\": expected two years as"
            + " YYYY-YYYY, the earlier first, such as 2011-2015");
    assertThat(problems("r.yaml", head + "year: 2015\nspan: 2011-15\nfigures: {}\n"))
        .containsExactly("/span (line 6, column 1): span is \"2011-15\": expected two years as"
            + " YYYY-YYYY, the earlier first, such as 2011-2015");
    // A bare year is no span at all.
    assertThat(problems("r.yaml", head + "year: 2015\nspan: 2015\nfigures: {}\n"))
        .containsExactly("/span (line 6, column 1): span must be text; found 2015");
  }

  @Test
  void theYearIsAWholeYearFrom1900To2100() {
    String head = HEAD.replace("year: 2015\n", "");
    assertThat(problems("r.yaml", head + "year: 2015.5\nfigures: {}\n")).containsExactly(
        "/year (line 5, column 1): year is 2015.5: expected a whole number");
    assertThat(problems("r.yaml", head + "year: 1850\nfigures: {}\n")).containsExactly(
        "/year (line 5, column 1): year is 1850: expected a year from 1900 to 2100");
    assertThat(problems("r.yaml", head + "year: 20150\nfigures: {}\n")).containsExactly(
        "/year (line 5, column 1): year is 20150: expected a year from 1900 to 2100");
    assertThat(problems("r.yaml", head + "year: '2015'\nfigures: {}\n")).containsExactly(
        "/year (line 5, column 1): year must be a whole number; found \"2015\"");
  }

  @Test
  void aYearThatIsNotTheLastOfTheSpanIsAWarning() {
    ProposalFile.Entry entry = read("r.yaml", HEAD + "span: 2011-2014\nfigures: {}\n")
        .entries().get(0);
    assertThat(entry.report()).isNotNull();
    assertThat(entry.warnings()).extracting(en::placed).containsExactly(
        "/year (line 5, column 1): year is 2015, but the span 2011-2014 ends in another year: the"
            + " year is that of the level figures, normally the last of the span");
  }

  @Test
  void aBasisIsOneOfSixAndALevelOneOfThree() {
    assertThat(problems("r.yaml", HEAD.replace("level: city", "level: town")
        + "figures:\n  industry.grossOutputValueYuan: { value: 2.45万亿元, basis: atleast }\n"
        + "  parks.industrialConcentration: { value: 79%, basis: roughly }\n"))
        .containsExactly(
            "/region/level (line 4, column 11): region.level is \"town\", which is not one of:"
                + " city, district, park",
            "/figures/industry.grossOutputValueYuan/basis (line 7, column 52):"
                + " figures.industry.grossOutputValueYuan.basis is \"atleast\": did you mean"
                + " \"atLeast\"? Allowed: exact, estimate, atLeast, above, atMost, below",
            "/figures/parks.industrialConcentration/basis (line 8, column 48):"
                + " figures.parks.industrialConcentration.basis is \"roughly\", which is not one"
                + " of: exact, estimate, atLeast, above, atMost, below");
  }

  @Test
  void publishedOnIsADayOfTheCalendarNotInTheFuture() {
    assertThat(problems("r.yaml", HEAD + "publishedOn: 2016-02-30\nfigures: {}\n"))
        .containsExactly("/publishedOn (line 6, column 1): publishedOn is \"2016-02-30\": written"
            + " as YYYY-MM-DD, but there is no such day in the calendar");
    assertThat(problems("r.yaml", HEAD + "publishedOn: 4 February 2016\nfigures: {}\n"))
        .containsExactly("/publishedOn (line 6, column 1): publishedOn is \"4 February 2016\":"
            + " expected a date as YYYY-MM-DD");
    assertThat(problems("r.yaml", HEAD + "publishedOn: 2027-01-01\nfigures: {}\n"))
        .containsExactly("/publishedOn (line 6, column 1): publishedOn is 2027-01-01, in the"
            + " future (today is 2026-11-23)");
  }

  @Test
  void theShapeOfAReportIsItsSchemas() {
    assertThat(problems("r.json", "{\"schemaVersion\": 2, \"kind\": \"indicator-report\","
        + " \"id\": \"R\", \"figures\": {\"parks.industrialConcentration\": true}}"))
        .containsExactly(
            // A missing field is placed at the object that lacks it.
            "/region (line 1, column 1): region is required",
            "/year (line 1, column 1): year is required",
            "/schemaVersion (line 1, column 2): schemaVersion is 2: it must be the number 1, the"
                + " indicator report format version this cqcheck reads",
            "/figures/parks.industrialConcentration (line 1, column 73):"
                + " figures.parks.industrialConcentration must be a number, a number with a unit,"
                + " or an object with a value; found true");
  }

  @Test
  void anUnknownFieldIsAWarningOrUnderStrictAnError() {
    String text = HEAD + "titel: x\nfigures:\n  parks.industrialConcentration: { value: 79%,"
        + " qoute: 园区产业集中度达到79% }\n";
    ProposalFile.Entry lenient = read("r.yaml", text).entries().get(0);
    assertThat(lenient.report()).isNotNull();
    assertThat(lenient.warnings()).extracting(en::placed).containsExactly(
        "/titel (line 6, column 1): titel is not a field of indicator report format 1: did you"
            + " mean title? It is ignored (--strict refuses it)",
        "/figures/parks.industrialConcentration/qoute (line 8, column 48):"
            + " figures.parks.industrialConcentration.qoute is not a field of indicator report"
            + " format 1: did you mean quote? It is ignored (--strict refuses it)");
    ProposalReader strict = new ProposalReader(InputOptions.defaults().withClock(TODAY)
        .withStrict(true));
    assertThat(problems(en, strict, "r.yaml", text)).containsExactly(
        "/titel (line 6, column 1): titel is not a field of indicator report format 1: did you"
            + " mean title? (refused by --strict)",
        "/figures/parks.industrialConcentration/qoute (line 8, column 48):"
            + " figures.parks.industrialConcentration.qoute is not a field of indicator report"
            + " format 1: did you mean quote? (refused by --strict)");
  }

  /** All the problems of a report at once, in file order, each once. */
  @Test
  void everyProblemOfAReportIsReportedAtOnceInFileOrder() {
    ProposalFile.Entry entry = read("r.yaml", """
        schemaVersion: 1
        kind: indicator-report
        id: CQ-BAD
        region: { level: city, name: 重庆市 }
        year: 2015
        span: 2015-2011
        figures:
          industry.grossOutputValueYaun: 2.45万亿元
          industry.grossOutputValueYuan: 2.45万亿台
          parks.industrialConcentration: 120%
          enterprises.over10YiCount: 8.5个
          investment.industrialCumulativeYuan: { value: 1.8万亿元, basis: atleast }
        """).entries().get(0);
    assertThat(entry.report()).isNull();
    assertThat(entry.isIndicatorReport()).isTrue();
    assertThat(entry.proposalId()).isEqualTo("CQ-BAD");
    assertThat(entry.errors()).extracting(InputError::kind, InputError::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple(InputError.Kind.BAD_SPAN, 6),
        org.assertj.core.groups.Tuple.tuple(InputError.Kind.UNKNOWN_INDICATOR_SUGGESTION, 8),
        org.assertj.core.groups.Tuple.tuple(InputError.Kind.BAD_INDICATOR_UNIT, 9),
        org.assertj.core.groups.Tuple.tuple(InputError.Kind.SHARE_OUT_OF_RANGE, 10),
        org.assertj.core.groups.Tuple.tuple(InputError.Kind.NOT_WHOLE, 11),
        org.assertj.core.groups.Tuple.tuple(InputError.Kind.UNKNOWN_CODE_SUGGESTION, 12));
  }

  @Test
  void problemsAreSaidInChinese() {
    List<String> problems = problems(zh, reader, "r.yaml", HEAD.replace("year: 2015\n", "")
        + "year: 2015\nspan: 2015-2011\nfigures:\n"
        + "  industry.grossOutputValueYaun: 2.45万亿元\n"
        + "  industry.grossOutputValueYuan: 2.45万亿台\n"
        + "  parks.industrialConcentration: 120%\n");
    assertThat(problems).containsExactly(
        "/span （第 6 行第 1 列）: span 为“2015-2011”：应为 YYYY-YYYY 形式的两个年份，先早后晚，"
            + "如 2011-2015",
        "/figures/industry.grossOutputValueYaun （第 8 行第 3 列）: industry.grossOutputValueYaun"
            + " 不是指标键名：是否应为 industry.grossOutputValueYuan？figures 的键名须取自目标目录的"
            + "指标词表（docs/AGGREGATE-TARGETS.md）",
        "/figures/industry.grossOutputValueYuan （第 9 行第 3 列）:"
            + " figures.industry.grossOutputValueYuan 为“2.45万亿台”：该指标的单位类别为 yuan，"
            + "应为数字，或数字加以下单位之一：元, 万元, 亿元, 万亿元, 亿, 万亿",
        "/figures/parks.industrialConcentration （第 10 行第 3 列）:"
            + " figures.parks.industrialConcentration 为 120%：占比应在 0% 到 100% 之间");
    assertThat(problems(zh, reader, "r.yaml", HEAD.replace("indicator-report", "report")
        + "figures: {}\n")).containsExactly("/kind （第 2 行第 1 列）: kind 为“report”，不是"
            + " cqcheck 能读取的文档种类：指标报告写 kind: indicator-report，项目申报不写 kind");
  }

  @Test
  void aFileMayMixProposalsAndReports() {
    ProposalFile file = read("mixed.json", "[\n"
        + "  {\"schemaVersion\": 1, \"id\": \"P-1\", \"submittedOn\": \"2013-03-15\","
        + " \"sector\": \"chemical\", \"projectType\": \"new\"},\n"
        + "  {\"schemaVersion\": 1, \"kind\": \"indicator-report\", \"id\": \"R-1\","
        + " \"region\": {\"level\": \"district\", \"name\": \"长寿区\"}, \"year\": 2015,"
        + " \"figures\": {\"quality.brandedSalesShare\": \"三分之二\"}}\n]");
    assertThat(file.entries()).hasSize(2);
    ProposalFile.Entry proposal = file.entries().get(0);
    assertThat(proposal.isIndicatorReport()).isFalse();
    assertThat(proposal.errors()).isEmpty();
    assertThat(proposal.proposal().id()).isEqualTo("P-1");
    assertThat(proposal.report()).isNull();
    ProposalFile.Entry report = file.entries().get(1);
    assertThat(report.isIndicatorReport()).isTrue();
    assertThat(report.location()).isEqualTo("/1");
    assertThat(report.proposal()).isNull();
    assertThat(report.report().region()).isEqualTo(new Region(RegionLevel.DISTRICT, "长寿区"));
    assertThat(report.report().figure("quality.brandedSalesShare").orElseThrow().value())
        .isEqualTo(Fraction.of(2, 3));
    assertThat(report.positions()).containsKey("figures.quality.brandedSalesShare");
  }

  @Test
  void aKindOtherThanIndicatorReportIsAnError() {
    assertThat(problems("r.yaml", HEAD.replace("indicator-report", "indicator_report")
        + "figures: {}\n")).containsExactly("/kind (line 2, column 1): kind is"
            + " \"indicator_report\", which is not a kind of document cqcheck reads: write kind:"
            + " indicator-report for an indicator report, or leave kind out for a proposal");
    assertThat(problems("p.json", "[{\"kind\": 7, \"id\": \"X\"}]")).containsExactly(
        "/0/kind (line 1, column 3): kind is \"7\", which is not a kind of document cqcheck reads:"
            + " write kind: indicator-report for an indicator report, or leave kind out for a"
            + " proposal");
  }

  @Test
  void aFigureKeyTwiceIsADuplicateKey() {
    assertThat(figureProblems("  parks.industrialConcentration: 79%\n"
        + "  parks.industrialConcentration: 80%\n")).containsExactly(
            // Placed, as every duplicate field is, at the second one's value.
            "/figures/parks.industrialConcentration (line 8, column 32): the field"
                + " parks.industrialConcentration appears twice; each field may appear once");
  }

  @Test
  void oneBadReportDoesNotHideTheOthers() {
    String report = "{\"schemaVersion\": 1, \"kind\": \"indicator-report\", \"id\": \"%s\","
        + " \"region\": {\"level\": \"city\", \"name\": \"重庆市\"}, \"year\": 2015,"
        + " \"figures\": {\"parks.industrialConcentration\": %s}}";
    ProposalFile file = read("three.json", "[\n" + report.formatted("A", "\"79%\"") + ",\n"
        + report.formatted("B", "NaN") + ",\n" + report.formatted("C", "0.8") + "\n]");
    assertThat(file.entries()).extracting(ProposalFile.Entry::proposalId)
        .containsExactly("A", "B", "C");
    assertThat(file.entries().get(0).report()).isNotNull();
    assertThat(file.entries().get(1).report()).isNull();
    assertThat(file.entries().get(1).errors()).extracting(en::placed).containsExactly(
        "/1/figures/parks.industrialConcentration (line 3, column 131):"
            + " figures.parks.industrialConcentration must be a finite number");
    assertThat(file.entries().get(2).report().figure("parks.industrialConcentration")
        .orElseThrow().value()).isEqualTo(Fraction.of(4, 5));
  }

  /**
   * Hostile input: a document of twenty thousand unknown keys (or fields) gets as many messages,
   * each with its did-you-mean, in seconds. Each message once serialised the whole object, and each
   * suggestion computed every full distance.
   */
  @Test
  void thousandsOfUnknownKeysAreReportedInSeconds() {
    StringBuilder figures = new StringBuilder();
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      figures.append(i == 0 ? "" : ",").append("\"industry.grossOutputValue").append(i)
          .append("\": 1");
      fields.append(i == 0 ? "" : ",").append("\"employee").append(i).append("\": 1");
    }
    String report = "{\"schemaVersion\": 1, \"kind\": \"indicator-report\", \"id\": \"R\","
        + " \"region\": {\"level\": \"city\", \"name\": \"重庆市\"}, \"year\": 2015,"
        + " \"figures\": {" + figures + "}}";
    String proposal = "{\"schemaVersion\": 1, \"id\": \"P-1\", \"submittedOn\": \"2013-03-15\","
        + " \"sector\": \"chemical\", \"projectType\": \"new\", \"annual\": {" + fields + "}}";
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
        () -> {
          assertThat(read("r.json", report).entries().get(0).errors()).hasSize(20_000)
              .allSatisfy(e -> assertThat(e.kind())
                  .isEqualTo(InputError.Kind.UNKNOWN_INDICATOR));
          assertThat(read("p.json", proposal).entries().get(0).warnings()).hasSize(20_000)
              .first().extracting(en::placed).isEqualTo("/annual/employee0 (line 1, column 119):"
                  + " annual.employee0 is not a field of proposal format 1: did you mean"
                  + " employees? It is ignored (--strict refuses it)");
        });
  }
}

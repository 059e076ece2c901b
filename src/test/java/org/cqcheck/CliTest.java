package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cqcheck.internal.cli.Main;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.ReportFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process with writers of the test's own. */
class CliTest {

  static final String PASSING = "examples/chemical-mdi-changshou-2013.json";
  static final String FAILING = "examples/chemical-methanol-low-gas-yield-fuling-2013.yaml";
  static final String WARNING = "examples/materials-cement-equal-replacement-wanzhou-2013.json";
  static final String INVALID = "invalid-examples/invalid-rate-written-as-percent-number.json";
  /** A chemical project that states neither its gas use nor its safety equipment. */
  static final String INCOMPLETE = "examples/chemical-gas-use-not-stated-wanzhou-2013.json";

  record Run(int exitCode, String out, String err) {}

  /** The rule catalogue, as the rules build it when they load: what counts of rules come from. */
  private static final Checker CATALOGUE = TestCheckers.shared();

  @Test
  void anIncompleteProposalSaysWhatToSupplyInEveryFormat() throws Exception {
    Run text = run("check", "--width", "300", "--lang", "en", INCOMPLETE);
    assertThat(text.exitCode()).isEqualTo(1);
    assertThat(text.out()).startsWith("INCOMPLETE " + INCOMPLETE)
        .contains("to supply before approval: annual.naturalGasM3 in m³ (CQ2012-CHEM-GAS-YIELD);"
            + " safety.highRiskEquipmentCompliant, true or false (CQ2012-HIGH-RISK-SAFETY)")
        .contains("MISSING  CQ2012-CHEM-GAS-YIELD")
        .endsWith("1 proposal(s): 0 pass, 0 warn, 1 incomplete, 0 fail, 0 error\n");
    assertThat(run("check", "--width", "300", "--lang", "zh", "-q", INCOMPLETE).out()).startsWith("需补正 ")
        .contains("审批前需补正：annual.naturalGasM3（单位：立方米；CQ2012-CHEM-GAS-YIELD）")
        .contains("共 1 个项目：通过 0，警示 0，需补正 1，不合格 0，错误 0");

    JsonNode json = new ObjectMapper().readTree(run("check", "--format", "json", INCOMPLETE).out());
    assertThat(json.at("/results/0/verdict").asText()).isEqualTo("INCOMPLETE");
    assertThat(json.at("/summary/incomplete").asInt()).isEqualTo(1);
    assertThat(json.at("/summary/fail").asInt()).isZero();
    assertThat(json.at("/results/0/toSupply")).extracting(n -> n.get("field").asText())
        .containsExactly("annual.naturalGasM3", "safety.highRiskEquipmentCompliant");
    assertThat(json.at("/results/0/toSupply/0/rules/0").asText())
        .isEqualTo("CQ2012-CHEM-GAS-YIELD");

    JsonNode sarif = new ObjectMapper().readTree(run("check", "--format", "sarif", "--lang", "en",
        INCOMPLETE).out());
    JsonNode gas = null;
    for (JsonNode result : sarif.at("/runs/0/results")) {
      if (result.get("ruleId").asText().equals("CQ2012-CHEM-GAS-YIELD")) {
        gas = result;
      }
    }
    assertThat(gas).isNotNull();
    assertThat(gas.get("level").asText()).isEqualTo("error");
    assertThat(gas.at("/message/text").asText()).isEqualTo("CQ-2013-WZ-0104: incomplete, data to"
        + " supply: cannot compute output value per m³ of natural gas: annual.naturalGasM3 absent");

    String junit = run("check", "--format", "junit", "--lang", "en", INCOMPLETE).out();
    assertThat(junit).contains("<property name=\"verdict\" value=\"INCOMPLETE\"")
        .contains("<property name=\"toSupply\" value=\"to supply before approval:"
            + " annual.naturalGasM3 in m³ (CQ2012-CHEM-GAS-YIELD);")
        .contains("<failure type=\"MISSING_DATA\" message=\"cannot compute output value per m³ of"
            + " natural gas: annual.naturalGasM3 absent\"");

    assertThat(run("check", "--format", "markdown", "--lang", "en", INCOMPLETE).out())
        .contains("### ❔ INCOMPLETE — CQ-2013-WZ-0104")
        .contains("- to supply before approval: annual.naturalGasM3 in m³ (CQ2012-CHEM-GAS-YIELD)");
    assertThat(run("check", "--format", "html", "--lang", "en", INCOMPLETE).out())
        .contains("class=\"banner v-INCOMPLETE\">1. INCOMPLETE · CQ-2013-WZ-0104")
        .contains("<p class=\"to-supply\">to supply before approval: annual.naturalGasM3");
  }

  /** Help as an 80-column terminal shows it: no line wider, no word broken at a period. */
  @Test
  void everyHelpLineFitsEightyColumnsWithoutABrokenWord() {
    List<String> helps = new java.util.ArrayList<>(List.of(run("--help").out()));
    for (String command : List.of("check", "scorecard", "validate", "rules", "explain", "test",
        "schema")) {
      helps.add(run(command, "--help").out());
    }
    for (String help : helps) {
      // Terminal columns: a CJK character takes two.
      assertThat(help.lines()).allSatisfy(line -> assertThat(line.codePoints()
          .map(cp -> cp >= 0x2E80 ? 2 : 1).sum()).as(line).isLessThanOrEqualTo(80));
      // A description wrapped after a period inside a word ("editions.\n   yaml").
      assertThat(help).doesNotContainPattern("[a-z]\\.\\n {14,}[a-z]");
    }
    assertThat(run("--help").out()).contains("  test       Runs the rule tests (*.yaml) in DIR and"
        + " reports their coverage of\n               the rules.");
  }

  /** The help in Chinese: every description from the bundle, no English left, 80 columns. */
  @Test
  void theHelpInChineseFitsEightyColumnsAndHasNoEnglishLeft() {
    List<String> helps = new java.util.ArrayList<>(List.of(run("--lang", "zh", "--help").out()));
    for (String command : List.of("check", "scorecard", "validate", "rules", "explain", "test",
        "schema")) {
      helps.add(run("--lang", "zh", command, "--help").out());
    }
    for (String help : helps) {
      assertThat(help.lines()).allSatisfy(line -> assertThat(line.codePoints()
          .map(cp -> cp >= 0x2E80 ? 2 : 1).sum()).as(line).isLessThanOrEqualTo(80));
      // Option names, labels and formats stay as typed; no description or heading is English.
      assertThat(help).as(help).doesNotContainPattern("\\b(the|and|with|Usage|Exit codes)\\b");
      assertThat(help).startsWith("用法：\ncqcheck");
    }
    assertThat(helps.get(0)).contains("命令：").contains("退出码：")
        .contains("  check      按有效的政策目标检查申报文件，并按年份和期间对照总量目标检查指标报\n")
        .contains("  scorecard  与 check 一样，按年份和期间对照总量目标检查指标报告（kind:\n");
    assertThat(helps.get(1)).contains("--format=FORMAT        报告格式：text、json、jsonl");
  }

  @Test
  void aReportFileThatIsAnInputIsRefusedAndTheProposalKept(@TempDir Path dir) throws Exception {
    Path proposal = dir.resolve("victim.json");
    Files.copy(Path.of(PASSING), proposal);
    byte[] before = Files.readAllBytes(proposal);
    Run same = run("check", "--format", "json", "-o", proposal.toString(), proposal.toString());
    assertThat(same.exitCode()).isEqualTo(4);
    assertThat(same.err()).contains("cannot write the report to " + proposal
        + ": it is one of the proposal files checked: the report would replace it");
    Run underDirectory = run("validate", "-o", proposal.toString(), dir.toString());
    assertThat(underDirectory.exitCode()).isEqualTo(4);
    assertThat(Files.readAllBytes(proposal)).isEqualTo(before);
    // A new file in the directory, or a report beside it, is no proposal being checked.
    assertThat(run("check", "-o", dir.resolve("report.txt").toString(), dir.toString())
        .exitCode()).isZero();
  }

  @Test
  void widthLaysTheTextReportOutAndRefusesLessThanForty() {
    Run narrow = run("check", "--width", "60", "--lang", "zh", FAILING);
    assertThat(narrow.out().lines()).allSatisfy(line -> assertThat(line.codePoints()
        .map(cp -> cp >= 0x2E80 ? 2 : 1).sum()).as(line).isLessThanOrEqualTo(60));
    Run tooNarrow = run("check", "--width", "20", PASSING);
    assertThat(tooNarrow.exitCode()).isEqualTo(4);
    assertThat(tooNarrow.err()).contains("--width is 20: at least 40 columns");
  }

  @Test
  void explainTakesAnyCaseAndSuggestsTheNearestId() {
    Run lower = run("explain", "--lang", "en", "cq2012-zone-fit");
    assertThat(lower.exitCode()).isZero();
    assertThat(lower.out()).startsWith("CQ2012-ZONE-FIT\n");
    Run typo = run("explain", "--lang", "en", "CQ2012-LOCAL-COMPONENTS");
    assertThat(typo.exitCode()).isEqualTo(4);
    assertThat(typo.err()).contains("no rule CQ2012-LOCAL-COMPONENTS: did you mean"
        + " CQ2012-LOCAL-COMPONENT?");
    // A part left out and a typo in another: the reviewer's try.
    Run shortened = run("explain", "--lang", "en", "cq2012-gas-yeild");
    assertThat(shortened.exitCode()).isEqualTo(4);
    assertThat(shortened.err()).contains("did you mean CQ2012-CHEM-GAS-YIELD?");
    // Nothing near: no guess.
    assertThat(run("explain", "--lang", "en", "cq2012-nothing-like-it").err())
        .doesNotContain("did you mean");
  }

  @Test
  void rulesAndExplainInChineseLeaveNoSeverityOrUnitInEnglish() {
    String rules = run("rules", "--lang", "zh").out();
    assertThat(rules).contains("强制性").contains("指导性").contains("吨标准煤/万元")
        .doesNotContain("MANDATORY").doesNotContain("ADVISORY").doesNotContain("tce/10k yuan");
    assertThat(run("explain", "--lang", "zh", "CQ2012-HIGH-RISK-SAFETY").out())
        .contains("须为“是”").contains("材料、能源产业的项目未填写 subsector");
  }

  /** Only invalid inputs: neither "0 pass, 0 fail" (no rule ran) nor "0 valid" for check. */
  @Test
  void aRunOfInvalidInputsOnlySaysSoForCheckAndValidateAlike() {
    for (String command : List.of("check", "validate")) {
      Run run = run(command, "--lang", "en", INVALID);
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.out()).endsWith("1 proposal(s), every one in error: 1 error\n");
    }
    assertThat(run("validate", "--lang", "zh", INVALID).out())
        .endsWith("共 1 个项目，全部有错误：错误 1\n");
  }

  @Test
  void validatePrintsNoBlankLineAfterAValidProposal() {
    Run run = run("validate", "--lang", "en", PASSING, FAILING);
    assertThat(run.out()).isEqualTo("VALID  " + PASSING + "  CQ-2013-CS-0007  天然气制乙炔及MDI一体化项目\n"
        + "VALID  " + FAILING + "  CQ-2013-FL-0112  天然气制甲醇项目\n"
        + "2 proposal(s): 2 valid, 0 error\n");
  }

  @Test
  void aFailThatAlsoLacksMandatoryDataListsWhatToSupplyToo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("gas.yaml");
    Files.writeString(file, "schemaVersion: 1\nid: G-2\nsubmittedOn: 2013-03-15\nsector: chemical\n"
        + "subsector: natural-gas-chemical\nprojectType: new\n"
        + "annual: { outputValueYuan: 20亿元, naturalGasM3: 1亿立方米 }\n", StandardCharsets.UTF_8);
    Run run = run("check", "-q", "--lang", "en", "--width", "200", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("FAIL ").contains(
        "    to supply before approval: safety.highRiskEquipmentCompliant, true or false"
            + " (CQ2012-HIGH-RISK-SAFETY)");
  }

  @Test
  void aProjectWithoutItsSubsectorIsIncompleteNamingSubsector(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, "schemaVersion: 1\nid: M-1\nsubmittedOn: 2013-03-15\nsector: energy\n"
        + "projectType: relocation\ncapacity: { newCapacity: 120, replacedCapacity: 0, unit: 万吨 }\n"
        + "safety: { highRiskEquipmentCompliant: true }\n", StandardCharsets.UTF_8);
    Run run = run("check", "--lang", "en", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("INCOMPLETE ")
        .contains("to supply before approval: subsector (CQ2012-CAPACITY-REPLACEMENT,"
            + " CQ2012-HIGH-RISK-SAFETY)")
        .contains("MISSING  CQ2012-CAPACITY-REPLACEMENT");
    JsonNode json = new ObjectMapper().readTree(run("check", "--format", "json", "--lang", "en",
        file.toString()).out());
    JsonNode capacity = json.at("/results/0/findings").findParents("ruleId").stream()
        .filter(f -> f.get("ruleId").asText().equals("CQ2012-CAPACITY-REPLACEMENT"))
        .findFirst().orElseThrow();
    assertThat(capacity.get("message").asText())
        .isEqualTo("cannot decide whether CQ2012-CAPACITY-REPLACEMENT applies: subsector absent");
    // With the subsector stated, the relocation that adds capacity is in scope, and fails.
    Files.writeString(file, Files.readString(file).replace("sector: energy\n",
        "sector: energy\nsubsector: coal\n"), StandardCharsets.UTF_8);
    Run coal = run("check", "--lang", "en", file.toString());
    assertThat(coal.out()).startsWith("FAIL   ").containsPattern("FAIL +CQ2012-CAPACITY-REPLACEMENT");
  }

  @Test
  void aDistrictUnderNoKnownNameIsAWarningWithADidYouMean(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("typo.yaml");
    Files.writeString(file, "schemaVersion: 1\nid: D-1\nsubmittedOn: 2013-03-15\nsector: energy\n"
        + "subsector: power-generation\nprojectType: new\nlocation:\n  district: 开州县\n",
        StandardCharsets.UTF_8);
    Run typo = run("check", "--width", "300", "--lang", "en", file.toString());
    assertThat(typo.exitCode()).isZero();
    assertThat(typo.out()).startsWith("WARN ").contains("warning: /location/district (line 8,"
        + " column 3): location.district is \"开州县\": did you mean \"开州区\"?");
    assertThat(run("validate", "--lang", "zh", file.toString()).out())
        .contains("location.district 为“开州县”：是否应为“开州区”？");
    // CI views that show SARIF results show it too, at its place.
    JsonNode warned = new ObjectMapper().readTree(run("check", "--format", "sarif", "--lang", "en",
        file.toString()).out()).at("/runs/0/results/0");
    assertThat(warned.get("ruleId").asText()).isEqualTo("INPUT-WARNING");
    assertThat(warned.get("level").asText()).isEqualTo("warning");
    assertThat(warned.at("/message/text").asText()).contains("did you mean \"开州区\"?");
    assertThat(warned.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(8);
    // Its former name is no typo: 开县 is 开州区, of the "两翼", where energy is designated.
    Files.writeString(file, Files.readString(file).replace("开州县", "开县"), StandardCharsets.UTF_8);
    Run former = run("check", "--lang", "en", "--format", "json", file.toString());
    JsonNode result = new ObjectMapper().readTree(former.out()).at("/results/0");
    assertThat(result.get("warnings")).isEmpty();
    assertThat(result.get("findings").findParents("ruleId").stream()
        .filter(f -> f.get("ruleId").asText().equals("CQ2012-ZONE-FIT"))
        .findFirst().orElseThrow().get("status").asText()).isEqualTo("PASS");
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), false);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aPassingProposalExitsZero() {
    Run run = run("check", "--width", "300", "--lang", "en", PASSING);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("PASS   " + PASSING + "  CQ-2013-CS-0007")
        .containsPattern("PASS +CQ2012-CHEM-GAS-YIELD  33.33 yuan/m³")
        .contains("≥ 25 yuan/m³")
        .contains("「新上项目每立方米天然气产出25元以上」")
        .contains("annual.outputValueYuan / annual.naturalGasM3")
        .endsWith("1 proposal(s): 1 pass, 0 warn, 0 incomplete, 0 fail, 0 error\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void jsonLinesFromAFileThatCannotBeReadAreAnErrorNotAnInternalError(@TempDir Path dir) {
    Run directory = run("check", "--lang", "en", "--input-format", "jsonl", dir.toString());
    assertThat(directory.exitCode()).isEqualTo(2);
    assertThat(directory.out()).contains("ERROR  " + dir)
        .contains("cannot read the file: is a directory, not a file");
    assertThat(directory.err()).isEmpty();
    Run missing = run("check", "--lang", "zh", "--input-format", "jsonl",
        dir.resolve("missing.jsonl").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.out()).contains("无法读取文件：文件不存在");
  }

  @Test
  void aFailingProposalExitsOne() {
    Run run = run("check", "--width", "300", "--lang", "en", FAILING);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).containsPattern("FAIL +CQ2012-CHEM-GAS-YIELD  12 yuan/m³");
  }

  @Test
  void warningsExitZeroUnlessFailOnWarn() {
    assertThat(run("check", WARNING).exitCode()).isZero();
    assertThat(run("check", "--fail-on", "warn", WARNING).exitCode()).isEqualTo(1);
  }

  @Test
  void aBadFileAmongGoodOnesIsReportedAndExitsTwoWhileTheOthersAreStillChecked() {
    Run run = run("check", "--width", "300", "--lang", "en", FAILING, INVALID, PASSING);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out())
        .contains("FAIL   " + FAILING)
        .contains("ERROR  " + INVALID)
        .contains("/supply/localComponentRate (line 11, column 15): supply.localComponentRate is 72:"
            + " rates are fractions: did you mean 0.72 or \"72%\"?")
        .contains("PASS   " + PASSING)
        .contains("3 proposal(s): 1 pass, 0 warn, 0 incomplete, 1 fail, 1 error");
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void aMissingFileIsAnInputError() {
    Run run = run("check", "--lang", "en", "no/such/file.json");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("ERROR  no/such/file.json").contains("cannot read the file: no such file");
  }

  @Test
  void aMissingFileIsReportedInTheReportsLanguage() {
    Run run = run("check", "--lang", "zh", "no/such/file.json");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("无法读取文件：文件不存在").doesNotContain("no such file");
  }

  @Test
  void usageErrorsExitFour() {
    assertThat(run("check", "--no-such-option", PASSING).exitCode()).isEqualTo(4);
    assertThat(run("check", "--format", "xml", PASSING).exitCode()).isEqualTo(4);
    assertThat(run("check", "--as-of", "2013-13-45", PASSING).exitCode()).isEqualTo(4);
    assertThat(run("check").exitCode()).isEqualTo(4);
    assertThat(run().exitCode()).isEqualTo(4);
    assertThat(run("frobnicate").exitCode()).isEqualTo(4);
  }

  @Test
  void helpDocumentsTheExitCodesAndVersionPrints() {
    Run help = run("check", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Exit codes:").contains("--as-of").contains("text, json");
    Run version = run("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).isEqualTo("cqcheck " + org.cqcheck.Checker.version() + "\n");
    // Every command answers -V, as its help says (check printed nothing before).
    for (String command : List.of("check", "scorecard", "validate", "rules", "explain", "test",
        "schema")) {
      assertThat(run(command, "-V").out()).as(command).isEqualTo(version.out());
    }
  }

  @Test
  void jsonReportHasTheContractShape() throws Exception {
    Run run = run("check", "--format", "json", "--lang", "en", PASSING, INVALID);
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.fieldNames()).toIterable()
        .containsExactly("tool", "ruleSet", "results", "waivers", "summary");
    assertThat(report.at("/tool/name").asText()).isEqualTo("cqcheck");
    assertThat(report.at("/ruleSet/rules").asInt()).isEqualTo(CATALOGUE.catalogue().rules().size());
    assertThat(report.at("/ruleSet/fingerprint").asText()).startsWith("sha256:");
    JsonNode first = report.at("/results/0");
    assertThat(first.fieldNames()).toIterable().containsExactly(
        "file", "kind", "proposalId", "asOf", "verdict", "findings", "toSupply", "errors", "warnings");
    JsonNode gas = null;
    for (JsonNode f : first.get("findings")) {
      assertThat(f.fieldNames()).toIterable().containsExactly("ruleId", "status", "severity",
          "edition", "metric", "formula", "actual", "required", "comparator", "unit", "message",
          "remedies", "remedy", "waiver", "source");
      if (f.get("ruleId").asText().equals("CQ2012-CHEM-GAS-YIELD")) {
        gas = f;
      }
    }
    assertThat(first.get("findings"))
        .hasSize(CATALOGUE.catalogue().inForceOn(java.time.LocalDate.of(2013, 3, 15)).size());
    assertThat(gas).isNotNull();
    assertThat(gas.get("actual").isNumber()).isTrue();
    assertThat(gas.get("actual").decimalValue()).isEqualByComparingTo("33.33333333");
    assertThat(gas.get("required").decimalValue()).isEqualByComparingTo("25");
    assertThat(gas.get("comparator").asText()).isEqualTo(">=");
    assertThat(gas.get("unit").asText()).isEqualTo("yuan/m³");
    assertThat(gas.at("/source/clause").asText()).isEqualTo("三（七）");
    assertThat(gas.at("/source/quote").asText()).isEqualTo("新上项目每立方米天然气产出25元以上");
    assertThat(gas.at("/source/document").asText())
        .isEqualTo("cq-2012-08-18-new-industrialization-opinions.txt");
    JsonNode error = report.at("/results/1");
    assertThat(error.get("verdict").asText()).isEqualTo("ERROR");
    assertThat(error.at("/errors/0").toString()).isEqualTo("{\"message\":\"annual.employees must be"
        + " a whole number; found \\\"三百人\\\"\",\"location\":\"/annual/employees\",\"line\":10,"
        + "\"column\":41}");
    assertThat(report.at("/summary").toString()).isEqualTo(
        "{\"proposals\":2,\"indicatorReports\":0,\"pass\":1,\"warn\":0,\"incomplete\":0,"
            + "\"inconclusive\":0,\"fail\":0,\"error\":1,\"valid\":0,\"withMissingData\":0}");
  }

  @Test
  void asOfSelectsTheTargetsInForceOnThatDate() {
    Run byDate = run("check", "--width", "300", "--lang", "en", PASSING);
    Run in2022 = run("check", "--width", "300", "--lang", "en", "--as-of", "2022-06-01", PASSING);
    assertThat(byDate.out()).contains("(as of 2013-03-15)").contains("CQ2012-RD-INTENSITY")
        .doesNotContain("CQ2021-RD-INTENSITY");
    assertThat(in2022.out()).contains("(as of 2022-06-01)").contains("CQ2021-RD-INTENSITY")
        .doesNotContain("CQ2012-RD-INTENSITY");
    Run in2007 = run("check", "--lang", "en", "--as-of", "2007-06-01", PASSING);
    assertThat(in2007.exitCode()).isEqualTo(2);
    assertThat(in2007.out()).contains("no policy targets in force on 2007-06-01;"
        + " the earliest edition, CQ2008, starts 2008-01-01");
  }

  @Test
  void chineseIsChosenWithLang() {
    Run run = run("check", "--lang", "zh", FAILING);
    assertThat(run.out()).startsWith("不合格").contains("每立方米天然气产出")
        .contains("共 1 个项目：通过 0，警示 0，需补正 0，不合格 1，错误 0");
  }

  @Test
  void sarifAndJunitFromTheCommandLinePointFindingsAtLines() throws Exception {
    String file = "examples/chemical-methanol-low-gas-yield-fuling-2013.yaml";
    JsonNode sarif = new ObjectMapper().readTree(run("check", "--format", "sarif", file).out());
    JsonNode gas = null;
    for (JsonNode r : sarif.at("/runs/0/results")) {
      if (r.get("ruleId").asText().equals("CQ2012-CHEM-GAS-YIELD")) {
        gas = r;
      }
    }
    assertThat(gas).isNotNull();
    assertThat(gas.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(14);
    // The xUnit plugin's schema allows no line on a test case: the failure's text starts with it.
    assertThat(run("check", "--format", "junit", file).out())
        .containsPattern("name=\"CQ2012-CHEM-GAS-YIELD\"><failure [^>]*>" + file + ":14:3: ");
  }

  @Test
  void langTakesALocaleTagAndRefusesOtherLanguages() {
    Run tagged = run("check", "--lang", "zh-CN", FAILING);
    assertThat(tagged.exitCode()).isEqualTo(1);
    assertThat(tagged.out()).isEqualTo(run("check", "--lang", "zh", FAILING).out());
    assertThat(run("check", "--lang", "en_US", FAILING).out())
        .isEqualTo(run("check", "--lang", "en", FAILING).out());
    Run french = run("check", "--lang", "fr-FR", FAILING);
    assertThat(french.exitCode()).isEqualTo(4);
    assertThat(french.err()).contains("--lang")
        .contains("expected zh or en (or a tag such as zh-CN or en-US) but was 'fr-FR'");
  }

  @Test
  void aUsageErrorSaysWhatWasWrongAndWhereTheUsageIsWithoutPrintingIt() {
    Run misspelt = run("check", "--formt", "json", PASSING);
    assertThat(misspelt.exitCode()).isEqualTo(4);
    assertThat(misspelt.out()).isEmpty();
    assertThat(misspelt.err()).contains("unknown option '--formt': did you mean --format?")
        .contains("'cqcheck check --help'")
        .doesNotContain("Usage:");
    assertThat(misspelt.err().lines()).hasSizeLessThan(6);
    Run command = run("chek", PASSING);
    assertThat(command.exitCode()).isEqualTo(4);
    assertThat(command.err()).contains("unknown command 'chek': did you mean check?")
        .contains("'cqcheck --help'").doesNotContain("Usage:");
  }

  @Test
  void quietPrintsVerdictLinesOnlyAndVerboseAddsNotApplicable() {
    Run quiet = run("check", "--width", "300", "--quiet", "--lang", "en", PASSING, FAILING);
    // The verdict lines, the line that says why the FAIL fails, and the summary.
    assertThat(quiet.out().lines()).hasSize(4);
    assertThat(quiet.out()).contains("\n    fails on: CQ2012-CHEM-GAS-YIELD (12 yuan/m³, required"
        + " ≥ 25 yuan/m³)\n");
    Run verbose = run("check", "--verbose", "--lang", "en", PASSING);
    assertThat(verbose.out()).contains("N/A").contains("CQ2012-PHARMA-GMP");
    assertThat(run("check", "--width", "300", "--lang", "en", PASSING).out()).doesNotContain("CQ2012-PHARMA-GMP")
        .contains("12 not applicable (shown with --verbose)");
  }

  @Test
  void outputFileIsWrittenAndTheExitCodeStillReflectsTheReport(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.json");
    Run run = run("check", "--format", "json", "-o", report.toString(), FAILING);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("\"verdict\" : \"FAIL\"");
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(report);
    }
    // Readable as any new file is (the umask decides), not by its owner only as a temporary file.
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    assertThat(Files.getPosixFilePermissions(report))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void whatCannotBeReadIsNamedInWordsNotExceptions(@TempDir Path dir) {
    Path missing = dir.resolve("cqcheck.yaml");
    Run config = run("check", "--config", missing.toString(), PASSING);
    assertThat(config.exitCode()).isEqualTo(3);
    assertThat(config.err()).contains(missing + ": cannot read the configuration: no such file");
    assertThat(run("check", "--config", dir.toString(), PASSING).err())
        .contains(dir + ": cannot read the configuration: is a directory, not a file");
    Run pack = run("check", "--rules", missing.toString(), PASSING);
    assertThat(pack.exitCode()).isEqualTo(3);
    assertThat(pack.err()).contains(missing + ": cannot read the rule pack: no such directory");
    Run date = run("check", "--as-of", "2013-13-01", PASSING);
    assertThat(date.exitCode()).isEqualTo(4);
    assertThat(date.err()).contains("Invalid value for option '--as-of': expected a date as"
        + " YYYY-MM-DD, such as 2013-03-15, but was '2013-13-01'");
    assertThat(config.err() + pack.err() + date.err()).doesNotContain("Exception");
  }

  @Test
  void aReportFileThatCannotBeWrittenIsRefusedBeforeTheRun(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-directory/report.json");
    Run run = run("check", "--lang", "en", "-o", missing.toString(), FAILING);
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("cqcheck: cannot write the report to " + missing
        + ": directory " + missing.getParent() + " does not exist").doesNotContain("internal error");
    assertThat(run.out()).isEmpty();
    Run zh = run("validate", "--lang", "zh", "-o", dir.toString(), FAILING);
    assertThat(zh.exitCode()).isEqualTo(4);
    assertThat(zh.err()).contains("无法将报告写入 " + dir + "：这是一个目录");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aReportThroughALinkReplacesTheFileItNamesAndAPipeIsWrittenTo(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("old.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("report.json"), file);
    assertThat(run("check", "--format", "json", "-o", link.toString(), FAILING).exitCode())
        .isEqualTo(1);
    assertThat(link).isSymbolicLink();
    assertThat(Files.readString(file)).contains("\"verdict\" : \"FAIL\"");

    // A pipe is not replaced by a file (nor would /dev/null be, or /dev/stdout).
    Path pipe = dir.resolve("pipe");
    Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0,
        "mkfifo is not available");
    CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(pipe);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    assertThat(run("check", "--format", "json", "-o", pipe.toString(), FAILING).exitCode())
        .isEqualTo(1);
    assertThat(read.get(60, TimeUnit.SECONDS))
        .contains("\"verdict\" : \"FAIL\"");
    assertThat(Files.isRegularFile(pipe)).isFalse();
  }

  @Test
  void aDirectoryWithNoProposalFilesIsAnInputError(@TempDir Path dir) {
    Run run = run("check", "--lang", "en", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("no proposal or indicator report file (.json, .yaml, .yml) found");
  }

  @Test
  void validateChecksFormatOnlyWithTheSameExitCodes() {
    Run valid = run("validate", "--lang", "en", PASSING, FAILING);
    assertThat(valid.exitCode()).isZero();
    assertThat(valid.out()).contains("VALID  " + PASSING).contains("VALID  " + FAILING)
        .doesNotContain("CQ2012-CHEM-GAS-YIELD")
        .endsWith("2 proposal(s): 2 valid, 0 error\n");
    Run invalid = run("validate", "--lang", "en", PASSING, INVALID);
    assertThat(invalid.exitCode()).isEqualTo(2);
    assertThat(invalid.out()).contains("ERROR  " + INVALID)
        .contains("/annual/employees (line 10, column 41): annual.employees must be a whole number");
    // Streamed, as check is: the same text as the whole report's.
    StringWriter whole = new StringWriter();
    try {
      ReportFormat.TEXT.renderer().render(
          TestCheckers.shared().validate(List.of(Path.of(PASSING), Path.of(INVALID))),
          new RenderOptions(Language.EN, false, false, false, false), whole);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(invalid.out()).isEqualTo(whole.toString());
  }

  @Test
  void schemaPrintsTheJsonSchema() throws Exception {
    Run run = run("schema");
    assertThat(run.exitCode()).isZero();
    JsonNode schema = new ObjectMapper().readTree(run.out());
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("required")).extracting(JsonNode::asText)
        .containsExactly("schemaVersion", "id", "submittedOn", "sector", "projectType");
    Run file = run("schema", "--file");
    assertThat(file.exitCode()).isZero();
    JsonNode fileSchema = new ObjectMapper().readTree(file.out());
    assertThat(fileSchema.at("/anyOf/0/$ref").asText()).isEqualTo("proposal-v1.schema.json");
    assertThat(fileSchema.at("/anyOf/1/type").asText()).isEqualTo("array");
    assertThat(fileSchema.get("$id").asText())
        .isEqualTo("https://cqcheck.org/schema/proposal-file-v1.schema.json");
  }

  @Test
  void strictTurnsUnknownFieldWarningsIntoErrors(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("typo.yaml");
    Files.writeString(file, "schemaVersion: 1\nid: T-1\nsubmittedOn: 2013-03-15\nsector: energy\n"
        + "subsector: power-generation\nprojectType: new\nannual:\n  naturalGasM³: 5\n", StandardCharsets.UTF_8);
    Run lenient = run("check", "--width", "300", "--lang", "en", file.toString());
    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.out()).contains("warning: /annual/naturalGasM³ (line 8, column 3):"
        + " annual.naturalGasM³ is not a field of proposal format 1: did you mean naturalGasM3?");
    Run strict = run("check", "--strict", "--lang", "en", file.toString());
    assertThat(strict.exitCode()).isEqualTo(2);
    assertThat(strict.out()).contains("ERROR  " + file)
        .contains("did you mean naturalGasM3? (refused by --strict)")
        .doesNotContain("It is ignored");
  }

  @Test
  void maxFileSizeIsConfigurable() {
    Run run = run("check", "--lang", "en", "--max-file-size", "1KiB", PASSING);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("over the limit of 1024 bytes (--max-file-size)");
    assertThat(run("check", "--max-file-size", "lots", PASSING).exitCode()).isEqualTo(4);
    // Was 1 MiB, silently: the product overflowed a long.
    Run huge = run("check", "--max-file-size", "17592186044417MiB", PASSING);
    assertThat(huge.exitCode()).isEqualTo(4);
    assertThat(huge.err()).contains("too large");
    Run kilobytes = run("check", "--max-file-size", "1KB", PASSING);
    assertThat(kilobytes.exitCode()).isEqualTo(4);
    assertThat(kilobytes.err()).contains("'1KB' is not a size: expected a number of bytes, or one"
        + " with KiB or MiB").doesNotContain("NumberFormatException");
  }

  @Test
  void aFindingWithoutAUnitRendersInChinese(@TempDir Path dir) throws Exception {
    Path glass = dir.resolve("glass.yaml");
    Files.writeString(glass, "schemaVersion: 1\nid: G-1\nsubmittedOn: 2013-03-15\n"
        + "sector: materials\nsubsector: glass\nprojectType: new\n", StandardCharsets.UTF_8);
    for (String format : List.of("text", "json")) {
      Run run = run("check", "--lang", "zh", "--format", format, glass.toString());
      assertThat(run.exitCode()).as(format).isZero();
      assertThat(run.out()).as(format).contains("CQ2012-OVERCAPACITY").contains("缺少 capacity.newCapacity, capacity.replacedCapacity");
      assertThat(run.err()).as(format).isEmpty();
    }
  }

  @Test
  void rulesListsTheCatalogueAndTheRulesInForceOnADate() throws Exception {
    Run all = run("rules", "--lang", "en", "--width", "200");
    assertThat(all.exitCode()).isZero();
    // The project rules' table, then, after a blank line, the aggregate targets' section.
    assertThat(all.out().lines().takeWhile(l -> !l.isEmpty()))
        .hasSize(CATALOGUE.catalogue().rules().size() + 1);
    assertThat(all.out().lines()).hasSize(CATALOGUE.catalogue().rules().size() + 1 + 1 + 2
        + CATALOGUE.catalogue().targets().size());
    assertThat(all.out().lines().filter(l -> l.startsWith("CQ2012-RD-INTENSITY "))).singleElement()
        .satisfies(l -> assertThat(l.split(" {2,}")).containsExactly("CQ2012-RD-INTENSITY",
            "CQ2012", "ADVISORY", "≥ 1.2%", "2012-08-18", "CQ2021-RD-INTENSITY", "no"));
    Run in2022 = run("rules", "--as-of", "2022-06-01", "--format", "json");
    JsonNode rules = new ObjectMapper().readTree(in2022.out()).get("rules");
    assertThat(rules).hasSize(CATALOGUE.catalogue().inForceOn(java.time.LocalDate.of(2022, 6, 1)).size());
    assertThat(rules).extracting(r -> r.get("id").asText()).doesNotContain("CQ2012-RD-INTENSITY");
    JsonNode gas = null;
    for (JsonNode r : rules) {
      if (r.get("id").asText().equals("CQ2012-CHEM-GAS-YIELD")) {
        gas = r;
      }
    }
    assertThat(gas.get("requires").asText()).isEqualTo("≥ 25 yuan/m³");
    assertThat(gas.get("severity").asText()).isEqualTo("MANDATORY");
  }

  @Test
  void explainShowsTheRuleItsDrlAndTheMarkedParagraph() {
    Run run = run("explain", "--lang", "en", "--width", "300", "CQ2021-RD-INTENSITY");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Supersedes      CQ2012-RD-INTENSITY")
        .contains("rule \"CQ2021-RD-INTENSITY\"")
        .contains("@requires(\"RD_INTENSITY >= 0.02\")").contains("findings.check(kcontext, $p);")
        .contains("⟦企业研发投入强度提高到 2% 左右⟧")
        .doesNotContain("rules/zones.yaml");
    Run zoneFit = run("explain", "--lang", "en", "--width", "300", "CQ2012-ZONE-FIT");
    assertThat(zoneFit.out()).contains("The zones (rules/zones.yaml), what each designates")
        .contains("    长寿经济技术开发区: chemical, materials[aluminium,ferroalloy,steel]\n"
            + "    「长寿、万州等国家级开发区重点打造综合化工、冶金材料等特色产业集群」\n");
    assertThat(run("explain", "--lang", "zh", "CQ2012-ZONE-FIT").out())
        .contains("区域表（rules/zones.yaml）");
    Run unknown = run("explain", "CQ2099-NOTHING");
    assertThat(unknown.exitCode()).isEqualTo(4);
    assertThat(unknown.err()).contains("CQ2099-NOTHING");
  }

  @Test
  void testRunsRuleTestsAndReportsFailuresAndCoverage(@TempDir Path dir) throws Exception {
    Run builtIn = run("test", "--require-coverage", "rules/tests");
    int everyRule = CATALOGUE.catalogue().rules().size() + CATALOGUE.catalogue().targets().size();
    assertThat(builtIn.exitCode()).isZero();
    assertThat(builtIn.out()).contains("ok    CQ2012-CHEM-GAS-YIELD.yaml: [boundary] exactly 25 yuan"
        + " per m³ passes").contains("coverage: " + everyRule + " of " + everyRule
            + " rules exercised")
        .doesNotContain("FAIL  ");
    Files.writeString(dir.resolve("mine.yaml"), """
        rule: CQ2012-ROE
        cases:
          - name: a 20% return passes
            given: { finance.netProfitYuan: 2, finance.netAssetsYuan: 10 }
            expect: { status: PASS }
          - name: wrongly expected to fail
            given: { finance.netProfitYuan: 2, finance.netAssetsYuan: 10 }
            expect: { CQ2012-ROE: WARN, CQ2012-IN-PARK: WARN }
        """, StandardCharsets.UTF_8);
    Run mine = run("test", dir.toString());
    assertThat(mine.exitCode()).isEqualTo(1);
    assertThat(mine.out()).contains("ok    mine.yaml: a 20% return passes")
        .contains("FAIL  mine.yaml: wrongly expected to fail")
        .contains("        CQ2012-ROE: expected WARN, got PASS")
        .contains("2 cases: 1 passed, 1 failed")
        .contains("coverage: 2 of " + everyRule + " rules exercised")
        .contains("never seen to miss (FAIL or WARN): CQ2012-ROE");
    Files.writeString(dir.resolve("mine.yaml"), """
        rule: CQ2012-ROE
        cases:
          - name: passes
            given: { finance.netProfitYuan: 2, finance.netAssetsYuan: 10 }
            expect: { status: PASS }
        """, StandardCharsets.UTF_8);
    assertThat(run("test", dir.toString()).exitCode()).isZero();
    assertThat(run("test", "--require-coverage", dir.toString()).exitCode()).isEqualTo(1);
    Files.writeString(dir.resolve("broken.yaml"), "cases: [", StandardCharsets.UTF_8);
    assertThat(run("test", dir.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void jsonLinesInputIsReadLineByLineAndStreamed(@TempDir Path dir) throws Exception {
    String good = Files.readString(Path.of(PASSING), StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", " ");
    Path lines = dir.resolve("in.jsonl");
    Files.writeString(lines, good + "\n{\"schemaVersion\": 1, \"id\": \"X\"}\n\n"
        + good.replace("CQ-2013-CS-0007", "CQ-2013-CS-0008") + "\n", StandardCharsets.UTF_8);
    Run run = run("check", "--input-format", "jsonl", "--format", "jsonl", "--lang", "en",
        lines.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    List<String> out = run.out().lines().toList();
    assertThat(out).hasSize(3);
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(out.get(0)).get("verdict").asText()).isEqualTo("PASS");
    assertThat(json.readTree(out.get(1)).get("file").asText()).isEqualTo(lines + ":2");
    assertThat(json.readTree(out.get(1)).get("verdict").asText()).isEqualTo("ERROR");
    assertThat(json.readTree(out.get(2)).get("proposalId").asText()).isEqualTo("CQ-2013-CS-0008");
    Run text = run("check", "--input-format", "jsonl", "--lang", "en", lines.toString());
    assertThat(text.out()).contains("3 proposal(s): 2 pass, 0 warn, 0 incomplete, 0 fail, 1 error");
    assertThat(run("check", "--input-format", "xml", lines.toString()).exitCode()).isEqualTo(4);
  }

  @Test
  void threadsChangeNothingButSpeed(@TempDir Path dir) throws Exception {
    Run one = run("check", "--threads", "1", "--format", "jsonl", "--lang", "en", "examples");
    Run many = run("check", "--threads", "3", "--format", "jsonl", "--lang", "en", "examples");
    assertThat(many.out()).isEqualTo(one.out());
    assertThat(many.exitCode()).isEqualTo(one.exitCode()).isEqualTo(1);
    // One line a proposal of the examples.
    assertThat(one.out().lines().count())
        .isEqualTo(CATALOGUE.check(Path.of("examples")).results().size());
    Run none = run("check", "--threads", "0", "examples");
    assertThat(none.exitCode()).isEqualTo(4);
    assertThat(none.err()).contains("--threads must be at least 1");
  }

  @Test
  void streamedTextIsTheWholeReportsTextToStandardOutputAndToAFile(@TempDir Path dir)
      throws Exception {
    Report report = TestCheckers.shared().check(List.of(Path.of("examples")));
    StringWriter whole = new StringWriter();
    ReportFormat.TEXT.renderer().render(report,
        new RenderOptions(Language.EN, false, false, false, false), whole);

    Run streamed = run("check", "--lang", "en", "examples");
    assertThat(streamed.out()).isEqualTo(whole.toString());
    Path file = dir.resolve("report.txt");
    assertThat(run("check", "--lang", "en", "-o", file.toString(), "examples").exitCode())
        .isEqualTo(1);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(whole.toString());
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(file);
    }
  }

  /** The commands that load rules take a rule pack the same way, declared once for all. */
  @Test
  void everyCommandThatLoadsRulesTakesARulePack() {
    for (String command : List.of("check", "test", "rules", "explain")) {
      assertThat(run(command, "--help").out()).as(command)
          .contains("--rules=DIR").contains("--rules-only")
          .contains("Add the rule pack in DIR");
    }
    Run alone = run("rules", "--rules-only");
    assertThat(alone.exitCode()).isEqualTo(4);
    assertThat(alone.err()).startsWith("cqcheck: --rules-only needs a rule pack: --rules DIR\n");
    Run broken = run("explain", "CQ2012-ROE", "--rules", "src/test/resources/packs/syntax-error");
    assertThat(broken.exitCode()).isEqualTo(3);
    assertThat(broken.err()).startsWith("cqcheck: the rule set could not be loaded: ");
  }
}

package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cqcheck.JunitXml.parse;
import static org.cqcheck.JunitXml.suite;
import static org.cqcheck.JunitXml.testcase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What CI systems need of each machine format, beyond its golden file. */
class ReportFormatsTest {

  private static final Report EXAMPLES = TestCheckers.proposalExamples();

  private static String render(ReportFormat format, boolean failOnWarn) throws Exception {
    StringWriter out = new StringWriter();
    format.renderer().render(EXAMPLES, new RenderOptions(Language.EN, false, false, false,
        failOnWarn), out);
    return out.toString();
  }

  @Test
  void sarifValidatesAgainstTheOfficialSchema() throws Exception {
    String sarif = render(ReportFormat.SARIF, false);
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    JsonNode log = new ObjectMapper().readTree(sarif);
    Set<ValidationMessage> problems = schema.validate(log);
    assertThat(problems).isEmpty();
    JsonNode run = log.at("/runs/0");
    JsonNode driver = run.at("/tool/driver");
    assertThat(driver.get("fullName").asText()).isEqualTo("cqcheck " + EXAMPLES.toolVersion());
    assertThat(java.net.URI.create(driver.get("informationUri").asText()).isAbsolute()).isTrue();
    assertThat(driver.get("language").asText()).isEqualTo("en-US");
    assertThat(run.at("/automationDetails/id").asText()).isEqualTo("cqcheck/");
    // Every rule, then the two for inputs: INPUT-ERROR and INPUT-WARNING.
    assertThat(run.at("/tool/driver/rules")).hasSize(EXAMPLES.rules().size() + 2);
    JsonNode gas = run.at("/tool/driver/rules/7");
    assertThat(gas.get("id").asText()).isEqualTo("CQ2012-CHEM-GAS-YIELD");
    assertThat(gas.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    assertThat(gas.at("/help/text").asText()).contains("三（七）").contains("新上项目每立方米天然气产出25元以上");
    JsonNode fail = null;
    for (JsonNode r : run.get("results")) {
      assertThat(r.at("/properties/status").asText()).isNotIn("PASS", "NOT_APPLICABLE");
      assertThat(run.at("/tool/driver/rules/" + r.get("ruleIndex").asInt() + "/id").asText())
          .isEqualTo(r.get("ruleId").asText());
      if (r.at("/properties/proposalId").asText().equals("CQ-2013-FL-0112")
          && r.get("ruleId").asText().equals("CQ2012-CHEM-GAS-YIELD")) {
        fail = r;
      }
    }
    assertThat(fail).isNotNull();
    assertThat(fail.get("level").asText()).isEqualTo("error");
    assertThat(fail.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("examples/chemical-methanol-low-gas-yield-fuling-2013.yaml");
    assertThat(fail.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(14);
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
    assertThat(run.at("/invocations/0/toolExecutionNotifications")).hasSize(2);
  }

  @Test
  void anInvalidProposalIsASarifResultNamingEveryProblemAtTheFirst() throws Exception {
    JsonNode run = new ObjectMapper().readTree(render(ReportFormat.SARIF, false)).at("/runs/0");
    // Right after the policy rules.
    int inputRule = EXAMPLES.rules().size();
    JsonNode rule = run.at("/tool/driver/rules/" + inputRule);
    assertThat(rule.get("id").asText()).isEqualTo("INPUT-ERROR");
    assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    List<JsonNode> invalid = new java.util.ArrayList<>();
    run.get("results").forEach(r -> {
      if (r.get("ruleId").asText().equals("INPUT-ERROR")) {
        invalid.add(r);
      }
    });
    assertThat(invalid).hasSize(1);
    JsonNode result = invalid.get(0);
    assertThat(result.get("ruleIndex").asInt()).isEqualTo(inputRule);
    assertThat(result.get("level").asText()).isEqualTo("error");
    assertThat(result.at("/message/text").asText())
        .startsWith("CQ-2013-BAD-0001: 2 problems: (1) /annual/employees (line 10, column 41): ")
        .contains("; (2) /supply/localComponentRate (line 11, column 15): ");
    JsonNode at = result.at("/locations/0/physicalLocation");
    assertThat(at.at("/artifactLocation/uri").asText())
        .isEqualTo("invalid-examples/invalid-rate-written-as-percent-number.json");
    assertThat(at.at("/region/startLine").asInt()).isEqualTo(10);
    assertThat(at.at("/region/startColumn").asInt()).isEqualTo(41);
  }

  @Test
  void junitHasASuitePerProposalAndACasePerApplicableRule() throws Exception {
    Document xml = parse(render(ReportFormat.JUNIT, false));
    Element root = xml.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    NodeList suites = root.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(EXAMPLES.results().size());
    Element methanol = suite(xml, "CQ-2013-FL-0112");
    assertThat(methanol.getAttribute("failures")).isEqualTo("1");
    Element gas = testcase(methanol, "CQ2012-CHEM-GAS-YIELD");
    assertThat(gas.getAttribute("classname")).isEqualTo("cqcheck.CQ-2013-FL-0112");
    assertThat(gas.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(((Element) gas.getElementsByTagName("failure").item(0)).getAttribute("type"))
        .isEqualTo("FAIL");
    Element glass = suite(xml, "CQ-2013-HC-0061");
    assertThat(testcase(glass, "CQ2012-ELECTRICITY-YIELD").getElementsByTagName("system-out")
        .getLength()).isEqualTo(1);
    assertThat(testcase(glass, "CQ2012-ELECTRICITY-YIELD").getElementsByTagName("failure")
        .getLength()).isZero();
    Element invalid = suite(xml, "CQ-2013-BAD-0001");
    assertThat(invalid.getAttribute("errors")).isEqualTo("1");
    assertThat(testcase(invalid, "input").getElementsByTagName("error").getLength()).isEqualTo(1);
  }

  @Test
  void junitIsValidAgainstTheSchemaOfJenkinsXunitPlugin() throws Exception {
    JunitSchema.assertValid(render(ReportFormat.JUNIT, false));
    JunitSchema.assertValid(render(ReportFormat.JUNIT, true));
  }

  @Test
  void junitNamesTheFileOnTheSuiteAndWhereEachMessagePoints() throws Exception {
    Document xml = parse(render(ReportFormat.JUNIT, false));
    String file = "examples/chemical-methanol-low-gas-yield-fuling-2013.yaml";
    Element methanol = suite(xml, "CQ-2013-FL-0112");
    assertThat(methanol.getAttribute("file")).isEqualTo(file);
    Element gas = testcase(methanol, "CQ2012-CHEM-GAS-YIELD");
    assertThat(gas.hasAttribute("file")).isFalse();
    assertThat(gas.hasAttribute("line")).isFalse();
    assertThat(gas.getElementsByTagName("failure").item(0).getTextContent())
        .startsWith(file + ":14:3: output value per m³ of natural gas is 12 yuan/m³");
    assertThat(testcase(suite(xml, "CQ-2013-HC-0061"), "CQ2012-ELECTRICITY-YIELD")
        .getElementsByTagName("system-out").item(0).getTextContent())
        .startsWith("examples/materials-float-glass-added-capacity-hechuan-2013.json:13:5: WARN: ");
    Element error = (Element) testcase(suite(xml, "CQ-2013-BAD-0001"), "input")
        .getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("message")).isEqualTo("2 problems:"
        + " (1) /annual/employees (line 10, column 41): annual.employees must be a whole number;"
        + " found \"三百人\"; (2) /supply/localComponentRate (line 11, column 15):"
        + " supply.localComponentRate is 72: rates are fractions: did you mean 0.72 or \"72%\"?");
    assertThat(error.getTextContent().lines()).containsExactly(
        "invalid-examples/invalid-rate-written-as-percent-number.json:10:41: /annual/employees:"
            + " annual.employees must be a whole number; found \"三百人\"",
        "invalid-examples/invalid-rate-written-as-percent-number.json:11:15: /supply/localComponentRate:"
            + " supply.localComponentRate is 72: rates are fractions: did you mean 0.72 or \"72%\"?");
  }

  @Test
  void junitCountsWarningsAsFailuresOnlyWithFailOnWarn() throws Exception {
    Element lenient = suite(parse(render(ReportFormat.JUNIT, false)), "CQ-2013-HC-0061");
    Element strict = suite(parse(render(ReportFormat.JUNIT, true)), "CQ-2013-HC-0061");
    assertThat(lenient.getAttribute("failures")).isEqualTo("0");
    assertThat(strict.getAttribute("failures")).isEqualTo("2");
  }

  @Test
  void jsonLinesHasOneParseableResultPerLine() throws Exception {
    List<String> lines = render(ReportFormat.JSONL, false).lines().toList();
    assertThat(lines).hasSize(EXAMPLES.results().size());
    for (String line : lines) {
      JsonNode result = new ObjectMapper().readTree(line);
      assertThat(result.has("verdict")).isTrue();
    }
  }

  @Test
  void htmlIsSelfContained() throws Exception {
    String html = render(ReportFormat.HTML, false);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("@page { size: A4")
        .doesNotContain("<script").doesNotContain("<link").doesNotContain("src=\"http")
        // A url() names only a pattern or gradient of the page (a scorecard's charts).
        .doesNotContainPattern("url\\((?!#)");
  }

  /** The text report of every example fits the width, in English and Chinese, verbose too. */
  @Test
  void textFitsTheWidthInBothLanguages() throws Exception {
    for (Language lang : Language.values()) {
      for (int width : new int[] {80, 100, 120}) {
        StringWriter out = new StringWriter();
        ReportFormat.TEXT.renderer().render(EXAMPLES,
            new RenderOptions(lang, true, false, false, false, width), out);
        assertThat(out.toString().lines()).as("%s at %d", lang, width)
            .allSatisfy(line -> assertThat(columns(line)).as(line).isLessThanOrEqualTo(width));
        // And it is laid out to the width, not merely short.
        assertThat(out.toString().lines().mapToInt(ReportFormatsTest::columns).max().orElse(0))
            .isGreaterThan(width - 10);
      }
    }
  }

  /** Terminal columns, counted here apart from the renderer: CJK and full-width forms take two. */
  private static int columns(String line) {
    return line.codePoints().map(cp -> {
      Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
      return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
          || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
          || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
          ? 2 : 1;
    }).sum();
  }

  /** axe-core's region and landmark rules, and chart labels a screen reader reads out. */
  @Test
  void htmlHasLandmarksAHeadedSectionPerProposalAndReadableChartLabels() throws Exception {
    String html = render(ReportFormat.HTML, false);
    assertThat(html).containsOnlyOnce("<main>").containsOnlyOnce("</main>")
        .contains("<header>\n<h1>");
    assertThat(html.indexOf("<main>")).isLessThan(html.indexOf("<section"));
    assertThat(html.split("<section class=\"proposal\" aria-labelledby=\"p", -1))
        .hasSize(EXAMPLES.results().size() + 1);
    assertThat(html).contains("<h2 id=\"p1\" class=\"banner v-PASS\">")
        // CQ-2013-LJ-0031's asset contribution, as the table writes it, not 0.2388888889.
        .contains("aria-label=\"ACTUAL 23.89% / REQUIRED ≥ 20%\"")
        .doesNotContain("0.2388888889");
  }
}

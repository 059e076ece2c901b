package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.ReportFormat;
import org.junit.jupiter.api.Test;

/**
 * The SARIF report of a scorecard: the targets are rules without a default level (they have no
 * severity), each result's level says its status, and it points at the report's figure.
 */
class ScorecardSarifTest {

  private static JsonNode render(Report report, Language language) throws Exception {
    StringWriter out = new StringWriter();
    ReportFormat.SARIF.renderer().render(report, RenderOptions.plain(language), out);
    return new ObjectMapper().readTree(out.toString());
  }

  private static JsonNode resultOf(JsonNode run, String ruleId) {
    for (JsonNode r : run.get("results")) {
      if (r.get("ruleId").asText().equals(ruleId)) {
        return r;
      }
    }
    throw new AssertionError("no result of " + ruleId);
  }

  @Test
  void theScorecardOfAReportAndOfExamplesBesideItValidateAgainstTheSchema() throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    Report examples = TestCheckers.shared().check(TestCheckers.EVERY_EXAMPLE);
    List<CheckResult> both = new ArrayList<>(examples.results());
    both.add(Scorecards.city2015Result());
    both.add(TestCheckers.shared().check(Scorecards.bounds2015()));
    for (Language language : Language.values()) {
      assertThat(schema.validate(render(Scorecards.report(Scorecards.city2015Result()), language)))
          .isEmpty();
      JsonNode mixed = render(Scorecards.report(both.toArray(CheckResult[]::new)), language);
      assertThat(schema.validate(mixed)).isEmpty();
      JsonNode run = mixed.at("/runs/0");
      for (JsonNode r : run.get("results")) {
        assertThat(run.at("/tool/driver/rules/" + r.get("ruleIndex").asInt() + "/id").asText())
            .isEqualTo(r.get("ruleId").asText());
      }
    }
  }

  @Test
  void targetsAreRulesAfterTheRulesForInputsWithoutADefaultLevel() throws Exception {
    Report report = Scorecards.report(Scorecards.city2015Result());
    JsonNode rules = render(report, Language.EN).at("/runs/0/tool/driver/rules");
    int first = report.rules().size();
    assertThat(rules.get(first).get("id").asText()).isEqualTo("INPUT-ERROR");
    assertThat(rules.get(first + 1).get("id").asText()).isEqualTo("INPUT-WARNING");
    assertThat(rules).hasSize(first + 2 + 156);
    assertThat(rules.get(first + 2).get("id").asText()).isEqualTo("CQ2008-AGG-AUTO-MOTO-SALES");
    JsonNode gross = null;
    for (int i = first + 2; i < rules.size(); i++) {
      assertThat(rules.get(i).has("defaultConfiguration")).isFalse();
      assertThat(rules.get(i).at("/properties/severity").isMissingNode()).isTrue();
      if (rules.get(i).get("id").asText().equals("CQ2012-AGG-GROSS-OUTPUT")) {
        gross = rules.get(i);
      }
    }
    assertThat(gross).isNotNull();
    assertThat(gross.get("name").asText()).isEqualTo("Cq2012AggGrossOutput");
    assertThat(gross.at("/shortDescription/text").asText()).isEqualTo("工业总产值突破3万亿元");
    assertThat(gross.at("/fullDescription/text").asText()).isEqualTo("Target for 2015, the city:"
        + " industry.grossOutputValueYuan > 3万亿元. cq-2012-08-18-new-industrialization-opinions.txt,"
        + " clause 二（三）: 「工业总产值突破3万亿元」");
    assertThat(gross.at("/help/text").asText())
        .contains("Reading: 突破, so strictly greater.")
        .contains("a figure that misses the target is a result of level error");
    assertThat(gross.at("/properties/indicator").asText())
        .isEqualTo("industry.grossOutputValueYuan");
    assertThat(gross.at("/properties/comparator").asText()).isEqualTo(">");
    assertThat(gross.at("/properties/threshold").asText()).isEqualTo("3万亿元");
    assertThat(gross.at("/properties/thresholdValue").asText()).isEqualTo("3000000000000");
    assertThat(gross.at("/properties/horizon").asText()).isEqualTo("2015");
    assertThat(gross.at("/properties/kind").asText()).isEqualTo("aggregate-target");
  }

  @Test
  void aResultsLevelSaysItsStatusAndItPointsAtTheFigure() throws Exception {
    JsonNode run = render(Scorecards.report(Scorecards.city2015Result()), Language.EN)
        .at("/runs/0");
    Map<String, Integer> byLevelAndStatus = new HashMap<>();
    for (JsonNode r : run.get("results")) {
      byLevelAndStatus.merge(r.get("level").asText() + " " + r.at("/properties/status").asText(),
          1, Integer::sum);
    }
    // No result for a target met or one that does not apply.
    assertThat(byLevelAndStatus).containsOnly(Map.entry("error FAIL", 6),
        Map.entry("warning INCONCLUSIVE", 5), Map.entry("note MISSING_DATA", 53));

    JsonNode gross = resultOf(run, "CQ2012-AGG-GROSS-OUTPUT");
    assertThat(gross.at("/message/text").asText()).isEqualTo("CQ-CITY-2015:"
        + " industry.grossOutputValueYuan is 2.45万亿元 (estimate), missing the target > 3万亿元"
        + " (on an estimate)");
    JsonNode at = gross.at("/locations/0/physicalLocation");
    assertThat(at.at("/artifactLocation/uri").asText()).isEqualTo(Scorecards.FILE);
    assertThat(at.at("/region/startLine").asInt())
        .isEqualTo(Scorecards.lineOf("industry.grossOutputValueYuan"));
    assertThat(at.at("/region/startColumn").asInt()).isEqualTo(3);
    assertThat(gross.at("/properties/reportId").asText()).isEqualTo("CQ-CITY-2015");
    assertThat(gross.at("/properties/basis").asText()).isEqualTo("estimate");
    assertThat(gross.at("/properties/onEstimate").asBoolean()).isTrue();
    assertThat(gross.at("/properties/actual").asLong()).isEqualTo(2450000000000L);
    assertThat(gross.at("/properties/required").asLong()).isEqualTo(3000000000000L);
    assertThat(gross.at("/properties/figureQuote").asText()).isEqualTo("2015年，预计全市工业总产值2.45万亿元");

    JsonNode chemical = resultOf(run, "CQ2012-AGG-CHEMICAL-OUTPUT");
    assertThat(chemical.get("level").asText()).isEqualTo("warning");
    assertThat(chemical.at("/properties/basis").asText()).isEqualTo("atLeast");
    assertThat(chemical.at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(Scorecards.lineOf("sector.chemical.outputValueYuan"));

    // No figure: the report's figures as a whole, where one would be added.
    JsonNode loss = resultOf(run, "CQ2012-AGG-QUALITY-LOSS");
    assertThat(loss.get("level").asText()).isEqualTo("note");
    assertThat(loss.at("/message/text").asText())
        .isEqualTo("CQ-CITY-2015: the report gives no figure for quality.lossRate (target ≤ 0.2%)");
    assertThat(loss.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(10);
    assertThat(loss.at("/properties/figure").isMissingNode()).isTrue();
  }

  @Test
  void aScorecardWithoutPositionsPointsAtItsFileAndSpeaksChinese() throws Exception {
    CheckResult inMemory = TestCheckers.shared().check(Scorecards.city2015());
    CheckResult named = CheckResult.scored("reports/city.yaml", "", Scorecards.city2015(),
        inMemory.findings(), List.of(), Map.of());
    JsonNode run = render(Scorecards.report(named), Language.ZH).at("/runs/0");
    JsonNode gross = resultOf(run, "CQ2012-AGG-GROSS-OUTPUT");
    assertThat(gross.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("reports/city.yaml");
    assertThat(gross.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
    assertThat(gross.at("/message/text").asText()).isEqualTo("CQ-CITY-2015:"
        + " industry.grossOutputValueYuan为 2.45万亿元（预计），未达到 > 3万亿元 的目标（依据预计数）");
    JsonNode rules = run.at("/tool/driver/rules");
    String full = null;
    for (JsonNode rule : rules) {
      if (rule.get("id").asText().equals("CQ2012-AGG-GROSS-OUTPUT")) {
        full = rule.at("/fullDescription/text").asText();
      }
    }
    assertThat(full).isEqualTo("重庆市 2015 目标：industry.grossOutputValueYuan > 3万亿元。"
        + "cq-2012-08-18-new-industrialization-opinions.txt, 第二（三）: 「工业总产值突破3万亿元」");
  }
}

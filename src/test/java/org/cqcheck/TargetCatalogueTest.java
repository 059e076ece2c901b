package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The aggregate targets in {@code cqcheck rules} (a second section after the project rules, a
 * "targets" array in JSON) and {@code cqcheck explain}: horizon or span, region, indicator,
 * comparator and threshold as the text writes them, the reading; never a severity.
 */
class TargetCatalogueTest {

  private static CliTest.Run run(String... args) {
    return CliTest.run(args);
  }

  @Test
  void rulesListsTheTargetsAfterTheProjectRules() {
    String out = run("rules", "--lang", "en", "--width", "200").out();
    int targets = out.indexOf("\nAggregate targets, checked against indicator reports:\nTarget ");
    assertThat(targets).isPositive().isGreaterThan(out.indexOf("\nCQ2021-RD-INTENSITY "));
    String section = out.substring(targets);
    assertThat(section).containsPattern("\nTarget +Edition +Horizon +Region +Requires\n")
        .containsPattern("\nCQ2012-AGG-GROSS-OUTPUT +CQ2012 +2015 +city"
            + " +industry.grossOutputValueYuan > 3万亿元\n")
        .containsPattern("\nCQ2012-AGG-INVESTMENT-CUMULATIVE +CQ2012 +2011-2015 +city"
            + " +investment.industrialCumulativeYuan ≥ 1.5万亿元\n")
        .doesNotContain("MANDATORY").doesNotContain("ADVISORY");
    assertThat(section.lines().filter(l -> l.matches("CQ\\d{4}-AGG-.*"))).hasSize(156);
  }

  @Test
  void aPrefixSelectsTargetsAndANarrowTerminalGetsThemOnLinesOfTheirOwn() {
    CliTest.Run run = run("rules", "--lang", "en", "--width", "80", "cq2012-agg-gross");
    assertThat(run.exitCode()).isZero();
    // No project rule matches: no table of them, not even its header.
    assertThat(run.out()).isEqualTo("Aggregate targets, checked against indicator reports:\n"
        + "CQ2012-AGG-GROSS-OUTPUT  industry.grossOutputValueYuan > 3万亿元\n"
        // A heading and its value are joined by a no-break space, as for the project rules.
        + "    Edition CQ2012 · Horizon 2015 · Region city\n".replace(' ', '\u00a0')
            .replace("\u00a0·\u00a0", " · ").replace("\u00a0\u00a0\u00a0\u00a0E", "    E"));
    assertThat(run("rules", "--lang", "zh", "--width", "90", "CQ2012-AGG-INVESTMENT-CUM").out())
        .isEqualTo("总量目标（按指标报告检查）：\n"
            + "CQ2012-AGG-INVESTMENT-CUMULATIVE  investment.industrialCumulativeYuan ≥ 1.5万亿元\n"
            + "    版本\u00a0CQ2012 · 期间\u00a02011-2015 · 地区\u00a0重庆市\n");
  }

  @Test
  void theJsonCatalogueHasTheTargetsApartWithoutSeverity() throws Exception {
    JsonNode json = new ObjectMapper().readTree(run("rules", "--format", "json").out());
    assertThat(json.get("rules")).hasSize(TestCheckers.shared().catalogue().rules().size());
    JsonNode targets = json.get("targets");
    assertThat(targets).hasSize(156);
    List<String> ids = new ArrayList<>();
    targets.forEach(t -> ids.add(t.get("id").asText()));
    assertThat(ids).isSorted().doesNotHaveDuplicates();
    JsonNode gross = targets.get(ids.indexOf("CQ2012-AGG-GROSS-OUTPUT"));
    assertThat(gross.has("severity")).isFalse();
    assertThat(gross.get("horizon").asText()).isEqualTo("2015");
    assertThat(gross.has("span")).isFalse();
    assertThat(gross.get("region").asText()).isEqualTo("city");
    assertThat(gross.get("indicator").asText()).isEqualTo("industry.grossOutputValueYuan");
    assertThat(gross.get("unit").asText()).isEqualTo("yuan");
    assertThat(gross.get("comparator").asText()).isEqualTo(">");
    assertThat(gross.get("threshold").asText()).isEqualTo("3万亿元");
    assertThat(gross.get("thresholdValue").asText()).isEqualTo("3000000000000");
    assertThat(gross.get("note").asText()).startsWith("突破, so strictly greater.");
    assertThat(gross.get("quote").asText()).isEqualTo("工业总产值突破3万亿元");
    JsonNode parks = targets.get(ids.indexOf("CQ2008-AGG-PARKS-CONCENTRATION"));
    assertThat(parks.get("threshold").asText()).isEqualTo("三分之二");
    assertThat(parks.get("thresholdValue").asText()).isEqualTo("2/3");
    JsonNode span = targets.get(ids.indexOf("CQ2012-AGG-INVESTMENT-CUMULATIVE"));
    assertThat(span.get("span").asText()).isEqualTo("2011-2015");
    assertThat(span.has("horizon")).isFalse();
  }

  @Test
  void explainShowsATargetsHorizonRegionIndicatorAndThreshold() {
    CliTest.Run run = run("explain", "--lang", "en", "--width", "100", "cq2012-agg-gross-output");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("CQ2012-AGG-GROSS-OUTPUT\n\n"
            + "Kind            aggregate target, checked against an indicator report of its region"
            + " and year (or\n")
        .contains("\nEdition         CQ2012 · 中共重庆市委、重庆市人民政府关于推进新型工业化的若干意见\n"
            + "Horizon         2015\n"
            + "Region          city\n"
            + "Indicator       industry.grossOutputValueYuan (yuan)\n"
            + "Meaning         Total industrial output value of the city, all industry")
        .contains("\nRequires        > 3万亿元 (3000000000000)\n"
            + "Reading         突破, so strictly greater. Same key as CQ2021-AGG-GROSS-OUTPUT"
            + " (horizon 2025).\n"
            + "Document        cq-2012-08-18-new-industrialization-opinions.txt\n"
            + "Clause          二（三）\n"
            + "Quote           「工业总产值突破3万亿元」\n")
        .contains("    rule \"CQ2012-AGG-GROSS-OUTPUT\"\n")
        .contains("⟦工业总产值突破3万亿元⟧")
        .doesNotContain("Severity").doesNotContain("Supersede");
    assertThat(run("explain", "--lang", "zh", "CQ2012-AGG-PHASE-OUT-CEMENT").out())
        .contains("\n期间            2011-2015\n地区            重庆市\n")
        .contains("\n要求            ≥ 1000万吨 (10000000)\n")
        .doesNotContain("约束性 ");
    // A threshold written as its own value is not repeated.
    assertThat(run("explain", "--lang", "en", "CQ2012-AGG-ROE").out())
        .contains("\nRequires        ≥ 10% (0.1)\n");
  }

  @Test
  void aMisspeltTargetIdGetsASuggestion() {
    CliTest.Run typo = run("explain", "--lang", "en", "CQ2012-AGG-GROS-OUTPUT");
    assertThat(typo.exitCode()).isEqualTo(4);
    assertThat(typo.err()).contains("did you mean CQ2012-AGG-GROSS-OUTPUT?");
  }
}

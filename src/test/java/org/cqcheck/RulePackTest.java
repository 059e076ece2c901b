package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.engine.RuleSetException;
import org.cqcheck.engine.Status;
import org.cqcheck.input.InputFormat;
import org.cqcheck.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rule packs compiled at run time: added, alone, and every way they can be refused. */
class RulePackTest {

  static final Path PACKS = Path.of("src/test/resources/packs");
  static final Path WANZHOU = Path.of("examples/materials-cement-equal-replacement-wanzhou-2013.json");
  static Checker withPack;

  @BeforeAll
  static void compileOnce() {
    withPack = TestCheckers.shared().withRulePack(PACKS.resolve("good"));
  }

  @Test
  void aPackAddsItsRulesToTheBuiltInOnes() {
    assertThat(withPack.catalogue().rules()).extracting(RuleInfo::id)
        .hasSize(TestCheckers.shared().catalogue().rules().size() + 1)
        .contains("WZ2020-RD-INTENSITY", "CQ2012-CHEM-GAS-YIELD").isSorted();
    Report report = withPack.asOf(java.time.LocalDate.of(2022, 3, 1)).check(WANZHOU);
    Finding rd = report.results().get(0).findings().stream()
        .filter(f -> f.ruleId().equals("WZ2020-RD-INTENSITY")).findFirst().orElseThrow();
    assertThat(rd.status()).isEqualTo(Status.WARN);
    assertThat(rd.actual()).isEqualByComparingTo("0.0125");
    assertThat(rd.rule().quote()).isEqualTo("规模以上工业企业研发投入强度达到3%");
    assertThat(report.results().get(0).findings()).extracting(Finding::ruleId).isSorted()
        .contains("CQ2021-RD-INTENSITY");
  }

  @Test
  void aPackZoneWithoutAQuoteLeavesZoneFitCitingWhatItHas() throws Exception {
    Checker withZone = TestCheckers.shared().withRulePack(PACKS.resolve("zone-without-quote"));
    String changshou = Files.readString(Path.of(CliTest.PASSING), StandardCharsets.UTF_8);
    assertThat(zoneFit(withZone, changshou).quote())
        .isEqualTo("长寿、万州等国家级开发区重点打造综合化工、冶金材料等特色产业集群");
    // In 渝中区 only the pack's zone, which has no sentence: the rule's own quote.
    Finding yuzhong = zoneFit(withZone,
        changshou.replace("长寿经济技术开发区", "渝中区某园区").replace("长寿区", "渝中区"));
    assertThat(yuzhong.status()).isEqualTo(Status.PASS);
    assertThat(yuzhong.quote()).isEqualTo(yuzhong.rule().quote());
  }

  private static Finding zoneFit(Checker checker, String proposal) {
    return checker.check("p.json", proposal.getBytes(StandardCharsets.UTF_8), InputFormat.JSON)
        .get(0).findings().stream()
        .filter(f -> f.ruleId().equals("CQ2012-ZONE-FIT")).findFirst().orElseThrow();
  }

  @Test
  void rulesOnlyUsesThePackAlone() {
    Checker only = TestCheckers.shared().withOnlyRulePack(PACKS.resolve("good"));
    assertThat(only.catalogue().rules()).extracting(RuleInfo::id).containsExactly("WZ2020-RD-INTENSITY");
  }

  @Test
  void aCompileErrorNamesTheFile() {
    assertThatThrownBy(() -> TestCheckers.shared().withRulePack(PACKS.resolve("syntax-error")))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining(PACKS.resolve("syntax-error").resolve("broken.drl").toString())
        .satisfies(e -> assertThat(((RuleSetException) e).problems()).isNotEmpty()
            .allSatisfy(p -> {
              assertThat(p.file()).endsWith("broken.drl");
              assertThat(p.line()).as("each problem has its line: %s", p).isPositive();
            }));
  }

  @Test
  void aRuleWithoutItsMetadataIsRefused() {
    assertThatThrownBy(() -> TestCheckers.shared().withRulePack(PACKS.resolve("no-metadata")))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("wanzhou.drl:10: rule WZ2020-RD-INTENSITY lacks metadata [quote]")
        .satisfies(e -> assertThat(((RuleSetException) e).problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.file()).endsWith("wanzhou.drl");
              assertThat(p.line()).isEqualTo(10);
            }));
  }

  @Test
  void aDuplicateRuleIdIsRefused() {
    assertThatThrownBy(() -> TestCheckers.shared().withRulePack(PACKS.resolve("duplicate-id")))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("dup.drl: rule CQ2012-ROE has the id of a rule already loaded");
  }

  @Test
  void theCliChecksWithAPackAndTestsIt() {
    CliTest.Run check = CliTest.run("check", "--lang", "en", "--as-of", "2022-03-01", "--rules",
        PACKS.resolve("good").toString(), WANZHOU.toString());
    assertThat(check.exitCode()).isZero();
    assertThat(check.out()).containsPattern("WARN +WZ2020-RD-INTENSITY");
    CliTest.Run broken = CliTest.run("check", "--rules", PACKS.resolve("syntax-error").toString(),
        WANZHOU.toString());
    assertThat(broken.exitCode()).isEqualTo(3);
    assertThat(broken.err()).contains("broken.drl").doesNotContain("\tat ");
    CliTest.Run test = CliTest.run("test", "--rules-only", "--rules", PACKS.resolve("good").toString(),
        "--require-coverage", PACKS.resolve("good-tests").toString());
    assertThat(test.exitCode()).isZero();
    assertThat(test.out()).contains("3 cases: 3 passed, 0 failed")
        .contains("coverage: 1 of 1 rules exercised");
  }

  /** A pack rule's requirement is its @requires, whatever it names its proposal ($proposal). */
  @Test
  void aPackRulesRequirementIsItsRequiresAndABadOneIsRefusedAtLoad() {
    assertThat(withPack.catalogue().requirementOf("WZ2020-RD-INTENSITY"))
        .hasValueSatisfying(r -> assertThat(r.describe()).isEqualTo("≥ 3%"));
    assertThatThrownBy(() -> TestCheckers.shared().withRulePack(PACKS.resolve("bad-requires")))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("wanzhou.drl:9: rule WZ2020-RD-INTENSITY has @requires")
        .hasMessageContaining("RD_INTENSTY is not a metric");
  }
}

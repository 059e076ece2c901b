package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.internal.ruletest.RuleTestRunner;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The built-in rule tests ({@code rules/tests/}, one file of described cases per rule), each case
 * a JUnit dynamic test, run by the same {@link RuleTestRunner} as {@code cqcheck test}.
 */
class RuleCasesTest {

  static final Path CASES = Path.of("rules/tests");
  static final Set<String> KINDS = Set.of("pass", "fail", "boundary", "not-applicable", "missing-data");
  /** An aggregate target's cases add a figure on an estimate, and bounds that decide or not. */
  static final Set<String> TARGET_KINDS = Set.of("pass", "fail", "boundary", "not-applicable",
      "missing-data", "estimate", "inconclusive", "bound");

  private static final RuleTestRunner RUNNER = new RuleTestRunner(TestCheckers.shared());

  @TestFactory
  Stream<DynamicContainer> everyRuleCase() throws IOException {
    try (Stream<Path> files = Files.walk(CASES)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream()
          .map(RuleCasesTest::container);
    }
  }

  private static DynamicContainer container(Path file) {
    List<RuleTestRunner.CaseResult> results;
    try {
      results = RUNNER.runFile(file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
    return DynamicContainer.dynamicContainer(file.getFileName().toString(), file.toUri(),
        results.stream().map(r -> DynamicTest.dynamicTest("[" + r.kind() + "] " + r.name(),
            file.toUri(), () -> assertThat(r.failures()).as(r.name()).isEmpty())));
  }

  @Test
  void everyRuleHasPassFailBoundaryNotApplicableAndMissingDataCases() throws IOException {
    Map<String, Set<String>> kindsByRule = new TreeMap<>();
    YAMLMapper yaml = new YAMLMapper();
    try (Stream<Path> files = Files.walk(CASES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        JsonNode doc = yaml.readTree(file.toFile());
        Set<String> kinds = new TreeSet<>();
        doc.path("cases").forEach(c -> kinds.add(c.path("kind").asText()));
        boolean target = file.getParent().endsWith("aggregate");
        assertThat(target ? TARGET_KINDS : KINDS).as("kinds in %s", file).containsAll(kinds);
        kindsByRule.put(doc.path("rule").asText(), kinds);
      }
    }
    List<RuleInfo> rules = TestCheckers.shared().catalogue().rules();
    List<RuleInfo> targets = TestCheckers.shared().catalogue().targets();
    assertThat(kindsByRule.keySet()).containsExactlyInAnyOrderElementsOf(
        Stream.concat(rules.stream(), targets.stream()).map(RuleInfo::id).toList());
    rules.forEach(rule -> assertThat(kindsByRule.get(rule.id()))
        .as("kinds of case for %s", rule.id()).containsAll(KINDS));
    targets.forEach(target -> assertThat(kindsByRule.get(target.id()))
        .as("kinds of case for %s", target.id()).containsAll(TARGET_KINDS));
  }

  @Test
  void theBuiltInRuleTestsCoverEveryRuleBothWays() throws IOException {
    RuleTestRunner.Run run = RUNNER.run(CASES);
    assertThat(run.passed()).isTrue();
    assertThat(run.coverage()).hasSize(TestCheckers.shared().catalogue().rules().size()
            + TestCheckers.shared().catalogue().targets().size())
        .allSatisfy(c -> assertThat(c.seenPass() && c.seenMiss()).as(c.ruleId()).isTrue());
  }
}

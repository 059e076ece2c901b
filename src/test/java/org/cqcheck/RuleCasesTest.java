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

  private static final RuleTestRunner RUNNER = new RuleTestRunner(TestCheckers.shared());

  @TestFactory
  Stream<DynamicContainer> everyRuleCase() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
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
    try (Stream<Path> files = Files.list(CASES)) {
      for (Path file : files.toList()) {
        JsonNode doc = yaml.readTree(file.toFile());
        Set<String> kinds = new TreeSet<>();
        doc.path("cases").forEach(c -> kinds.add(c.path("kind").asText()));
        assertThat(KINDS).as("kinds in %s", file).containsAll(kinds);
        kindsByRule.put(doc.path("rule").asText(), kinds);
      }
    }
    assertThat(kindsByRule.keySet()).containsExactlyInAnyOrderElementsOf(
        TestCheckers.shared().catalogue().rules().stream().map(RuleInfo::id).toList());
    kindsByRule.forEach((rule, kinds) ->
        assertThat(kinds).as("kinds of case for %s", rule).containsAll(KINDS));
  }

  @Test
  void theBuiltInRuleTestsCoverEveryRuleBothWays() throws IOException {
    RuleTestRunner.Run run = RUNNER.run(CASES);
    assertThat(run.passed()).isTrue();
    assertThat(run.coverage()).hasSize(TestCheckers.shared().catalogue().rules().size())
        .allSatisfy(c -> assertThat(c.seenPass() && c.seenMiss()).as(c.ruleId()).isTrue());
  }
}

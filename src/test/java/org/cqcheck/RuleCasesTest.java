package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.input.InputFormat;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.FigureFormat;
import org.cqcheck.report.Verdict;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the described cases of every rule, one YAML file per rule under {@code rule-cases/}, each
 * case a dynamic test. A case sets fields of a minimal proposal (dotted paths; null removes),
 * which goes through the real reader and the compiled rules; it asserts the rule's status and
 * figures. {@code status: ABSENT} asserts that the rule is not in force at all.
 */
class RuleCasesTest {

  static final Path CASES = Path.of("src/test/resources/rule-cases");
  static final Set<String> KINDS =
      Set.of("pass", "fail", "boundary", "not-applicable", "missing-data");

  private static final ObjectMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Checker CHECKER = TestCheckers.shared();

  /** The proposal every case starts from: only the required fields. */
  private static ObjectNode minimalProposal() {
    ObjectNode p = JsonNodeFactory.instance.objectNode();
    p.put("schemaVersion", 1);
    p.put("id", "CASE");
    p.put("submittedOn", "2013-03-15");
    p.put("sector", "consumer");
    p.put("subsector", "food");
    p.put("projectType", "new");
    return p;
  }

  @TestFactory
  Stream<DynamicContainer> everyRuleCase() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream()
          .map(RuleCasesTest::container);
    }
  }

  @Test
  void everyRuleHasPassFailBoundaryNotApplicableAndMissingDataCases() throws IOException {
    Map<String, Set<String>> kindsByRule = new TreeMap<>();
    try (Stream<Path> files = Files.list(CASES)) {
      for (Path file : files.toList()) {
        JsonNode doc = YAML.readTree(file.toFile());
        Set<String> kinds = new java.util.TreeSet<>();
        doc.path("cases").forEach(c -> kinds.add(c.path("kind").asText()));
        kindsByRule.put(doc.path("rule").asText(), kinds);
      }
    }
    assertThat(kindsByRule.keySet())
        .containsExactlyInAnyOrderElementsOf(CHECKER.rules().stream().map(RuleInfo::id).toList());
    kindsByRule.forEach((rule, kinds) ->
        assertThat(kinds).as("kinds of case for %s", rule).containsAll(KINDS));
  }

  private static DynamicContainer container(Path file) {
    JsonNode doc;
    try {
      doc = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
    String rule = doc.path("rule").asText();
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : doc.path("cases")) {
      String name = "[" + c.path("kind").asText() + "] " + c.path("name").asText();
      assertThat(KINDS).as("kind of case '%s' in %s", name, file).contains(c.path("kind").asText());
      tests.add(DynamicTest.dynamicTest(name, file.toUri(), () -> run(rule, doc, c)));
    }
    return DynamicContainer.dynamicContainer(rule, file.toUri(), tests.stream());
  }

  private static void run(String ruleId, JsonNode doc, JsonNode c) throws IOException {
    ObjectNode proposal = minimalProposal();
    apply(proposal, doc.path("base"));
    apply(proposal, c.path("given"));
    String asOfText = c.has("asOf") ? c.get("asOf").asText() : doc.path("asOf").asText(null);
    LocalDate asOf = asOfText == null ? null : LocalDate.parse(asOfText);

    List<CheckResult> results =
        CHECKER.check("case.json", JSON.writeValueAsBytes(proposal), InputFormat.JSON, asOf);
    assertThat(results).hasSize(1);
    CheckResult result = results.get(0);
    JsonNode expect = c.path("expect");
    String status = expect.path("status").asText();
    Optional<Finding> finding =
        result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
    if (status.equals("ABSENT")) {
      assertThat(finding).as("finding of %s", ruleId).isEmpty();
      return;
    }
    assertThat(result.verdict()).as("errors: %s", result.errors()).isNotEqualTo(Verdict.ERROR);
    assertThat(finding).as("finding of %s", ruleId).isPresent();
    Finding f = finding.get();
    assertThat(f.status().name()).as("status of %s", ruleId).isEqualTo(status);
    if (expect.has("actual")) {
      assertNumber("actual", FigureFormat.forMachine(f.actual()), expect.get("actual"));
    }
    if (expect.has("required")) {
      assertNumber("required", FigureFormat.forMachine(f.required()), expect.get("required"));
    }
    if (expect.has("actualText")) {
      assertThat(f.actualText()).isEqualTo(expect.get("actualText").asText());
    }
    if (expect.has("missing")) {
      List<String> missing = new ArrayList<>();
      expect.get("missing").forEach(m -> missing.add(m.asText()));
      assertThat(f.missingFields()).containsExactlyElementsOf(missing);
    }
    if (expect.has("zeroDivisor")) {
      assertThat(f.zeroDivisor()).isEqualTo(expect.get("zeroDivisor").asText());
    }
    if (expect.has("verdict")) {
      assertThat(result.verdict().name()).isEqualTo(expect.get("verdict").asText());
    }
  }

  private static void assertNumber(String what, BigDecimal actual, JsonNode expected) {
    if (expected.isNull()) {
      assertThat(actual).as(what).isNull();
    } else {
      assertThat(actual).as(what).isNotNull();
      assertThat(actual.compareTo(new BigDecimal(expected.asText())))
          .as("%s: %s, expected %s", what, actual.toPlainString(), expected.asText())
          .isZero();
    }
  }

  /** Sets each dotted path of {@code given} on {@code proposal}; a null value removes the field. */
  private static void apply(ObjectNode proposal, JsonNode given) {
    given.fields().forEachRemaining(e -> {
      String[] parts = e.getKey().split("\\.");
      ObjectNode parent = proposal;
      for (int i = 0; i < parts.length - 1; i++) {
        JsonNode child = parent.get(parts[i]);
        parent = child instanceof ObjectNode o ? o : parent.putObject(parts[i]);
      }
      String last = parts[parts.length - 1];
      if (e.getValue().isNull()) {
        parent.remove(last);
      } else {
        parent.set(last, e.getValue());
      }
    });
  }
}

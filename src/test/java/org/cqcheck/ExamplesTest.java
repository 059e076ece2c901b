package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cqcheck.input.InputFormat;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Report;
import org.junit.jupiter.api.Test;

/** The examples do what examples/README.md says they do. */
class ExamplesTest {

  private static final Path EXAMPLES = Path.of("examples");
  private static final Pattern ROW =
      Pattern.compile("^\\| ([^ |]+\\.(?:json|yaml|yml)) \\| ([^ |]+) \\| (PASS|WARN|INCOMPLETE|FAIL|ERROR) \\|");

  @Test
  void everyExampleHasTheVerdictTheReadmeLists() throws IOException {
    Map<String, String> listed = new TreeMap<>();
    for (String line : Files.readAllLines(EXAMPLES.resolve("README.md"), StandardCharsets.UTF_8)) {
      var m = ROW.matcher(line);
      if (m.find()) {
        listed.put(m.group(1) + " " + m.group(2), m.group(3));
      }
    }
    Report report = TestCheckers.shared().check(EXAMPLES);
    Map<String, String> actual = new TreeMap<>();
    for (CheckResult r : report.results()) {
      actual.put(Path.of(r.file()).getFileName() + " " + r.proposalId(), r.verdict().name());
    }
    assertThat(actual).isEqualTo(listed);
  }

  @Test
  void everyExampleFileIsListedAndBothFormatsAreUsed() throws IOException {
    String readme = Files.readString(EXAMPLES.resolve("README.md"), StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      var names = files.map(f -> f.getFileName().toString())
          .filter(n -> InputFormat.of(Path.of(n)).isPresent())
          .collect(Collectors.toList());
      assertThat(names).allSatisfy(n -> assertThat(readme).contains("| " + n + " |"));
      assertThat(names).anyMatch(n -> n.endsWith(".json")).anyMatch(n -> n.endsWith(".yaml"));
    }
  }

  /** Between them the examples exercise every rule: each applies to at least one of them. */
  @Test
  void theExamplesExerciseEveryRule() {
    Report report = TestCheckers.shared().check(EXAMPLES);
    java.util.Set<String> applied = new java.util.TreeSet<>();
    report.results().forEach(r -> r.findings().stream()
        .filter(f -> f.status() != org.cqcheck.engine.Status.NOT_APPLICABLE)
        .forEach(f -> applied.add(f.ruleId())));
    assertThat(applied).containsExactlyInAnyOrderElementsOf(TestCheckers.shared().catalogue().rules().stream()
        .map(org.cqcheck.engine.RuleInfo::id).toList());
  }

  @Test
  void theExamplesCoverAllSevenSectors() {
    Report report = TestCheckers.shared().check(EXAMPLES);
    assertThat(report.results()).filteredOn(r -> r.findings().size() > 0)
        .extracting(r -> r.file().replaceAll(".*/([a-z]+)-.*", "$1"))
        .contains("automotive", "chemical", "consumer", "electronics", "energy", "equipment",
            "materials");
  }
}

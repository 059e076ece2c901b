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
      Pattern.compile("^\\| ([^ |]+\\.(?:json|yaml|yml)) \\| ([^ |]+) \\| (PASS|WARN|INCOMPLETE|INCONCLUSIVE|FAIL|ERROR) \\|");

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

  /**
   * Between them the example proposals exercise every project rule: each applies to at least one
   * of them. (The scorecards' targets are exercised by their rule cases, rules/tests/aggregate.)
   */
  @Test
  void theExamplesExerciseEveryRule() {
    Report report = TestCheckers.shared().check(EXAMPLES);
    java.util.Set<String> applied = new java.util.TreeSet<>();
    report.results().stream().filter(r -> !r.isIndicatorReport()).forEach(r -> r.findings().stream()
        .filter(f -> f.status() != org.cqcheck.engine.Status.NOT_APPLICABLE)
        .forEach(f -> applied.add(f.ruleId())));
    assertThat(applied).containsExactlyInAnyOrderElementsOf(TestCheckers.shared().catalogue().rules().stream()
        .map(org.cqcheck.engine.RuleInfo::id).toList());
  }

  private static final String TABLE_START = "<!-- scorecard-2015-table -->";
  private static final String TABLE_END = "<!-- /scorecard-2015-table -->";

  /**
   * The table of examples/README.md under "Scorecards" is the checker's output on the city's 2015
   * report, not typed in: each target the report decides or leaves undecided, in reading order,
   * and the counts of the rest. {@code -Dexamples.update=true} rewrites it.
   */
  @Test
  void theScorecardTableOfTheReadmeIsTheCheckersOutput() throws IOException {
    CheckResult city = TestCheckers.shared().check(EXAMPLES.resolve("scorecard-city-2015.yaml"))
        .results().get(0);
    org.cqcheck.report.Words text = org.cqcheck.report.Words.of(java.util.Locale.ENGLISH);
    StringBuilder table = new StringBuilder(TABLE_START + "\n");
    table.append("| target | figure | required | status |\n|---|---|---|---|\n");
    long missing = 0;
    long notApplicable = 0;
    for (org.cqcheck.engine.Finding f : city.findings().stream()
        .sorted(java.util.Comparator.comparingInt((org.cqcheck.engine.Finding f) ->
            f.status().ordinal()).thenComparing(org.cqcheck.engine.Finding::ruleId)).toList()) {
      switch (f.status()) {
        case MISSING_DATA -> missing++;
        case NOT_APPLICABLE -> notApplicable++;
        default -> table.append("| ").append(f.ruleId()).append(" | ").append(text.actual(f))
            .append(" | ").append(text.required(f)).append(" | ").append(f.status().name())
            .append(" |\n");
      }
    }
    table.append("\nVerdict ").append(city.verdict().name()).append(". Besides these, ")
        .append(missing).append(" targets of 2015 or 2011-2015 have no figure in the report"
            + " (MISSING_DATA), and ").append(notApplicable)
        .append(" targets of other years or spans are NOT_APPLICABLE.\n").append(TABLE_END);
    Path readme = EXAMPLES.resolve("README.md");
    String text0 = Files.readString(readme, StandardCharsets.UTF_8);
    String current = text0.substring(text0.indexOf(TABLE_START),
        text0.indexOf(TABLE_END) + TABLE_END.length());
    if (Boolean.getBoolean("examples.update")) {
      Files.writeString(readme, text0.replace(current, table), StandardCharsets.UTF_8);
      return;
    }
    assertThat(current).isEqualTo(table.toString());
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

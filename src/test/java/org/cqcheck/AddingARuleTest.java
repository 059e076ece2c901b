package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cqcheck.CliTest.Run;
import org.cqcheck.report.ReportFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "How to add a rule" in docs/RULES.md is true: its rule and case file, written to a directory
 * holding nothing else, and its commands, run as the page gives them, show the new rule in the
 * catalogue, in {@code explain}, in the coverage of {@code test}, and in every report format.
 */
class AddingARuleTest {

  private static final Path PAGE = Path.of("docs/RULES.md");

  /** Where the page's files are written; the page calls it my-pack. */
  @TempDir
  static Path work;

  static Path pack;

  static String ruleId;

  /** The page's commands, by command name, each as its arguments. */
  static Map<String, List<String>> commands;

  @BeforeAll
  static void writeThePackThePageShows() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    int start = page.indexOf("\n## How to add a rule\n");
    assertThat(start).as("the section of " + PAGE).isNotNegative();
    int end = page.indexOf("\n## ", start + 1);
    String section = page.substring(start, end < 0 ? page.length() : end);

    // Each file is the fenced block after the last my-pack/... path the text names before it.
    Matcher block = Pattern.compile("(?s)```(\\w+)\\n(.*?)```").matcher(section);
    Pattern fileName = Pattern.compile("`(my-pack/[^`]+)`");
    List<String> shell = new ArrayList<>();
    int after = 0;
    while (block.find()) {
      String before = section.substring(after, block.start());
      after = block.end();
      if (block.group(1).equals("sh")) {
        shell.add(block.group(2));
        continue;
      }
      Matcher name = fileName.matcher(before);
      String file = null;
      while (name.find()) {
        file = name.group(1);
      }
      assertThat(file).as("the file the page names before its %s block", block.group(1))
          .isNotNull();
      Path target = work.resolve(file);
      Files.createDirectories(target.getParent());
      Files.writeString(target, block.group(2), StandardCharsets.UTF_8);
    }
    pack = work.resolve("my-pack");
    try (Stream<Path> files = Files.walk(pack)) {
      // Only the rule and its case file: nothing else is needed.
      assertThat(files.filter(Files::isRegularFile).map(f -> pack.relativize(f).toString()))
          .containsExactlyInAnyOrder("chemical.drl", "tests/CQ2012-CHEM-NEW-PRODUCT-RATE.yaml");
    }
    Matcher id = Pattern.compile("rule \"([A-Z0-9-]+)\"")
        .matcher(Files.readString(pack.resolve("chemical.drl"), StandardCharsets.UTF_8));
    assertThat(id.find()).isTrue();
    ruleId = id.group(1);
    assertThat(pack.resolve("tests/" + ruleId + ".yaml")).exists();

    assertThat(shell).hasSize(1);
    commands = new LinkedHashMap<>();
    for (String line : shell.get(0).lines().toList()) {
      assertThat(line).startsWith("bin/cqcheck ");
      List<String> args = Arrays.stream(line.substring("bin/cqcheck ".length()).strip().split("\\s+"))
          .map(a -> a.startsWith("my-pack") ? work.resolve(a).toString() : a)
          .toList();
      commands.put(args.get(0), args);
    }
    assertThat(commands).containsOnlyKeys("rules", "explain", "test", "check");
  }

  /** The page's command {@code name}, with {@code more} arguments after its own. */
  private static Run run(String name, String... more) {
    List<String> args = new ArrayList<>(commands.get(name));
    args.addAll(List.of(more));
    return CliTest.run(args.toArray(String[]::new));
  }

  private static int builtInRules() {
    return TestCheckers.shared().catalogue().rules().size();
  }

  /** The aggregate targets, whose cases rules/tests/aggregate holds. */
  private static int targets() {
    return TestCheckers.shared().catalogue().targets().size();
  }

  @Test
  void theCatalogueListsTheNewRule() {
    Run rules = run("rules", "--lang", "en", "--width", "200");
    assertThat(rules.exitCode()).as(rules.err()).isZero();
    assertThat(rules.out().lines().filter(l -> l.startsWith(ruleId + " ")))
        .singleElement().asString().contains("CQ2012").contains("ADVISORY").contains("≥ 35%");
    // The project rules' table comes first, up to the blank line before the aggregate targets.
    assertThat(rules.out().lines().takeWhile(l -> !l.isEmpty())).hasSize(builtInRules() + 2);
    assertThat(rules.err()).isEmpty();
  }

  @Test
  void explainShowsTheRuleAndTheParagraphItQuotes() {
    Run explain = run("explain", "--lang", "en");
    assertThat(explain.exitCode()).as(explain.err()).isZero();
    assertThat(explain.out()).startsWith(ruleId + "\n")
        .contains("Applies to      new projects of the chemical sector")
        .contains("    rule \"" + ruleId + "\"")
        .contains("⟦规模以上工业企业新产品产值率提高到35%⟧");
  }

  @Test
  void theTestCoverageCountsTheNewRule() {
    Run test = run("test");
    assertThat(test.exitCode()).as(test.out()).isZero();
    assertThat(test.out())
        .contains("ok    " + ruleId + ".yaml: [pass] new products are 40% of output")
        .contains("coverage: " + (builtInRules() + targets() + 1) + " of "
            + (builtInRules() + targets() + 1) + " rules exercised")
        .doesNotContain("FAIL");
    // Without the pack's cases, coverage names the rule as a gap.
    List<String> builtInCasesOnly = new ArrayList<>(commands.get("test"));
    builtInCasesOnly.remove(pack.resolve("tests").toString());
    Run gap = CliTest.run(builtInCasesOnly.toArray(String[]::new));
    assertThat(gap.exitCode()).isEqualTo(1);
    assertThat(gap.out()).contains("coverage: " + (builtInRules() + targets()) + " of "
        + (builtInRules() + targets() + 1) + " rules exercised").contains("  not exercised by any case: " + ruleId + "\n");
  }

  @Test
  void everyReportFormatHasTheNewFinding() throws IOException {
    ObjectMapper json = new ObjectMapper();
    assertThat(Arrays.stream(ReportFormat.values()).map(ReportFormat::formatName))
        .contains("text", "json", "jsonl", "junit", "sarif", "markdown", "html");
    for (ReportFormat format : ReportFormat.values()) {
      List<String> args = new ArrayList<>(commands.get("check"));
      args.set(args.indexOf("--format") + 1, format.formatName());
      args.addAll(List.of("--lang", "en", "--width", "200"));
      Run check = CliTest.run(args.toArray(String[]::new));
      // The new rule is advisory: its miss is a WARN, which exits 0.
      assertThat(check.exitCode()).as(format + ": " + check.err()).isZero();
      switch (format) {
        case JSON -> assertThat(json.readTree(check.out()).at("/results/0/findings"))
            .filteredOn(f -> f.get("ruleId").asText().equals(ruleId))
            .singleElement().satisfies(f -> {
              assertThat(f.get("status").asText()).isEqualTo("WARN");
              assertThat(f.at("/source/quote").asText()).isEqualTo("规模以上工业企业新产品产值率提高到35%");
            });
        case SARIF -> {
          JsonNode run = json.readTree(check.out()).at("/runs/0");
          assertThat(run.at("/tool/driver/rules")).extracting(r -> r.get("id").asText())
              .contains(ruleId);
          assertThat(run.get("results")).filteredOn(r -> r.get("ruleId").asText().equals(ruleId))
              .singleElement().satisfies(r -> assertThat(r.get("level").asText())
                  .isEqualTo("warning"));
        }
        // One line holds the finding: its rule and its status.
        default -> assertThat(check.out().lines().filter(l -> l.contains(ruleId)))
            .as(format.formatName()).anySatisfy(l -> assertThat(l).contains("WARN"));
      }
    }
  }
}

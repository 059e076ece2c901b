package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.ReportFormat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every format renders a scorecard, beside proposals, the same bytes each time: checked twice and
 * rendered twice, in either language, verbose or not. Also writes reports of the 2015 scorecard
 * (and of the examples with scorecards beside them) to {@value #OUT}, where .ci/run checks them
 * as their consumers read them: the HTML's layout, axe and the Nu HTML Checker in Chromium; the
 * Markdown through marked; the SARIF by the SARIF Multitool; the JUnit XML by Python and xmllint.
 */
class ScorecardReportsTest {

  static final String OUT = "target/scorecard-reports";

  /**
   * The examples, the city's 2015 scorecard and the bounds scorecard, each checked anew, and an
   * indicator report that could not be read.
   */
  private static Report mixed() {
    Report examples = TestCheckers.shared().check(TestCheckers.EVERY_EXAMPLE);
    java.util.List<org.cqcheck.report.CheckResult> all =
        new java.util.ArrayList<>(examples.results());
    all.add(Scorecards.city2015Result());
    all.add(TestCheckers.shared().check(Scorecards.bounds2015()));
    all.add(org.cqcheck.report.CheckResult.reportError("reports/missing-2015.yaml", "",
        "CQ-MISSING-2015", java.util.List.of(org.cqcheck.input.InputError.of(
            org.cqcheck.input.InputError.Kind.UNREADABLE, "", "noSuchFile")),
        java.util.List.of()));
    return Scorecards.report(all.toArray(org.cqcheck.report.CheckResult[]::new));
  }

  private static String render(ReportFormat format, Report report, Language language,
      boolean verbose) throws IOException {
    StringWriter out = new StringWriter();
    format.renderer().render(report, new RenderOptions(language, verbose, false, false, false),
        out);
    return out.toString();
  }

  @TestFactory
  Stream<DynamicTest> everyFormatIsDeterministic() {
    Report first = mixed();
    Report second = mixed();
    return Arrays.stream(ReportFormat.values()).flatMap(format -> Arrays.stream(Language.values())
        .flatMap(language -> Stream.of(false, true).map(verbose -> DynamicTest.dynamicTest(
            format + " " + language + (verbose ? " verbose" : ""), () -> {
              String once = render(format, first, language, verbose);
              assertThat(once).contains("CQ-CITY-2015").contains("CQ-BOUNDS-2015")
                  .contains("CQ-MISSING-2015");
              assertThat(render(format, first, language, verbose)).isEqualTo(once);
              assertThat(render(format, second, language, verbose)).isEqualTo(once);
            }))));
  }

  @Test
  void jsonListsTheTargetsThatApplyAndCountsTheRestUnlessVerbose() throws IOException {
    Report city = Scorecards.report(Scorecards.city2015Result());
    for (ReportFormat format : new ReportFormat[] {ReportFormat.JSON, ReportFormat.JSONL}) {
      com.fasterxml.jackson.databind.JsonNode result = firstResult(format,
          render(format, city, Language.EN, false));
      assertThat(result.get("notApplicable").asInt()).as(format.formatName()).isEqualTo(89);
      assertThat(result.get("notApplicableListed").asBoolean()).isFalse();
      assertThat(result.get("findings")).as(format.formatName()).hasSize(67)
          .noneMatch(f -> f.get("status").asText().equals("NOT_APPLICABLE"));
      com.fasterxml.jackson.databind.JsonNode verbose = firstResult(format,
          render(format, city, Language.EN, true));
      assertThat(verbose.get("notApplicable").asInt()).isEqualTo(89);
      assertThat(verbose.get("notApplicableListed").asBoolean()).isTrue();
      assertThat(verbose.get("findings")).as(format.formatName()).hasSize(156)
          .filteredOn(f -> f.get("status").asText().equals("NOT_APPLICABLE")).hasSize(89);
    }
    // A report only validated has no findings, and no count of them.
    com.fasterxml.jackson.databind.JsonNode validated = firstResult(ReportFormat.JSON,
        render(ReportFormat.JSON, TestCheckers.shared().validate(
            java.util.List.of(Path.of("examples/scorecard-city-2015.yaml"))), Language.EN, false));
    assertThat(validated.get("verdict").asText()).isEqualTo("VALID");
    assertThat(validated.has("notApplicable")).isFalse();
    assertThat(validated.has("notApplicableListed")).isFalse();
    // A proposal's findings are all listed, verbose or not, and it has no such count.
    Report proposals = TestCheckers.shared().check(
        java.util.List.of(Path.of("examples/chemical-mdi-changshou-2013.json")));
    com.fasterxml.jackson.databind.JsonNode proposal = firstResult(ReportFormat.JSON,
        render(ReportFormat.JSON, proposals, Language.EN, false));
    assertThat(proposal.has("notApplicable")).isFalse();
    assertThat(proposal.get("findings")).hasSize(21)
        .filteredOn(f -> f.get("status").asText().equals("NOT_APPLICABLE")).hasSize(12);
  }

  private static com.fasterxml.jackson.databind.JsonNode firstResult(ReportFormat format,
      String rendered) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    return format == ReportFormat.JSONL ? json.readTree(rendered.lines().findFirst().orElseThrow())
        : json.readTree(rendered).get("results").get(0);
  }

  @Test
  void writesTheHtmlOfThe2015ScorecardForTheBrowserChecks() throws IOException {
    Files.createDirectories(Path.of(OUT));
    Report city = Scorecards.report(Scorecards.city2015Result());
    for (Language language : Language.values()) {
      String lang = language.name().toLowerCase(java.util.Locale.ROOT);
      Files.writeString(Path.of(OUT, "scorecard-2015-" + lang + ".html"),
          render(ReportFormat.HTML, city, language, false), StandardCharsets.UTF_8);
      Files.writeString(Path.of(OUT, "mixed-verbose-" + lang + ".html"),
          render(ReportFormat.HTML, mixed(), language, true), StandardCharsets.UTF_8);
      Files.writeString(Path.of(OUT, "mixed-" + lang + ".md"),
          render(ReportFormat.MARKDOWN, mixed(), language, false), StandardCharsets.UTF_8);
    }
    Files.writeString(Path.of(OUT, "mixed.sarif"),
        render(ReportFormat.SARIF, mixed(), Language.EN, false), StandardCharsets.UTF_8);
    Files.writeString(Path.of(OUT, "mixed.junit"),
        render(ReportFormat.JUNIT, mixed(), Language.EN, false), StandardCharsets.UTF_8);
    assertThat(Path.of(OUT, "scorecard-2015-zh.html")).content(StandardCharsets.UTF_8)
        .contains("<section class=\"scorecard\"");
  }
}

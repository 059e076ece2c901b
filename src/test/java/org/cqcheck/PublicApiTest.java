package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API is chosen, not whatever happens to be public: every public type outside
 * {@code org.cqcheck.internal} is listed here, so that a new one is a decision (add it, or put it
 * under internal), and every public type has a comment saying what it is for.
 */
class PublicApiTest {

  private static final Path SOURCES = Path.of("src/main/java");

  /** The API: what an embedder names. */
  private static final List<String> API = List.of(
      "org.cqcheck.Checker",
      "org.cqcheck.config.Configuration",
      "org.cqcheck.config.ConfigurationException",
      "org.cqcheck.config.Waiver",
      "org.cqcheck.engine.Comparator",
      "org.cqcheck.engine.Edition",
      "org.cqcheck.engine.Evidence",
      "org.cqcheck.engine.Finding",
      "org.cqcheck.engine.Horizon",
      "org.cqcheck.engine.NotApplicable",
      "org.cqcheck.engine.Remedies",
      "org.cqcheck.engine.Remedy",
      "org.cqcheck.engine.FigureDecision",
      "org.cqcheck.engine.Requirement",
      "org.cqcheck.engine.RuleCatalogue",
      "org.cqcheck.engine.RuleInfo",
      "org.cqcheck.engine.RuleSetException",
      "org.cqcheck.engine.Severity",
      "org.cqcheck.engine.Status",
      "org.cqcheck.engine.Target",
      "org.cqcheck.engine.ZoneTable",
      "org.cqcheck.input.InputError",
      "org.cqcheck.input.InputFormat",
      "org.cqcheck.input.InputOptions",
      "org.cqcheck.input.Position",
      "org.cqcheck.input.Problem",
      "org.cqcheck.metrics.Figure",
      "org.cqcheck.metrics.Metric",
      "org.cqcheck.model.Coded",
      "org.cqcheck.model.Field",
      "org.cqcheck.model.FigureBasis",
      "org.cqcheck.model.Fraction",
      "org.cqcheck.model.IndicatorReport",
      "org.cqcheck.model.Ownership",
      "org.cqcheck.model.ProjectType",
      "org.cqcheck.model.Proposal",
      "org.cqcheck.model.Region",
      "org.cqcheck.model.RegionLevel",
      "org.cqcheck.model.ReportedFigure",
      "org.cqcheck.model.Sector",
      "org.cqcheck.model.Subsector",
      "org.cqcheck.report.CheckResult",
      "org.cqcheck.report.Consequence",
      "org.cqcheck.report.ExitCode",
      "org.cqcheck.report.FailOn",
      "org.cqcheck.report.Language",
      "org.cqcheck.report.MissingItem",
      "org.cqcheck.report.RenderOptions",
      "org.cqcheck.report.Report",
      "org.cqcheck.report.ReportFormat",
      "org.cqcheck.report.ReportRenderer",
      "org.cqcheck.report.RunTotals",
      "org.cqcheck.report.StreamingRenderer",
      "org.cqcheck.report.Verdict",
      "org.cqcheck.report.WaiverNote",
      "org.cqcheck.report.Words");

  /**
   * Public outside internal for a reason of their own, and not API: each says so in its comment
   * ("Not part of the API").
   */
  private static final Map<String, String> PUBLIC_BUT_NOT_API = Map.of(
      "org.cqcheck.engine.FindingRecorder", "the DRL's global: the generated rule classes call it",
      "org.cqcheck.engine.SiteZones", "a fact the DRL of CQ2012-ZONE-FIT binds",
      "org.cqcheck.engine.TargetRecorder", "the aggregate targets' DRL global",
      "org.cqcheck.engine.RuleBase", "the rule base the checker and the command line evaluate",
      "org.cqcheck.engine.DistrictTable", "the checker's warnings on district names",
      "org.cqcheck.report.JsonLinesRenderer", "the command line streams JSON Lines through it",
      "org.cqcheck.report.RuleCatalogueWriter", "the rules and explain commands' output");

  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^public (?:final |abstract |sealed )*(?:class|record|enum|interface) (\\w+)",
      Pattern.MULTILINE);

  /** Every public top-level type, by name, with the text before its declaration. */
  private static Map<String, String> publicTypes() throws IOException {
    Map<String, String> types = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = PUBLIC_TYPE.matcher(text);
        if (m.find()) {
          String name = SOURCES.relativize(file).toString().replace('/', '.')
              .replaceFirst("\\.java$", "");
          types.put(name, text.substring(0, m.start()));
        }
      }
    }
    return types;
  }

  @Test
  void everyPublicTypeOutsideInternalIsListedAsApiOrWithItsReason() throws IOException {
    List<String> outside = publicTypes().keySet().stream()
        .filter(n -> !n.startsWith("org.cqcheck.internal.")).toList();
    assertThat(outside).containsExactlyInAnyOrderElementsOf(
        Stream.concat(API.stream(), PUBLIC_BUT_NOT_API.keySet().stream()).toList());
  }

  @Test
  void everyPublicTypeHasAComment() throws IOException {
    publicTypes().forEach((name, before) -> assertThat(
        before.replaceAll("(?m)^@.*$", "").stripTrailing()).as(name).endsWith("*/"));
  }

  @Test
  void whatIsPublicButNotApiSaysSo() throws IOException {
    Map<String, String> types = publicTypes();
    PUBLIC_BUT_NOT_API.keySet().forEach(name ->
        assertThat(types.get(name)).as(name).contains("Not part of the API"));
  }
}

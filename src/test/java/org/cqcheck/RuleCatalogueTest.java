package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cqcheck.engine.Edition;
import org.cqcheck.engine.RuleBase;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.engine.Severity;
import org.cqcheck.engine.ZoneTable;
import org.junit.jupiter.api.Test;

/** The rule catalogue as a whole: ids, metadata, sources and files. */
class RuleCatalogueTest {

  /**
   * A target as the binding catalogue (docs/TARGETS.md, a copy of ../shared/policy/TARGETS.md)
   * states it: the rules are checked against the document, so that no list of ids or count is
   * kept here.
   */
  record Target(String id, String edition, String severity, String clause, String quote) {}

  static final List<Target> TARGETS = targetsOfTheCatalogue();

  private static List<Target> targetsOfTheCatalogue() {
    try {
      String text = java.nio.file.Files.readString(java.nio.file.Path.of("docs/TARGETS.md"),
          java.nio.charset.StandardCharsets.UTF_8);
      String section = text.substring(text.indexOf("## Project-level targets"));
      section = section.substring(0, section.indexOf("\n## ", 3));
      return section.lines().filter(l -> l.startsWith("| CQ"))
          .map(l -> l.substring(1, l.length() - 1).split("\\|", -1))
          // A quote may be followed by the catalogue's own note in English: "(the whole paragraph …)".
          .map(c -> new Target(c[0].strip(), c[1].strip(), c[5].strip(), c[7].strip(),
              c[8].strip().replaceFirst("\\s+\\([a-z][^)]*\\)$", "")))
          .sorted(java.util.Comparator.comparing(Target::id))
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private final Checker checker = TestCheckers.shared();

  @Test
  void theLoadedRuleBaseHoldsExactlyTheTargetsOfTheCatalogue() {
    assertThat(TARGETS).as("targets read from docs/TARGETS.md").hasSizeGreaterThan(20);
    assertThat(checker.catalogue().rules())
        .extracting(r -> new Target(r.id(), r.edition(), r.severity().name(), r.clause(),
            r.quote()))
        .containsExactlyElementsOf(TARGETS);
  }

  @Test
  void everyRuleHasItsMetadata() {
    for (RuleInfo rule : checker.catalogue().rules()) {
      assertThat(rule.id()).as("id").startsWith(rule.edition() + "-");
      assertThat(List.of(rule.document(), rule.clause(), rule.quote(), rule.scopeEn(),
          rule.scopeZh())).as("metadata of %s", rule.id()).allSatisfy(v -> assertThat(v).isNotBlank());
      assertThat(rule.severity()).as("severity of %s", rule.id())
          .isEqualTo(TARGETS.stream().filter(t -> t.id().equals(rule.id())).findFirst()
              .map(t -> Severity.valueOf(t.severity())).orElseThrow());
    }
  }

  /**
   * The mandatory rules whose scope is a subsector, with the sectors that could hold one
   * (catalogue version 2): a project of these sectors without a subsector is MISSING_DATA.
   */
  @Test
  void subsectorScopedMandatoryRulesNameTheSectorsThatMustStateIt() {
    assertThat(checker.catalogue().rules())
        .filteredOn(r -> !r.needsSubsector().isEmpty())
        .extracting(r -> r.id() + " " + r.needsSubsector().stream().map(s -> s.code()).toList())
        .containsExactly(
            "CQ2012-CAPACITY-REPLACEMENT [materials, energy]",
            "CQ2012-HIGH-RISK-SAFETY [materials, energy]",
            "CQ2012-PHARMA-GMP [consumer]");
  }

  @Test
  void everyQuoteIsFoundVerbatimInItsSeedDocument() throws IOException {
    for (RuleInfo rule : checker.catalogue().rules()) {
      String seed = Files.readString(Path.of("seeds", rule.document()), StandardCharsets.UTF_8);
      assertThat(seed).as("seed %s of %s", rule.document(), rule.id()).contains(rule.quote());
    }
  }

  @Test
  void everyZoneQuoteIsASentenceOfTheZoneRulesClause() throws IOException {
    RuleInfo zoneFit = checker.catalogue().rules().stream()
        .filter(r -> r.id().equals("CQ2012-ZONE-FIT")).findFirst().orElseThrow();
    String clause = Files.readString(Path.of("seeds", zoneFit.document()), StandardCharsets.UTF_8)
        .lines().filter(line -> line.contains(zoneFit.quote())).findFirst().orElseThrow();
    List<ZoneTable.Zone> zones = RuleBase.loadBuiltIn().zones().zones();
    assertThat(zones).hasSize(9);
    for (ZoneTable.Zone zone : zones) {
      assertThat(zone.quote()).as("sentence of %s", zone.name()).isNotBlank();
      assertThat(clause).as("paragraph %s, sentence of %s", zoneFit.clause(), zone.name())
          .contains(zone.quote());
    }
    assertThat(clause).startsWith("　　（十一）");
  }

  @Test
  void everyRuleCitesTheDocumentOfItsEdition() {
    for (RuleInfo rule : checker.catalogue().rules()) {
      Edition edition = checker.catalogue().editions().stream()
          .filter(e -> e.code().equals(rule.edition())).findFirst().orElseThrow();
      assertThat(rule.document()).as(rule.id()).isEqualTo(edition.document());
    }
  }

  @Test
  void supersessionFollowsTheCatalogue() {
    assertThat(checker.catalogue().rules())
        .filteredOn(r -> r.supersedes().isPresent())
        .extracting(r -> r.id() + " > " + r.supersedes().get())
        .containsExactlyInAnyOrder(
            "CQ2012-RD-INTENSITY > CQ2008-RD-INTENSITY",
            "CQ2012-NEW-PRODUCT-RATE > CQ2008-NEW-PRODUCT-RATE",
            // Catalogue version 2: the 2012 cut of 20% replaces the 2008 level of 1.84.
            "CQ2012-ENERGY-REDUCTION > CQ2008-ENERGY-INTENSITY",
            "CQ2021-RD-INTENSITY > CQ2012-RD-INTENSITY",
            "CQ2021-LABOR-PRODUCTIVITY > CQ2012-LABOR-PRODUCTIVITY");
  }

  /**
   * The DRL files of rules/ and rules/aggregate/ are those editions.yaml names, each holding only
   * its edition's rules: project rules beside the data, aggregate targets in aggregate/.
   */
  @Test
  void eachEditionsRulesAreInItsOwnDrlFiles() throws IOException {
    Pattern ruleName = Pattern.compile("(?m)^rule \"([^\"]+)\"");
    List<String> drlFiles = new java.util.ArrayList<>();
    for (String dir : List.of("rules", "rules/aggregate")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        files.map(f -> Path.of("rules").relativize(f).toString().replace('\\', '/'))
            .filter(n -> n.endsWith(".drl")).forEach(drlFiles::add);
      }
    }
    assertThat(drlFiles).containsExactlyInAnyOrderElementsOf(checker.catalogue().editions()
        .stream().flatMap(e -> e.ruleFiles().stream()).toList());
    for (Edition edition : checker.catalogue().editions()) {
      for (String file : edition.ruleFiles()) {
        String drl = Files.readString(Path.of("rules", file), StandardCharsets.UTF_8);
        List<String> names = ruleName.matcher(drl).results().map(r -> r.group(1)).toList();
        assertThat(names).as(file).isNotEmpty()
            .allSatisfy(n -> assertThat(n).startsWith(edition.code()
                + (file.startsWith("aggregate/") ? "-AGG-" : "-")));
      }
    }
  }

  @Test
  void theSeedsAreTheFiveDocuments() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
          "cq-2008-industry-five-year-goals.txt",
          "cq-2012-08-18-new-industrialization-opinions.txt",
          "cq-2013-01-24-industry-it-investment-opinions.txt",
          "cq-2016-02-04-twelfth-five-year-results.txt",
          "cq-2021-02-19-industry-it-work-conference.md");
    }
  }

  @Test
  void theFingerprintIsASha256OfTheRuleFiles() {
    assertThat(checker.fingerprint()).matches("sha256:[0-9a-f]{64}");
  }

  /**
   * The requirement `cqcheck rules` shows, each rule's @requires, is the one the engine
   * applies: its threshold equals the "required" the rule cases observe when the rule runs.
   */
  @Test
  void theRequirementReadFromEachRuleIsTheOneItApplies() throws java.io.IOException {
    var yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();
    int compared = 0;
    for (RuleInfo rule : checker.catalogue().rules()) {
      var requirement = checker.catalogue().requirementOf(rule.id());
      assertThat(requirement).as(rule.id()).isPresent();
      var cases = yaml.readTree(RuleCasesTest.CASES.resolve(rule.id() + ".yaml").toFile());
      for (var c : cases.path("cases")) {
        var required = c.path("expect").path("required");
        if (required.isNumber() && requirement.get().threshold() != null) {
          assertThat(requirement.get().threshold()).as(rule.id())
              .isEqualByComparingTo(required.decimalValue());
          compared++;
          break;
        }
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(20);
  }
}

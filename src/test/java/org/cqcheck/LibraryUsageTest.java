package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cqcheck.engine.Comparator;
import org.cqcheck.engine.Evidence;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Status;
import org.cqcheck.input.InputError;
import org.cqcheck.input.InputFormat;
import org.cqcheck.metrics.Metric;
import org.cqcheck.model.Field;
import org.cqcheck.model.ProjectType;
import org.cqcheck.model.Proposal;
import org.cqcheck.model.Sector;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Report;
import org.cqcheck.report.Verdict;
import org.cqcheck.report.Words;
import org.junit.jupiter.api.Test;

/** The library snippet of README.md runs, and is the same code as here. */
class LibraryUsageTest {

  @Test
  void aCheckerThatLoadsItsRulesOnFirstUseReportsAsOneThatLoadsThemFirst() throws IOException {
    // It reads before the rules are loaded and builds each KieBase on a thread of its own when
    // its reader finds a proposal or a report; the report is the same, byte for byte.
    Report first = Checker.withDefaultRules().check(TestCheckers.EVERY_EXAMPLE);
    Report onFirstUse = Checker.withDefaultRulesOnFirstUse().check(TestCheckers.EVERY_EXAMPLE);
    assertThat(first.summary().indicatorReports()).isPositive();
    assertThat(first.summary().proposals()).isPositive();
    assertThat(json(onFirstUse)).isEqualTo(json(first));
    assertThat(Checker.withDefaultRulesOnFirstUse().validate(TestCheckers.EVERY_EXAMPLE).summary())
        .isEqualTo(Checker.withDefaultRules().validate(TestCheckers.EVERY_EXAMPLE).summary());
  }

  private static String json(Report report) throws IOException {
    java.io.StringWriter out = new java.io.StringWriter();
    org.cqcheck.report.ReportFormat.JSON.renderer().render(report,
        new org.cqcheck.report.RenderOptions(org.cqcheck.report.Language.EN, false, false, false,
            false), out);
    return out.toString();
  }

  @Test
  void theReadmeSnippetRuns() {
    // README-SNIPPET-START
    Checker checker = Checker.withDefaultRules();   // loads the rule base once; share it
    Report report = checker.check(Path.of("examples/chemical-mdi-changshou-2013.json"));
    CheckResult result = report.results().get(0);
    System.out.println(result.proposalId() + " " + result.verdict());
    Words zh = Words.of(Locale.SIMPLIFIED_CHINESE);
    for (Finding f : result.findings()) {
      System.out.println(f.ruleId() + " " + f.status() + " " + zh.message(f));
    }
    // A proposal built in code, against the targets in force on another date:
    Proposal proposal = Proposal.builder("P-1", LocalDate.of(2013, 5, 20), Sector.CHEMICAL,
            ProjectType.NEW)
        .set(Field.OUTPUT_VALUE, new BigDecimal("3000000000"))
        .set(Field.NATURAL_GAS, new BigDecimal("200000000"))
        .build();
    CheckResult asOf2022 = checker.asOf(LocalDate.of(2022, 6, 1)).check(proposal);
    // README-SNIPPET-END
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("CQ2012-CHEM-GAS-YIELD"))
        .singleElement().satisfies(f -> {
          assertThat(f.status()).isEqualTo(Status.PASS);
          assertThat(f.actual()).isBetween(new java.math.BigDecimal("33.3333"),
              new java.math.BigDecimal("33.3334"));
        });
    assertThat(asOf2022.asOf()).isEqualTo(LocalDate.of(2022, 6, 1));
    assertThat(asOf2022.findings()).extracting(Finding::ruleId)
        .contains("CQ2021-RD-INTENSITY");
    assertThat(asOf2022.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(asOf2022.findings()).filteredOn(f -> f.ruleId().equals("CQ2012-CHEM-GAS-YIELD"))
        .singleElement().satisfies(f -> assertThat(f.actual()).isEqualByComparingTo("15"));
  }

  @Test
  void theReadmeShowsExactlyThatCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String source = Files.readString(
        Path.of("src/test/java/org/cqcheck/LibraryUsageTest.java"), StandardCharsets.UTF_8);
    String snippet = between(source, "// README-SNIPPET-START\n", "    // README-SNIPPET-END");
    String dedented = snippet.lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .reduce((a, b) -> a + "\n" + b).orElseThrow();
    assertThat(readme).contains(dedented);
  }

  @Test
  void anInMemoryProposalCanBeCheckedAsOfAnotherDate() {
    Checker checker = TestCheckers.shared();
    var proposal = checker.check("inline.yaml", """
        schemaVersion: 1
        id: INLINE-1
        submittedOn: 2013-03-15
        sector: consumer
        projectType: new
        """.getBytes(StandardCharsets.UTF_8), org.cqcheck.input.InputFormat.YAML);
    assertThat(proposal).singleElement().satisfies(r -> assertThat(r.asOf()).hasYear(2013));
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  @Test
  void textWithoutAFileNameIsReadAsJsonOrYamlByItsFirstCharacter() throws IOException {
    Checker checker = TestCheckers.shared();
    byte[] json = Files.readAllBytes(Path.of("examples/chemical-mdi-changshou-2013.json"));
    byte[] yaml = Files.readAllBytes(
        Path.of("examples/chemical-methanol-low-gas-yield-fuling-2013.yaml"));
    byte[] withMark = ("\uFEFF \n" + new String(json, StandardCharsets.UTF_8))
        .getBytes(StandardCharsets.UTF_8);
    assertThat(List.of(InputFormat.ofContent(json), InputFormat.ofContent(yaml),
        InputFormat.ofContent(withMark), InputFormat.ofContent(new byte[0])))
        .containsExactly(InputFormat.JSON, InputFormat.YAML, InputFormat.JSON, InputFormat.YAML);
    List<CheckResult> valid = checker.validate("in memory", yaml, InputFormat.ofContent(yaml));
    assertThat(valid).singleElement().satisfies(r -> {
      assertThat(r.verdict()).isEqualTo(Verdict.VALID);
      assertThat(r.file()).isEqualTo("in memory");
      assertThat(r.findings()).isEmpty();
    });
    byte[] bad = Files.readAllBytes(Path.of("invalid-examples/invalid-rate-written-as-percent-number.json"));
    assertThat(checker.validate("bad", bad, InputFormat.JSON)).singleElement()
        .satisfies(r -> assertThat(r.verdict()).isEqualTo(Verdict.ERROR));
  }

  @Test
  void aProposalBuiltInCodeIsValidatedAsAFileIs() {
    Checker checker = TestCheckers.shared();
    Proposal proposal = Proposal.builder("CODE-1", LocalDate.of(2013, 5, 20), Sector.EQUIPMENT,
            ProjectType.NEW)
        .set(Field.VALUE_ADDED, new BigDecimal("12000000000"))
        .set(Field.EMPLOYEES, -3000)
        .build();
    CheckResult result = checker.check(proposal);
    assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(result.findings()).isEmpty();
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.location()).isEqualTo("/annual/employees");
      assertThat(Words.of(Locale.ENGLISH).message(e))
          .isEqualTo("annual.employees is -3000: it cannot be negative");
    });
    assertThat(checker.validate(proposal)).extracting(InputError::location)
        .containsExactly("/annual/employees");
    assertThatThrownBy(() -> checker.check((Proposal) null))
        .isInstanceOf(NullPointerException.class).hasMessage("proposal");
  }

  @Test
  void theSameFiguresFromCodeAndFromAFileGiveEqualFindings() {
    Checker checker = TestCheckers.shared();
    CheckResult fromFile = checker.check("p.json", """
        {"schemaVersion": 1, "id": "P-1", "submittedOn": "2013-04-11", "sector": "electronics",
         "projectType": "new", "wholeMachine": true, "supply": {"localComponentRate": "75.00%"},
         "annual": {"energyConsumptionTce": 9.0E+5}}
        """.getBytes(StandardCharsets.UTF_8), InputFormat.JSON).get(0);
    CheckResult fromCode = checker.check(Proposal.builder("P-1", LocalDate.of(2013, 4, 11),
            Sector.ELECTRONICS, ProjectType.NEW)
        .set(Field.WHOLE_MACHINE, true)
        .set(Field.LOCAL_COMPONENT_RATE, 0.75)
        .set(Field.ENERGY_CONSUMPTION, 900000)
        .build());
    assertThat(fromCode.findings()).isEqualTo(fromFile.findings());
    Finding local = fromCode.findings().stream()
        .filter(f -> f.ruleId().equals("CQ2012-LOCAL-COMPONENT")).findFirst().orElseThrow();
    assertThat(local.actual()).hasToString("0.75");
    assertThat(local.evidence()).isEqualTo(new Evidence.Comparison(Metric.LOCAL_COMPONENT_RATE,
        Comparator.AT_LEAST, new BigDecimal("0.75"), new BigDecimal("0.7"), "ratio"));
    assertThat(Words.of(Locale.SIMPLIFIED_CHINESE).message(local))
        .isEqualTo("零部件本地化配套率为 75%，达到 ≥ 70% 的要求");
  }

  @Test
  void aCheckerAsOfADateKeepsItsOtherSettings() {
    Checker checker = TestCheckers.shared().withThreads(1);
    Proposal old = Proposal.builder("OLD-1", LocalDate.of(2013, 3, 15), Sector.CONSUMER,
        ProjectType.NEW).build();
    assertThat(checker.check(old).asOf()).isEqualTo(LocalDate.of(2013, 3, 15));
    assertThat(checker.asOf(LocalDate.of(2022, 6, 1)).check(old).asOf())
        .isEqualTo(LocalDate.of(2022, 6, 1));
    assertThatThrownBy(() -> checker.asOf(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void wordsSayVerdictsStatusesSeveritiesAndFiguresInEitherLanguage() {
    Words zh = Words.of(Locale.SIMPLIFIED_CHINESE);
    Words en = Words.of(Locale.ENGLISH);
    assertThat(zh.verdict(Verdict.INCOMPLETE)).isEqualTo("需补正");
    assertThat(en.verdict(Verdict.FAIL)).isEqualTo("FAIL");
    assertThat(en.status(Status.MISSING_DATA)).isEqualTo("MISSING");
    assertThat(zh.severity(org.cqcheck.engine.Severity.MANDATORY)).isEqualTo("强制性");
    CheckResult incomplete = TestCheckers.shared()
        .check(Path.of("examples/chemical-gas-use-not-stated-wanzhou-2013.json")).results().get(0);
    assertThat(en.toSupply(incomplete)).startsWith(
        "to supply before approval: annual.naturalGasM3 in m³ (CQ2012-CHEM-GAS-YIELD)");
    Finding gas = TestCheckers.shared()
        .check(Path.of("examples/chemical-methanol-low-gas-yield-fuling-2013.yaml")).results()
        .get(0).findings().stream().filter(f -> f.ruleId().equals("CQ2012-CHEM-GAS-YIELD"))
        .findFirst().orElseThrow();
    assertThat(en.actual(gas)).isEqualTo("12 yuan/m³");
    assertThat(zh.required(gas)).isEqualTo("≥ 25 元/立方米");
  }

  @Test
  void theBuilderRefusesWhatAFieldCannotHoldNamingTheField() {
    Proposal.Builder builder = Proposal.builder("B-1", LocalDate.of(2013, 5, 20), Sector.CONSUMER,
        ProjectType.NEW);
    assertThatThrownBy(() -> builder.set(Field.LOCAL_MATERIAL_RATE, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("supply.localMaterialRate is NaN: a figure must be a finite number");
    assertThatThrownBy(() -> builder.set(Field.SUBSECTOR, Sector.CHEMICAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subsector holds a Subsector, not CHEMICAL");
    assertThat(builder.set(Field.CERTIFICATIONS, java.util.Set.of("GMP-2010")).build()
        .certifications()).containsExactly("GMP-2010");
    assertThat(Field.SUBSECTOR.valueType()).isEqualTo(org.cqcheck.model.Subsector.class);
  }
}

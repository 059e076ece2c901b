package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cqcheck.ProcessRuns.Result;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, run as a process, as a user or a CI job runs it: exit codes, what goes to
 * stdout and stderr, and the fat jar's rule base (a shading mistake shows here and nowhere else).
 */
class CliProcessIT {

  private static final Path JAR = Path.of(System.getProperty("cqcheck.jar", "target/cqcheck.jar"));

  private static Result cqcheck(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    // The platform default charset of a CI machine is often ASCII: reports must be UTF-8 anyway.
    builder.environment().put("LC_ALL", "C");
    builder.environment().remove("LANG");
    return ProcessRuns.run(builder);
  }

  @Test
  void passExitsZero() throws Exception {
    Result r = cqcheck("check", CliTest.PASSING);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("PASS   ").contains("「新上项目每立方米天然气产出25元以上」");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void failExitsOne() throws Exception {
    Result r = cqcheck("check", CliTest.FAILING);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).startsWith("FAIL   ");
  }

  @Test
  void incompleteExitsOneAndListsEveryItemToSupply() throws Exception {
    Result r = cqcheck("check", "--quiet", "--width", "300", "--lang", "en", CliTest.INCOMPLETE);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).startsWith("INCOMPLETE ")
        .contains("    to supply before approval: annual.naturalGasM3 in m³ (CQ2012-CHEM-GAS-YIELD);"
            + " safety.highRiskEquipmentCompliant, true or false (CQ2012-HIGH-RISK-SAFETY)\n")
        .endsWith("1 proposal(s): 0 pass, 0 warn, 1 incomplete, 0 fail, 0 error\n");
    assertThat(r.err()).isEmpty();
  }

  /**
   * cqcheck scorecard: a report's scorecard as check gives it, byte for byte, and its exit code;
   * a proposal beside it is an error (exit 2), said in the report, and the report still checked.
   */
  @Test
  void scorecardChecksAReportAsCheckDoesAndRefusesAProposal() throws Exception {
    String report = "examples/scorecard-city-2015.yaml";
    Result scorecard = cqcheck("scorecard", "--lang", "en", report);
    Result check = cqcheck("check", "--lang", "en", report);
    assertThat(scorecard.exitCode()).isEqualTo(1);
    assertThat(scorecard.err()).isEmpty();
    assertThat(scorecard.out()).startsWith("FAIL   examples/scorecard-city-2015.yaml  CQ-CITY-2015")
        .isEqualTo(check.out());
    Result mixed = cqcheck("scorecard", "--quiet", "--lang", "en", "--width", "300",
        CliTest.PASSING, report);
    assertThat(mixed.exitCode()).isEqualTo(2);
    assertThat(mixed.err()).isEmpty();
    assertThat(mixed.out()).contains("ERROR  " + CliTest.PASSING)
        .contains("a proposal (it has no kind), not an indicator report: cqcheck scorecard"
            + " (Checker.forIndicatorReports() in the library) reads only documents with kind:"
            + " indicator-report; check proposals with cqcheck check (Checker.withDefaultRules())")
        .contains("FAIL   examples/scorecard-city-2015.yaml  CQ-CITY-2015")
        .contains("1 proposal(s) and 1 indicator report(s): 0 pass, 0 warn, 0 incomplete,"
            + " 0 inconclusive, 1 fail, 1 error");
  }

  @Test
  void aBadFileAmongGoodOnesExitsTwoAndEveryFileIsInTheJsonReport() throws Exception {
    Result r = cqcheck("check", "--format", "json", CliTest.PASSING, CliTest.INVALID,
        CliTest.FAILING);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEmpty();
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(report.get("results")).extracting(n -> n.get("verdict").asText())
        .containsExactly("PASS", "ERROR", "FAIL");
    assertThat(report.at("/summary/proposals").asInt()).isEqualTo(3);
    assertThat(report.at("/ruleSet/rules").asInt())
        .isEqualTo(TestCheckers.shared().catalogue().rules().size());
  }

  /** A good rule pack adds its rules and nothing to stderr: no Drools advice about folders. */
  @Test
  void aRulePackChecksQuietly() throws Exception {
    Result r = cqcheck("check", "--rules", "src/test/resources/packs/good", CliTest.PASSING);
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    Result broken = cqcheck("check", "--rules", "src/test/resources/packs/syntax-error",
        CliTest.PASSING);
    assertThat(broken.exitCode()).isEqualTo(3);
    // Reported once, by cqcheck, with file and line; not again in Drools' own log.
    assertThat(broken.err()).contains("broken.drl:17:").doesNotContain("KieProject")
        .doesNotContain("Unable to build KieBaseModel");
  }

  @Test
  void usageErrorExitsFourWithoutAStackTrace() throws Exception {
    Result r = cqcheck("check", "--format", "xml", CliTest.PASSING);
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--format").doesNotContain("\tat ");
  }

  @Test
  void theExamplesGiveTheSameBytesEveryRun() throws Exception {
    Result first = cqcheck("check", "--format", "json", "examples");
    Result second = cqcheck("check", "--format", "json", "examples");
    assertThat(first.exitCode()).isEqualTo(1);
    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void theFatJarCarriesTheCompiledModelAndNoDrlToCompile() throws Exception {
    try (var jar = new java.util.jar.JarFile(JAR.toFile())) {
      assertThat(jar.stream().map(java.util.jar.JarEntry::getName))
          .contains("META-INF/kmodule.xml", "META-INF/kie/org.cqcheck/cqcheck/drools-model",
              "cqcheck/rules/cq2012.drl", "cqcheck/rules/zones.yaml")
          .noneMatch(n -> n.startsWith("org/cqcheck/rules/") && n.endsWith(".drl"))
          .anyMatch(n -> n.matches("org/cqcheck/rules/Rules[0-9A-F]+\\.class"));
    }
  }

  @Test
  void theLauncherRunsTheJarWithItsClassDataSharingArchive() throws Exception {
    Path archive = JAR.resolveSibling("cqcheck.jsa");
    assertThat(Files.size(archive)).as("a real archive, of the shaded jar").isGreaterThan(1 << 20);
    assertThat(Files.getLastModifiedTime(archive)).isGreaterThanOrEqualTo(
        Files.getLastModifiedTime(JAR));
    // The Java this build ran on, which made the archive (an ahead-of-time cache, when the build
    // made one, would otherwise choose its own Java). With -Xshare:on the JVM refuses to start
    // unless it maps the archive the launcher names.
    assertThat(launcherOnTheFailingProposal(Map.of(
        "CQCHECK_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "CQCHECK_JAVA_OPTS", "-Xshare:on")))
        .startsWith("FAIL   " + CliTest.FAILING);
  }

  /**
   * picocli as Maven Central ships it, class for class the optional dependency's jar (what an SBOM
   * or a vulnerability scanner takes it for). Its Java 5 class files stay out of the archive;
   * the command line's own classes and the engine's come from it.
   */
  @Test
  void picocliIsMavenCentralsAndTheCommandLineComesFromTheArchive() throws Exception {
    ClassLoader dependencies = picocli.CommandLine.class.getClassLoader();
    int classes = 0;
    try (var jar = new java.util.jar.JarFile(JAR.toFile())) {
      for (var entry : jar.stream().filter(e -> e.getName().startsWith("picocli/")
          && e.getName().endsWith(".class")).toList()) {
        try (var shipped = jar.getInputStream(entry);
            var central = dependencies.getResourceAsStream(entry.getName())) {
          assertThat(central).as(entry.getName()).isNotNull();
          assertThat(shipped.readAllBytes()).as(entry.getName()).isEqualTo(central.readAllBytes());
        }
        classes++;
      }
    }
    assertThat(classes).isGreaterThan(100);
    String output = launcherOnTheFailingProposal(Map.of(
        "CQCHECK_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "CQCHECK_JAVA_OPTS", "-Xlog:class+load=info"));
    for (String name : List.of("org.cqcheck.internal.cli.CheckCommand", "org.cqcheck.internal.cli.Main",
        "org.cqcheck.engine.RuleBase")) {
      assertThat(output.lines().filter(l -> l.contains(" " + name + " source:")))
          .as(name).singleElement().asString().contains("source: shared objects file");
    }
  }

  /**
   * --debug takes effect before the rule base starts loading, on whichever thread loads it (the
   * background one, usually, or the command's when it asks first): slf4j-simple reads the level
   * once, when the first logger is made. The thread is not asserted: which one wins is a race.
   */
  @Test
  void debugLogsTheRuleBaseLoading() throws Exception {
    Result r = cqcheck("check", "--quiet", "--debug", CliTest.PASSING);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).containsPattern(
        "\\[(cqcheck-load-rules|main)\\] DEBUG org.cqcheck.engine.RuleLoader - loading the built-in"
            + " rule base");
    assertThat(cqcheck("check", "--quiet", CliTest.PASSING).err()).doesNotContain("DEBUG");
  }

  /** Only when the build made an ahead-of-time cache: {@code mvn verify -Daot.java=…}. */
  @Test
  void theLauncherRunsTheAheadOfTimeCacheWithTheJavaThatMadeIt() throws Exception {
    String aotJava = System.getProperty("cqcheck.aot.java", "");
    org.junit.jupiter.api.Assumptions.assumeFalse(aotJava.isBlank() || aotJava.startsWith("${"),
        "no ahead-of-time cache in this build (-Daot.java not given)");
    Path cache = JAR.resolveSibling("cqcheck.aot");
    assertThat(Files.size(cache)).isGreaterThan(1 << 20);
    assertThat(Files.readString(JAR.resolveSibling("cqcheck.aot.java")).strip()).isEqualTo(aotJava);
    // With -XX:AOTMode=on the JVM refuses to start unless it can use the cache the launcher names.
    assertThat(launcherOnTheFailingProposal(Map.of("CQCHECK_JAVA_OPTS", "-XX:AOTMode=on")))
        .startsWith("FAIL   " + CliTest.FAILING);
  }

  /** What bin/cqcheck prints for the failing proposal with {@code env}, having exited 1. */
  private static String launcherOnTheFailingProposal(Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bin/cqcheck", "check", "--quiet", CliTest.FAILING);
    builder.environment().put("CQCHECK_JAR", JAR.toAbsolutePath().toString());
    builder.environment().remove("CQCHECK_JAVA");
    builder.environment().putAll(env);
    Path out = Files.createTempFile("launcher", ".txt");
    Process p = builder.redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = Files.readString(out);
    Files.delete(out);
    assertThat(p.exitValue()).as(output).isEqualTo(1);
    return output;
  }

  /** cqcheck with {@code args}, reading {@code file} as its standard input. */
  private static Result withStandardInput(Path file, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return ProcessRuns.run(new ProcessBuilder(command).redirectInput(file.toFile()));
  }

  @Test
  void oneProposalFromStandardInputAsJsonOrYaml() throws Exception {
    Result json = withStandardInput(Path.of(CliTest.PASSING), "check", "--quiet", "-");
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.out()).startsWith("PASS   <stdin>  CQ-2013-CS-0007");
    Path yaml = Path.of("examples/chemical-methanol-low-gas-yield-fuling-2013.yaml");
    Result fromYaml = withStandardInput(yaml, "check", "--quiet", "--format", "jsonl", "-");
    assertThat(fromYaml.exitCode()).isEqualTo(1);
    assertThat(fromYaml.out()).contains("\"file\":\"<stdin>\"").contains("\"verdict\":\"FAIL\"");
    Result invalid = withStandardInput(
        Path.of("invalid-examples/invalid-rate-written-as-percent-number.json"), "validate", "-");
    assertThat(invalid.exitCode()).isEqualTo(2);
    assertThat(invalid.out()).contains("ERROR  <stdin>  CQ-2013-BAD-0001")
        .contains("(line 11, column 15)");
    Result mixed = withStandardInput(yaml, "check", "-", "examples");
    assertThat(mixed.exitCode()).isEqualTo(4);
    assertThat(mixed.err()).contains("'-' (standard input) must be the only input");
  }

  @Test
  void jsonLinesFromStandardInput() throws Exception {
    String good = Files.readString(Path.of(CliTest.PASSING), StandardCharsets.UTF_8)
        .replaceAll("\\s*\\n\\s*", " ");
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toString(), "check", "--input-format", "jsonl", "--format", "jsonl", "-");
    Path in = Files.createTempFile("in", ".jsonl");
    Files.writeString(in, good + "\n" + good.replace("CQ-2013-CS-0007", "CQ-2013-CS-0009") + "\n");
    Path out = Files.createTempFile("out", ".jsonl");
    Process p = builder.redirectInput(in.toFile()).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("\"verdict\":\"PASS\"").contains("<stdin>:"));
    Files.delete(in);
    Files.delete(out);
  }

  /**
   * A run of several seconds with stderr a file, as in a pipe or a CI log: no progress unless
   * --progress asks, and then the report is the same. (The bar's library and JLine, which tells
   * whether stderr is a terminal, are in the fat jar.)
   */
  @Test
  void progressGoesToStderrOnlyWhenAskedOffATerminal() throws Exception {
    String good = Files.readString(Path.of(CliTest.PASSING), StandardCharsets.UTF_8)
        .replaceAll("\\s*\\n\\s*", " ");
    Path lines = Files.createTempFile("many", ".jsonl");
    try {
      StringBuilder text = new StringBuilder();
      // On one thread, a few seconds: past the second after which progress may show.
      for (int i = 0; i < 6_000; i++) {
        text.append(good.replace("CQ-2013-CS-0007", "CQ-MANY-" + i)).append('\n');
      }
      Files.writeString(lines, text, StandardCharsets.UTF_8);
      Result quiet = cqcheck("check", "--threads", "1", "--input-format", "jsonl", "--format",
          "json", lines.toString());
      assertThat(quiet.exitCode()).as(quiet.err()).isZero();
      assertThat(quiet.err()).isEmpty();
      Result shown = cqcheck("check", "--progress", "--threads", "1", "--input-format", "jsonl",
          "--format", "json", lines.toString());
      assertThat(shown.out()).isEqualTo(quiet.out());
      assertThat(shown.err()).startsWith("checking").contains(" 6000/? lines ");
    } finally {
      Files.delete(lines);
    }
  }
}

package com.example.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import org.cqcheck.Checker;
import org.cqcheck.engine.Finding;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Report;
import org.cqcheck.report.Verdict;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An application's test of cqcheck as its README's Library section shows it, with the
 * application's own Jackson and SLF4J binding on the class path and cqcheck's thin jar.
 */
class ProposalReviewTest {

  private static final Path EXAMPLES = Path.of(System.getProperty("examples"));

  @Test
  void theExamplesGetTheirVerdicts() {
    Checker checker = Checker.withDefaultRules();   // loads the rule base once; share it
    Report report = checker.check(EXAMPLES.resolve("chemical-mdi-changshou-2013.json"),
        EXAMPLES.resolve("chemical-methanol-low-gas-yield-fuling-2013.yaml"));
    List<CheckResult> results = report.results();
    for (CheckResult result : results) {
      System.out.println("consumer: " + Path.of(result.file()).getFileName() + " "
          + result.proposalId() + " " + result.verdict());
    }
    assertEquals(2, results.size());
    assertEquals(Verdict.PASS, results.get(0).verdict());
    assertEquals(Verdict.FAIL, results.get(1).verdict());
    Finding gasYield = results.get(1).findings().stream()
        .filter(f -> f.ruleId().equals("CQ2012-CHEM-GAS-YIELD")).findFirst().orElseThrow();
    System.out.println("consumer: " + gasYield.ruleId() + " " + gasYield.status() + " "
        + gasYield.actual() + " " + gasYield.required());
    assertEquals("FAIL", gasYield.status().name());
  }

  @Test
  void theApplicationsJacksonIsTheOneThatRuns() throws IOException {
    String version = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
    System.out.println("consumer: jackson-databind " + version + " from " + jarOf(ObjectMapper.class));
    assertEquals(System.getProperty("expected.jackson.version"), version);
    assertEquals(version, com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString());
    assertEquals(version, com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION.toString());
    assertNotEquals(jarOf(Checker.class), jarOf(ObjectMapper.class));
  }

  @Test
  void logbackIsTheBindingAndTheCommandLinesLibrariesStayOut() {
    String factory = LoggerFactory.getILoggerFactory().getClass().getName();
    System.out.println("consumer: SLF4J logger factory " + factory);
    assertEquals("ch.qos.logback.classic.LoggerContext", factory);
    for (SLF4JServiceProvider provider : ServiceLoader.load(SLF4JServiceProvider.class)) {
      assertTrue(provider.getClass().getName().startsWith("ch.qos.logback."),
          "SLF4J provider " + provider.getClass().getName());
    }
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.simple.SimpleLogger"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("picocli.CommandLine"));
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("me.tongfei.progressbar.ProgressBar"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.jline.terminal.Terminal"));
    assertEquals(null, getClass().getResource("/simplelogger.properties"));
  }

  @Test
  void cqchecksJarHoldsOnlyCqcheck() throws IOException {
    Path jar = jarOf(Checker.class);
    System.out.println("consumer: cqcheck from " + jar);
    assertTrue(jar.getFileName().toString().matches("cqcheck-[0-9.]+(-SNAPSHOT)?\\.jar"), jar.toString());
    try (JarFile file = new JarFile(jar.toFile())) {
      assertEquals("org.cqcheck",
          file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
      List<String> foreign = file.stream().map(e -> e.getName())
          .filter(name -> name.endsWith(".class") && !name.startsWith("org/cqcheck/")
              && !name.startsWith("META-INF/"))
          .toList();
      assertEquals(List.of(), foreign, "classes of other libraries inside cqcheck's jar");
      assertFalse(file.stream().anyMatch(e -> e.getName().equals("simplelogger.properties")));
    }
  }

  private static Path jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cqcheck.ProcessRuns.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built distribution (target/cqcheck-VERSION.tar.gz), unpacked where the build never was, as a
 * user installs it: the launcher runs, makes its class-data archive on the first run, and the
 * next run uses it.
 */
class DistributionIT {

  private static final Path DISTRIBUTION =
      Path.of(System.getProperty("cqcheck.distribution", "target/cqcheck-0.1.0.tar.gz"));

  /** {@code command} run in {@code directory}, with no CQCHECK_ variable but those of {@code env}. */
  private static Result run(Path directory, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("CQCHECK_"));
    builder.environment().putAll(env);
    return ProcessRuns.run(builder);
  }

  @Test
  void unpackedAnywhereItRunsAndMakesItsArchiveOnce(@TempDir Path place) throws Exception {
    assertThat(run(place, Map.of(), "tar", "xzf", DISTRIBUTION.toAbsolutePath().toString())
        .exitCode()).isZero();
    // The archive holds one directory named as the archive is: cqcheck-VERSION.
    Path home = place.resolve(DISTRIBUTION.getFileName().toString().replace(".tar.gz", ""));
    assertThat(home.resolve("bin/cqcheck")).isExecutable();
    assertThat(List.of("lib/cqcheck.jar", "README.md", "rules/cq2012.drl", "rules/zones.yaml",
        "rules/tests/CQ2012-ZONE-FIT.yaml", "seeds/cq-2012-08-18-new-industrialization-opinions.txt",
        "examples/chemical-mdi-changshou-2013.json"))
        .allSatisfy(file -> assertThat(home.resolve(file)).isRegularFile());
    // The build's archive names the build's path to the jar; it must not travel.
    assertThat(home.resolve("lib/cqcheck.jsa")).doesNotExist();

    // The Java of this build, so that the archive is made and used by one Java.
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String launcher = home.resolve("bin/cqcheck").toString();
    String proposal = home.resolve("examples/chemical-mdi-changshou-2013.json").toString();
    Result first = run(place, Map.of("CQCHECK_JAVA", java), launcher, "check", "--quiet", proposal);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("PASS   " + proposal);
    assertThat(first.err()).contains("making " + home.resolve("lib/cqcheck.jsa") + " (once)");
    assertThat(home.resolve("lib/cqcheck.jsa")).isRegularFile();

    // With -Xshare:on the JVM refuses to start unless it can map the archive the launcher names.
    Result second = run(place, Map.of("CQCHECK_JAVA", java, "CQCHECK_JAVA_OPTS", "-Xshare:on"),
        launcher, "check", "--quiet", proposal);
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(second.err()).isEmpty();

    // The rule tests ship with the rules, and run from the distribution's directory.
    Result tests = run(home, Map.of("CQCHECK_JAVA", java), launcher, "test", "rules/tests");
    assertThat(tests.exitCode()).as(tests.out()).isZero();
    assertThat(tests.out()).containsPattern("\\b(\\d+) cases: \\1 passed, 0 failed");
  }
}

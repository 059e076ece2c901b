package org.cqcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.cqcheck.engine.JacksonVersions.Module;
import org.cqcheck.engine.JacksonVersions.Release;
import org.junit.jupiter.api.Test;

/** Which Jackson releases cqcheck accepts on the class path, and what it says of the others. */
class JacksonVersionsTest {

  private static List<Module> modules(String core, String databind, String yaml) {
    return List.of(new Module("jackson-core", core), new Module("jackson-databind", databind),
        new Module("jackson-dataformat-yaml", yaml));
  }

  @Test
  void releasesAreReadAndOrderedByNumberNotByText() {
    assertThat(Release.of("2.18.2")).isEqualTo(new Release(2, 18, 2));
    assertThat(Release.of("2.19.0-rc1")).isEqualTo(new Release(2, 19, 0));
    assertThat(Release.of("2.20")).isEqualTo(new Release(2, 20, 0));
    assertThat(Release.of("2.18.2-SNAPSHOT")).isEqualTo(new Release(2, 18, 2));
    assertThat(Release.of("unknown")).isNull();
    assertThat(Release.of(null)).isNull();
    assertThat(Release.of("2.9.10")).isLessThan(Release.of("2.18.0"));
    assertThat(Release.of("2.18.10")).isGreaterThan(Release.of("2.18.9"));
    assertThat(Release.of("3.0.0")).isGreaterThan(Release.of("2.99.99"));
  }

  @Test
  void oneMinorVersionAtOrAboveTheMinimumIsAccepted() {
    assertThat(JacksonVersions.problem(modules("2.18.0", "2.18.0", "2.18.0"))).isNull();
    assertThat(JacksonVersions.problem(modules("2.22.3", "2.22.3", "2.22.3"))).isNull();
    // Patch levels may differ: Jackson's modules are compatible within a minor version.
    assertThat(JacksonVersions.problem(modules("2.18.3", "2.18.2", "2.18.6"))).isNull();
    assertThat(JacksonVersions.problem(modules("2.19.0-SNAPSHOT", "2.19.0", "2.19.1"))).isNull();
  }

  @Test
  void aReleaseBelowTheMinimumIsRefusedNamingEveryModule() {
    assertThat(JacksonVersions.problem(modules("2.17.3", "2.17.3", "2.17.3")))
        .isEqualTo("cqcheck needs Jackson 2.18.0 or a later 2.x, with jackson-core,"
            + " jackson-databind, jackson-dataformat-yaml all of one minor version (import"
            + " com.fasterxml.jackson:jackson-bom to align them); the class path has jackson-core"
            + " 2.17.3, jackson-databind 2.17.3, jackson-dataformat-yaml 2.17.3");
    assertThat(JacksonVersions.problem(modules("2.9.10", "2.9.10", "2.9.10"))).isNotNull();
  }

  @Test
  void modulesOfDifferentMinorVersionsAreRefused() {
    // The tester's case: an application's jackson-core 2.15.4 ahead of the YAML module 2.18.2,
    // which failed inside YAMLParser with NoSuchMethodError.
    assertThat(JacksonVersions.problem(modules("2.15.4", "2.18.2", "2.18.2")))
        .contains("the class path has jackson-core 2.15.4, jackson-databind 2.18.2,"
            + " jackson-dataformat-yaml 2.18.2");
    // Both above the minimum, still of two releases.
    assertThat(JacksonVersions.problem(modules("2.19.2", "2.19.2", "2.18.2")))
        .contains("jackson-dataformat-yaml 2.18.2");
  }

  @Test
  void aMissingModuleOrAnotherMajorVersionIsRefused() {
    assertThat(JacksonVersions.problem(modules("2.18.2", "2.18.2", null)))
        .endsWith("jackson-dataformat-yaml (not found)");
    assertThat(JacksonVersions.problem(modules("3.0.0", "3.0.0", "3.0.0"))).isNotNull();
    assertThat(JacksonVersions.problem(modules("2.18.2", "2.18.2", "unknown"))).isNotNull();
  }

  @Test
  void theBuildsOwnJacksonIsFoundAndAccepted() {
    String databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
    assertThat(JacksonVersions.found()).extracting(Module::version)
        .containsExactly(databind, databind, databind);
    assertThatCode(JacksonVersions::check).doesNotThrowAnyException();
  }
}

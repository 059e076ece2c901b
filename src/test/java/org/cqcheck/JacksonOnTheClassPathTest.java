package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An application's own Jackson ahead of cqcheck's on the class path: creating a checker fails with
 * the documented RuleSetException naming the versions, not with a NoSuchMethodError from inside a
 * parser (which escaped as a CompletionException). The cqcheck classes and their dependencies are
 * loaded afresh, behind the jars of target/refused-jackson/ (copied by the build).
 */
class JacksonOnTheClassPathTest {

  private static final Path REFUSED = Path.of("target/refused-jackson");

  @Test
  void anOlderJacksonCoreAheadOfOursIsRefusedNamingTheVersions() throws Exception {
    Throwable failure = withDefaultRules(REFUSED.resolve("core-2.15"));
    assertThat(failure.getClass().getName()).isEqualTo("org.cqcheck.engine.RuleSetException");
    String ours = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
    assertThat(failure).hasMessageEndingWith("the class path has jackson-core 2.15.4,"
        + " jackson-databind " + ours + ", jackson-dataformat-yaml " + ours);
  }

  @Test
  void aJacksonOlderThanTheMinimumIsRefusedNamingTheVersions() throws Exception {
    Throwable failure = withDefaultRules(REFUSED.resolve("all-2.17"));
    assertThat(failure.getClass().getName()).isEqualTo("org.cqcheck.engine.RuleSetException");
    assertThat(failure).hasMessageStartingWith("cqcheck needs Jackson 2.18.0 or a later 2.x")
        .hasMessageEndingWith("the class path has jackson-core 2.17.3, jackson-databind 2.17.3,"
            + " jackson-dataformat-yaml 2.17.3");
  }

  @Test
  void aMissingYamlModuleIsRefusedNamingTheVersions() throws Exception {
    Throwable failure = withDefaultRules(null, "jackson-dataformat-yaml-");
    assertThat(failure.getClass().getName()).isEqualTo("org.cqcheck.engine.RuleSetException");
    assertThat(failure).hasMessageEndingWith("jackson-dataformat-yaml (not found)");
  }

  private static Throwable withDefaultRules(Path ahead) throws IOException, ReflectiveOperationException {
    return withDefaultRules(ahead, null);
  }

  /**
   * What {@code Checker.withDefaultRules()} throws in a class loader that has the jars of
   * {@code ahead} (if any) first, then this test's class path less the jars whose names start with
   * {@code without} (if given).
   */
  private static Throwable withDefaultRules(Path ahead, String without)
      throws IOException, ReflectiveOperationException {
    List<URL> urls = new ArrayList<>();
    if (ahead != null) {
      try (Stream<Path> jars = Files.list(ahead)) {
        for (Path jar : jars.sorted().toList()) {
          urls.add(jar.toUri().toURL());
        }
      }
      assertThat(urls).as("jars in " + ahead).isNotEmpty();
    }
    // Surefire runs the tests from a manifest-only jar; this property holds the real class path.
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isBlank() && (without == null
          || !Path.of(entry).getFileName().toString().startsWith(without))) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader())) {
      Class<?> checker = loader.loadClass(Checker.class.getName());
      assertThat(checker).isNotSameAs(Checker.class);
      // As in an application: Drools finds its services through the context class loader.
      Thread thread = Thread.currentThread();
      ClassLoader context = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      try {
        Throwable thrown = catchThrowable(() -> checker.getMethod("withDefaultRules").invoke(null));
        assertThat(thrown).as("creating a checker").isInstanceOf(InvocationTargetException.class);
        return thrown.getCause();
      } finally {
        thread.setContextClassLoader(context);
      }
    }
  }
}

package org.cqcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Jackson modules cqcheck reads its input and rule data with, as found on the class path, and
 * whether they can serve: checked before the rule base is read, so that an application whose own
 * Jackson is too old, or whose Jackson modules are of different releases, gets a
 * {@link RuleSetException} naming the versions rather than a {@code NoSuchMethodError} from inside
 * a parser later on.
 *
 * <p>The minimum is the oldest release at which every test of cqcheck passes (README, Library).
 * The modules must share their minor version: Jackson guarantees its modules to work together only
 * within one minor version, and a YAML module of one release over the core of another fails inside
 * the parser. The versions are read from each module's {@code PackageVersion} class by reflection,
 * so that a module that is missing, or too old to link, is reported too.
 */
final class JacksonVersions {

  /** The oldest Jackson release every test passes with; see the README's Library section. */
  static final Release MINIMUM = new Release(2, 18, 0);

  /** The modules checked, each with the class that carries its version. */
  private static final List<String[]> MODULES = List.of(
      new String[] {"jackson-core", "com.fasterxml.jackson.core.json.PackageVersion"},
      new String[] {"jackson-databind", "com.fasterxml.jackson.databind.cfg.PackageVersion"},
      new String[] {"jackson-dataformat-yaml", "com.fasterxml.jackson.dataformat.yaml.PackageVersion"});

  private static final Pattern RELEASE = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");

  private JacksonVersions() {}

  /** A module and the version it reports; the version is null when the module is not found. */
  record Module(String name, String version) {
    @Override
    public String toString() {
      return name + " " + (version == null ? "(not found)" : version);
    }
  }

  /** A release's numbers; a version without a patch level has patch 0. */
  record Release(int major, int minor, int patch) implements Comparable<Release> {

    /** The release a version string names ("2.18.2", "2.19.0-rc1"), or null when it names none. */
    static Release of(String version) {
      Matcher m = version == null ? null : RELEASE.matcher(version.strip());
      if (m == null || !m.matches()) {
        return null;
      }
      return new Release(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    @Override
    public int compareTo(Release other) {
      return java.util.Comparator.comparingInt(Release::major).thenComparingInt(Release::minor)
          .thenComparingInt(Release::patch).compare(this, other);
    }

    @Override
    public String toString() {
      return major + "." + minor + "." + patch;
    }
  }

  /**
   * Throws when the Jackson that {@code loader} sees cannot serve cqcheck.
   *
   * @throws RuleSetException naming every module's version
   */
  static void check(ClassLoader loader) {
    List<Module> found = found(loader);
    String problem = problem(found);
    if (problem != null) {
      throw new RuleSetException(problem);
    }
  }

  /** The version of each module as {@code loader} sees it. */
  static List<Module> found(ClassLoader loader) {
    List<Module> found = new ArrayList<>();
    for (String[] module : MODULES) {
      String version;
      try {
        version = String.valueOf(
            Class.forName(module[1], true, loader).getField("VERSION").get(null));
      } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
        version = null;
      }
      found.add(new Module(module[0], version));
    }
    return found;
  }

  /**
   * What is wrong with {@code modules}, in a sentence naming each one's version; null when they can
   * serve: every module found, each at least {@link #MINIMUM} and of its major version, and all of
   * one major and minor version.
   */
  static String problem(List<Module> modules) {
    List<Release> releases = modules.stream().map(m -> Release.of(m.version())).toList();
    boolean unusable = releases.stream().anyMatch(r -> r == null || r.major() != MINIMUM.major()
        || r.compareTo(MINIMUM) < 0);
    boolean mixed = releases.stream().filter(r -> r != null)
        .map(r -> r.major() + "." + r.minor()).distinct().count() > 1;
    if (!unusable && !mixed) {
      return null;
    }
    String found = String.join(", ", modules.stream().map(Module::toString).toList());
    return "cqcheck needs Jackson " + MINIMUM + " or a later " + MINIMUM.major() + ".x, with "
        + String.join(", ", modules.stream().map(Module::name).toList())
        + " all of one minor version (import com.fasterxml.jackson:jackson-bom to align them);"
        + " the class path has " + found;
  }
}

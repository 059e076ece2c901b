package org.cqcheck.engine;

import java.util.ArrayList;
import java.util.List;

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
 * the parser. The versions are read from each module's {@code PackageVersion} class, each on its
 * own, so that a module that is missing, or too old to link, is reported too.
 *
 * <p>The check is on the path of every start (the command line's too): it loads five small Jackson
 * classes and uses no reflection, regular expression or lambda, which would cost a cold start
 * milliseconds.
 */
final class JacksonVersions {

  /** The oldest Jackson release every test passes with; see the README's Library section. */
  static final Release MINIMUM = new Release(2, 18, 0);

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

    /**
     * The release a version string names ("2.18.2", "2.19.0-rc1", "2.20"), or null when it does
     * not start with a major and a minor number.
     */
    static Release of(String version) {
      if (version == null) {
        return null;
      }
      int[] numbers = new int[3];
      int count = 0;
      int at = 0;
      while (count < 3) {
        int start = at;
        int value = 0;
        while (at < version.length() && Character.isDigit(version.charAt(at)) && at - start < 9) {
          value = value * 10 + (version.charAt(at) - '0');
          at++;
        }
        if (at == start) {
          break;
        }
        numbers[count++] = value;
        if (at >= version.length() || version.charAt(at) != '.') {
          break;
        }
        at++;
      }
      return count < 2 ? null : new Release(numbers[0], numbers[1], numbers[2]);
    }

    @Override
    public int compareTo(Release other) {
      if (major != other.major) {
        return Integer.compare(major, other.major);
      }
      if (minor != other.minor) {
        return Integer.compare(minor, other.minor);
      }
      return Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
      return major + "." + minor + "." + patch;
    }
  }

  /**
   * Throws when the Jackson on the class path cannot serve cqcheck: the one that loaded this class,
   * which is the one cqcheck's code links to.
   *
   * @throws RuleSetException naming every module's version
   */
  static void check() {
    String problem = problem(found());
    if (problem != null) {
      throw new RuleSetException(problem);
    }
  }

  /** The version of each module, as this class's class loader finds it. */
  static List<Module> found() {
    List<Module> found = new ArrayList<>(3);
    found.add(new Module("jackson-core", coreVersion()));
    found.add(new Module("jackson-databind", databindVersion()));
    found.add(new Module("jackson-dataformat-yaml", yamlVersion()));
    return found;
  }

  // One method a module: a module that is missing or cannot link fails in its own method alone.

  private static String coreVersion() {
    try {
      Object version = com.fasterxml.jackson.core.json.PackageVersion.VERSION;
      return String.valueOf(version);
    } catch (LinkageError e) {
      return null;
    }
  }

  private static String databindVersion() {
    try {
      Object version = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION;
      return String.valueOf(version);
    } catch (LinkageError e) {
      return null;
    }
  }

  private static String yamlVersion() {
    try {
      Object version = com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION;
      return String.valueOf(version);
    } catch (LinkageError e) {
      return null;
    }
  }

  /**
   * What is wrong with {@code modules}, in a sentence naming each one's version; null when they can
   * serve: every module found, each at least {@link #MINIMUM} and of its major version, and all of
   * one major and minor version.
   */
  static String problem(List<Module> modules) {
    boolean fits = true;
    Release first = null;
    for (Module module : modules) {
      Release release = Release.of(module.version());
      if (release == null || release.major() != MINIMUM.major() || release.compareTo(MINIMUM) < 0
          || first != null && release.minor() != first.minor()) {
        fits = false;
      }
      if (first == null) {
        first = release;
      }
    }
    if (fits) {
      return null;
    }
    StringBuilder names = new StringBuilder();
    StringBuilder found = new StringBuilder();
    for (Module module : modules) {
      names.append(names.length() == 0 ? "" : ", ").append(module.name());
      found.append(found.length() == 0 ? "" : ", ").append(module);
    }
    return "cqcheck needs Jackson " + MINIMUM + " or a later " + MINIMUM.major() + ".x, with "
        + names + " all of one minor version (import com.fasterxml.jackson:jackson-bom to align"
        + " them); the class path has " + found;
  }
}

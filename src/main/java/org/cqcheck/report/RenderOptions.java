package org.cqcheck.report;

/**
 * How a report is rendered.
 *
 * @param language the language of the words
 * @param verbose also list NOT_APPLICABLE findings: of a proposal (text; the other formats list
 *     them always), and an indicator report's targets that do not apply (every format)
 * @param quiet verdict lines only (text)
 * @param colour ANSI colours (text), for a terminal only
 * @param failOnWarn WARN counts as a failure (JUnit: a failed test case rather than system-out)
 * @param width the columns the text report's lines fit (CJK characters count two); at least 40
 * @param failOn what else fails the run (JUnit: a failed test case): warn, inconclusive,
 *     missing-data; holds WARN exactly when {@code failOnWarn}
 */
public record RenderOptions(
    Language language, boolean verbose, boolean quiet, boolean colour, boolean failOnWarn,
    int width, java.util.Set<FailOn> failOn) {

  /** The width of a text report written to a file or a pipe. */
  public static final int DEFAULT_WIDTH = 100;

  public RenderOptions {
    width = Math.max(40, width);
    java.util.Set<FailOn> all = java.util.EnumSet.noneOf(FailOn.class);
    all.addAll(failOn);
    if (failOnWarn) {
      all.add(FailOn.WARN);
    }
    failOn = java.util.Collections.unmodifiableSet(all);
    failOnWarn = failOn.contains(FailOn.WARN);
  }

  /** Options that fail (JUnit: a failed test case) on WARN when {@code failOnWarn}. */
  public RenderOptions(Language language, boolean verbose, boolean quiet, boolean colour,
      boolean failOnWarn, int width) {
    this(language, verbose, quiet, colour, failOnWarn, width, java.util.Set.of());
  }

  /** Options for a report {@link #DEFAULT_WIDTH} columns wide. */
  public RenderOptions(Language language, boolean verbose, boolean quiet, boolean colour,
      boolean failOnWarn) {
    this(language, verbose, quiet, colour, failOnWarn, DEFAULT_WIDTH);
  }

  public static RenderOptions plain(Language language) {
    return new RenderOptions(language, false, false, false, false);
  }
}

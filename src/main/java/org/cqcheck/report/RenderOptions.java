package org.cqcheck.report;

/**
 * How a report is rendered.
 *
 * @param language the language of the words
 * @param verbose also list NOT_APPLICABLE findings (text); machine formats always list every one
 * @param quiet verdict lines only (text)
 * @param colour ANSI colours (text), for a terminal only
 * @param failOnWarn WARN counts as a failure (JUnit: a failed test case rather than system-out)
 * @param width the columns the text report's lines fit (CJK characters count two); at least 40
 */
public record RenderOptions(
    Language language, boolean verbose, boolean quiet, boolean colour, boolean failOnWarn,
    int width) {

  /** The width of a text report written to a file or a pipe. */
  public static final int DEFAULT_WIDTH = 100;

  public RenderOptions {
    width = Math.max(40, width);
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

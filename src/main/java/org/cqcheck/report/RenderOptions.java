package org.cqcheck.report;

/**
 * How a report is rendered.
 *
 * @param language the language of the words
 * @param verbose also list NOT_APPLICABLE findings (text); machine formats always list every one
 * @param quiet verdict lines only (text)
 * @param colour ANSI colours (text), for a terminal only
 * @param failOnWarn WARN counts as a failure (JUnit: a failed test case rather than system-out)
 */
public record RenderOptions(
    Language language, boolean verbose, boolean quiet, boolean colour, boolean failOnWarn) {

  public static RenderOptions plain(Language language) {
    return new RenderOptions(language, false, false, false, false);
  }
}

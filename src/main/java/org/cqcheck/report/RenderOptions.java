package org.cqcheck.report;

/**
 * How a report is rendered.
 *
 * @param language the language of the words
 * @param verbose also list NOT_APPLICABLE findings (text); machine formats always list every one
 * @param quiet verdict lines only (text)
 * @param colour ANSI colours (text), for a terminal only
 */
public record RenderOptions(Language language, boolean verbose, boolean quiet, boolean colour) {

  public static RenderOptions plain(Language language) {
    return new RenderOptions(language, false, false, false);
  }
}

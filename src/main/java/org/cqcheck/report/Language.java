package org.cqcheck.report;

import java.util.Locale;

/** The languages of user-facing text. */
public enum Language {
  EN,
  ZH;

  public static Language of(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? ZH : EN;
  }

  public boolean chinese() {
    return this == ZH;
  }

  Locale locale() {
    return this == ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }
}

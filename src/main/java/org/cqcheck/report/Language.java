package org.cqcheck.report;

import java.util.Locale;
import java.util.Optional;

/** The languages of user-facing text. */
public enum Language {
  EN,
  ZH;

  public static Language of(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? ZH : EN;
  }

  /**
   * The language a tag names: {@code zh} or {@code en}, in any case, or a language tag with a region
   * or script, as a locale is written ({@code zh-CN}, {@code zh_CN}, {@code zh-Hans},
   * {@code en-US}); empty for any other language or a tag that is not one.
   */
  public static Optional<Language> forTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    return switch (language) {
      case "zh" -> Optional.of(ZH);
      case "en" -> Optional.of(EN);
      default -> Optional.empty();
    };
  }

  public boolean chinese() {
    return this == ZH;
  }

  public Locale locale() {
    return this == ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }
}

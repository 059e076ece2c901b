package org.cqcheck.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of one language: its messages and the text of findings. Made once per language and
 * shared by every renderer (those that stream ask for them for every result); both are immutable.
 */
record Words(Messages messages, FindingText text) {

  private static final Map<Language, Words> BY_LANGUAGE = new ConcurrentHashMap<>();

  static Words of(Language language) {
    return BY_LANGUAGE.computeIfAbsent(language, l -> {
      Messages messages = new Messages(l);
      return new Words(messages, new FindingText(messages));
    });
  }
}

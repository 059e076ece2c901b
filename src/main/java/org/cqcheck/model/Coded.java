package org.cqcheck.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * An enumerated value of the proposal format: the code written in a proposal file and its Chinese
 * label for reports.
 */
public interface Coded {
  String code();

  String labelZh();

  /** The constant of {@code type} whose code is {@code code}, if any. */
  static <E extends Enum<E> & Coded> Optional<E> byCode(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
  }
}

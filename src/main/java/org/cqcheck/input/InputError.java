package org.cqcheck.input;

import java.util.List;

/**
 * One problem with an input file. The words are written by the report, in the reader's language,
 * from the kind and its arguments.
 *
 * @param kind what is wrong
 * @param location a JSON pointer to the field ("" for the whole document or file)
 * @param args the details the message names, in the order its text uses them
 */
public record InputError(Kind kind, String location, List<String> args) {

  public InputError {
    args = List.copyOf(args);
  }

  public static InputError of(Kind kind, String location, String... args) {
    return new InputError(kind, location, List.of(args));
  }

  /** Kinds of input problem; each has a message in English and Chinese. */
  public enum Kind {
    /** args: reason. */
    UNREADABLE,
    /** args: none. */
    NOT_UTF8,
    /** args: none. */
    EMPTY,
    /** args: parser message, line, column. */
    SYNTAX,
    /** args: none. */
    NOT_AN_OBJECT,
    /** args: none. */
    NO_PROPOSALS_IN_FILE,
    /** args: extensions accepted. */
    UNKNOWN_EXTENSION,
    /** args: none. */
    NO_INPUT_FOUND,
    /** args: field. */
    REQUIRED,
    /** args: field, expected type, value found. */
    WRONG_TYPE,
    /** args: field, value, allowed values. */
    UNKNOWN_CODE,
    /** args: field, value, the fraction it probably means, the percent string. */
    RATE_ABOVE_ONE,
    /** args: field, value. */
    PERCENT_ABOVE_100,
    /** args: field, value. */
    NEGATIVE,
    /** args: field. */
    NOT_FINITE,
    /** args: field, value, units accepted. */
    BAD_QUANTITY,
    /** args: field, value. */
    NOT_WHOLE,
    /** args: field, value. */
    BAD_DATE,
    /** args: value. */
    SCHEMA_VERSION,
    /** args: date, earliest edition, its first day. */
    NO_TARGETS_IN_FORCE
  }
}

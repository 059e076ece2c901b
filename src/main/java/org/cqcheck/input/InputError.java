package org.cqcheck.input;

import java.util.List;

/**
 * One problem with an input file. The words are written by the report, in the reader's language,
 * from the kind and its arguments.
 *
 * @param kind what is wrong
 * @param location a JSON pointer to the field ("" for the whole document or file)
 * @param line the line of the field in the file, 1-based; 0 when unknown
 * @param column the column of the field in the file, 1-based; 0 when unknown
 * @param args the details the message names, in the order its text uses them
 */
public record InputError(Kind kind, String location, int line, int column, List<String> args) {

  /** The reason word for a directory given where a file is read (JSON Lines are one file). */
  public static final String IS_A_DIRECTORY = "isDirectory";

  /**
   * The reasons an UNREADABLE error names by a word of its own, which reports put in the reader's
   * language (message keys {@code reason.<word>}); any other reason is the operating system's text.
   */
  public static final java.util.Set<String> UNREADABLE_REASONS = java.util.Set.of(
      "noSuchFile", "accessDenied", IS_A_DIRECTORY);

  public InputError {
    args = List.copyOf(args);
  }

  public static InputError of(Kind kind, String location, String... args) {
    return new InputError(kind, location, 0, 0, List.of(args));
  }

  /**
   * The file (as a whole) could not be read: for the usual reasons a word that reports put in the
   * reader's language ({@link #UNREADABLE_REASONS}); otherwise what the operating system said.
   */
  public static InputError unreadable(Exception e) {
    String reason;
    if (e instanceof java.nio.file.NoSuchFileException) {
      reason = "noSuchFile";
    } else if (e instanceof java.nio.file.AccessDeniedException) {
      reason = "accessDenied";
    } else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      reason = f.getReason();
    } else {
      reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
    return of(Kind.UNREADABLE, "", reason);
  }

  /** This error, placed at a line and column of the file. */
  public InputError at(int line, int column) {
    return new InputError(kind, location, line, column, args);
  }

  /** This error with {@code prefix} before its location (a proposal's place in an array). */
  public InputError under(String prefix) {
    return new InputError(kind, prefix + location, line, column, args);
  }

  /** Kinds of input problem; each has a message in English and Chinese (messages_*.properties). */
  public enum Kind {
    /** args: reason (one of {@link #UNREADABLE_REASONS}, or the operating system's words). */
    UNREADABLE,
    /** args: size in bytes, the limit. */
    TOO_LARGE,
    /** args: none. */
    NOT_UTF8,
    /** args: none. */
    EMPTY,
    /** args: parser message. */
    SYNTAX,
    /**
     * args: what the file has there, what was expected (a word of the messages:
     * {@code expected.<word>}). A JSON syntax error the reader recognises.
     */
    SYNTAX_EXPECTED,
    /** args: line and column where the unclosed object or list starts. */
    TRUNCATED,
    /** args: none. */
    TRAILING_COMMA,
    /** args: none. */
    TAB_INDENT,
    /** args: field. */
    DUPLICATE_KEY,
    /** args: the limit that was exceeded, as the parser states it. */
    LIMIT_EXCEEDED,
    /** args: tag. */
    YAML_TAG,
    /** args: none. */
    YAML_ALIAS,
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
    /** args: field, expected type (a type word of the messages), value found. */
    WRONG_TYPE,
    /** args: field, value, allowed values. */
    UNKNOWN_CODE,
    /** args: field, value, allowed values, the closest allowed value. */
    UNKNOWN_CODE_SUGGESTION,
    /** args: field. A warning unless --strict. */
    UNKNOWN_FIELD,
    /** args: field, the closest known field. A warning unless --strict. */
    UNKNOWN_FIELD_SUGGESTION,
    /** args: field. UNKNOWN_FIELD as --strict reports it: an error. */
    UNKNOWN_FIELD_REFUSED,
    /** args: field, the closest known field. UNKNOWN_FIELD_SUGGESTION under --strict. */
    UNKNOWN_FIELD_SUGGESTION_REFUSED,
    /** args: field, value, the fraction it probably means, the percent string. */
    RATE_ABOVE_ONE,
    /** args: field, value. */
    BAD_RATE,
    /** args: field, value. */
    PERCENT_ABOVE_100,
    /** args: field, value. */
    NEGATIVE,
    /** args: field. */
    NOT_FINITE,
    /** args: field. */
    OUT_OF_RANGE,
    /** args: field, value, units accepted. */
    BAD_QUANTITY,
    /** args: field, value. */
    NOT_WHOLE,
    /** args: field, value. */
    BAD_DATE,
    /** args: field, value. Of the form YYYY-MM-DD, but not a day of the calendar (2014-02-30). */
    NO_SUCH_DAY,
    /** args: field, value, today. */
    FUTURE_DATE,
    /** args: value. */
    SCHEMA_VERSION,
    /** args: none. */
    CAPACITY_UNIT_MISSING,
    /** args: id, file that used it first. */
    DUPLICATE_ID,
    /** args: field, the validator's message. */
    SCHEMA,
    /** args: date, earliest edition, its first day. */
    NO_TARGETS_IN_FORCE,
    /**
     * args: the district as written. A warning: none of Chongqing's districts and counties under
     * any of their names (rules/districts.yaml), so no zone can hold the site.
     */
    UNKNOWN_DISTRICT,
    /** args: the district as written, the closest district's current name. A warning. */
    UNKNOWN_DISTRICT_SUGGESTION,
    /**
     * args: the district as written, the functional area it names. A warning: a new area or
     * development zone written where the district or county belongs.
     */
    DISTRICT_IS_AREA,
    /**
     * args: the kind as written, the kind accepted ({@code indicator-report}). A document whose
     * {@code kind} is not one cqcheck reads; a proposal has no kind.
     */
    UNKNOWN_KIND,
    /**
     * args: the accepted kind ({@code indicator-report}). A proposal (a document without
     * {@code kind}) given to a checker of indicator reports only ({@code cqcheck scorecard}).
     */
    NOT_AN_INDICATOR_REPORT,
    /** args: field. Of an indicator report. A warning unless --strict. */
    UNKNOWN_REPORT_FIELD,
    /** args: field, the closest known field. Of an indicator report. A warning unless --strict. */
    UNKNOWN_REPORT_FIELD_SUGGESTION,
    /** args: field. UNKNOWN_REPORT_FIELD as --strict reports it: an error. */
    UNKNOWN_REPORT_FIELD_REFUSED,
    /** args: field, the closest known field. UNKNOWN_REPORT_FIELD_SUGGESTION under --strict. */
    UNKNOWN_REPORT_FIELD_SUGGESTION_REFUSED,
    /** args: value. The schemaVersion of an indicator report. */
    REPORT_SCHEMA_VERSION,
    /** args: the key. A figure under a key that is not in the catalogue's indicator vocabulary. */
    UNKNOWN_INDICATOR,
    /** args: the key, the closest key of the vocabulary. */
    UNKNOWN_INDICATOR_SUGGESTION,
    /**
     * args: field, value, the indicator's unit kind (the catalogue's word: yuan, ratio, count...),
     * the units accepted. A value whose unit does not fit its indicator.
     */
    BAD_INDICATOR_UNIT,
    /** args: field, value. A share below 0% or above 100%. */
    SHARE_OUT_OF_RANGE,
    /** args: value. A report's span that is not two years YYYY-YYYY, the earlier first. */
    BAD_SPAN,
    /** args: value. A report's year outside 1900 to 2100. */
    BAD_YEAR,
    /**
     * args: year, span. A warning: the year of a report with a span is not the span's last year
     * (the year is that of the level figures, the span that of the cumulative ones).
     */
    YEAR_NOT_SPAN_END,
    /**
     * args: the report's year, the horizons the targets have. A warning: no aggregate target has
     * the report's year as its horizon, so none of its level figures is checked.
     */
    NO_TARGET_FOR_YEAR,
    /**
     * args: the report's span, the spans the targets have. A warning: no aggregate target is over
     * the report's span, so none of its cumulative or average figures is checked.
     */
    NO_TARGET_FOR_SPAN,
    /**
     * args: the report's region, the regions the targets are for. A warning: no aggregate target
     * is for the report's region (a district or park name as no rule writes it, say).
     */
    NO_TARGET_FOR_REGION,
    /** args: the indicator report's id, where it was first seen in the run. */
    DUPLICATE_REPORT_ID
  }
}

package org.cqcheck.input;

import java.time.Clock;
import org.cqcheck.internal.input.ProposalFile;

/**
 * How input is read.
 *
 * @param strict unknown fields are errors, not warnings
 * @param maxFileBytes files larger than this are refused unread
 * @param clock today's date, for refusing submission dates in the future
 * @param fieldPositions whether to record where each field of a valid proposal is (its line and
 *     column, {@link ProposalFile.Entry#positions}), for reports that point findings at lines;
 *     errors name their lines either way. Recording costs about a tenth of reading a file.
 */
public record InputOptions(boolean strict, long maxFileBytes, Clock clock, boolean fieldPositions) {

  /** Options that record where each field is. */
  public InputOptions(boolean strict, long maxFileBytes, Clock clock) {
    this(strict, maxFileBytes, clock, true);
  }

  /** 10 MiB: a proposal is a few KiB; anything near this is not a proposal. */
  public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

  /** Nesting deeper than this is refused; a proposal is four levels deep. */
  public static final int MAX_DEPTH = 32;
  /** Longer strings are refused (titles and names are short). */
  public static final int MAX_STRING_LENGTH = 64 * 1024;
  /** Longer numbers are refused (a yuan figure has at most 20 digits). */
  public static final int MAX_NUMBER_LENGTH = 64;

  public static InputOptions defaults() {
    return new InputOptions(false, DEFAULT_MAX_FILE_BYTES, Clock.systemDefaultZone());
  }

  public InputOptions withStrict(boolean strict) {
    return new InputOptions(strict, maxFileBytes, clock, fieldPositions);
  }

  public InputOptions withMaxFileBytes(long maxFileBytes) {
    return new InputOptions(strict, maxFileBytes, clock, fieldPositions);
  }

  public InputOptions withClock(Clock clock) {
    return new InputOptions(strict, maxFileBytes, clock, fieldPositions);
  }

  public InputOptions withFieldPositions(boolean fieldPositions) {
    return new InputOptions(strict, maxFileBytes, clock, fieldPositions);
  }
}

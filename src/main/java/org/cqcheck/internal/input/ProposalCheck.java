package org.cqcheck.internal.input;

import java.util.List;
import org.cqcheck.input.InputError;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.Proposal;

/**
 * A check of a proposal that was read and mapped against reference data the reader does not hold,
 * such as the district names of the rule data: its warnings, each located by a JSON pointer
 * within the proposal ("/location/district"), which the reader turns into a line and column. A
 * warning never keeps a proposal from being checked.
 */
@FunctionalInterface
public interface ProposalCheck {

  /** A check that finds nothing. */
  ProposalCheck NONE = proposal -> List.of();

  List<InputError> warnings(Proposal proposal);

  /**
   * Whether proposals are read: false for a checker of indicator reports alone, whose reader
   * refuses a proposal (an error, {@code NOT_AN_INDICATOR_REPORT}) without validating it.
   */
  default boolean readsProposals() {
    return true;
  }

  /**
   * Called when the reader finds a proposal, before it validates and maps it: a checker starts
   * building the rules it will be checked against, on a thread of its own, while the reader goes
   * on.
   */
  default void proposalFound() {}

  /**
   * Called when the reader finds an indicator report, before it validates and maps it: a checker
   * starts building what the report will be checked against, on a thread of its own, while the
   * reader goes on.
   *
   * @param heading the report's region, year and span as written, not yet validated, without its
   *     figures; null when they cannot be read
   */
  default void reportFound(IndicatorReport heading) {}

  /**
   * Warnings on an indicator report read without error, beside those of its format (a year no
   * target looks to); each at its JSON pointer, which the reader places at its line.
   */
  default List<InputError> warnings(IndicatorReport report) {
    return List.of();
  }
}

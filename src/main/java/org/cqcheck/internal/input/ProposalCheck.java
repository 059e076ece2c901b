package org.cqcheck.internal.input;

import java.util.List;
import org.cqcheck.input.InputError;
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
}

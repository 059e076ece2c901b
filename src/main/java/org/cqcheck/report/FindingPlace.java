package org.cqcheck.report;

import java.util.Optional;
import org.cqcheck.engine.Finding;
import org.cqcheck.input.Position;
import org.cqcheck.model.Field;

/** Where in the proposal's file a finding points: the first input of its metric that is there. */
final class FindingPlace {

  private FindingPlace() {}

  static Optional<Position> of(CheckResult result, Finding finding) {
    if (finding.metric() == null) {
      // A scope left undecided for want of a subsector: the subsector belongs beside the sector.
      return finding.missingFields().contains(Finding.SUBSECTOR)
          ? result.positionOf("sector") : Optional.empty();
    }
    for (Field field : finding.metric().inputs()) {
      Optional<Position> at = result.positionOf(field.path());
      if (at.isPresent()) {
        return at;
      }
    }
    return Optional.empty();
  }
}

package org.cqcheck.report;

import java.util.Optional;
import org.cqcheck.engine.Finding;
import org.cqcheck.input.Position;
import org.cqcheck.model.Field;

/**
 * Where in the input file a finding points: for a proposal's, the first input of its metric that
 * is there; for an aggregate target's, the report's figure under its indicator key
 * ({@code figures.<key>}), or, when the report has none, the nearest enclosing field that is there
 * (the {@code figures} map).
 */
final class FindingPlace {

  private FindingPlace() {}

  static Optional<Position> of(CheckResult result, Finding finding) {
    if (finding.rule().isTarget()) {
      return result.positionOf("figures." + finding.rule().target().orElseThrow().indicator());
    }
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

package org.cqcheck.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cqcheck.engine.Status;
import org.cqcheck.engine.ZoneTable;
import org.cqcheck.model.Proposal;

/**
 * The floor as the first benchmarks measured it: the catalogue's targets evaluated by a loop over {@link
 * Targets#ALL}, no rule engine, and a status for each, no finding. Kept to compare with those
 * figures; cqcheck records findings with their figures, which {@link PlainJavaEvaluator} does too.
 */
public final class PlainStatusEvaluator implements StatusEvaluator {

  private final ZoneTable zones;

  public PlainStatusEvaluator(ZoneTable zones) {
    this.zones = zones;
  }

  @Override
  public Map<String, Status> evaluate(Proposal proposal, LocalDate asOf) {
    Targets.Input in = new Targets.Input(proposal, zones.zonesOf(proposal));
    Map<String, Status> statuses = new LinkedHashMap<>();
    for (Targets.Target t : Targets.inForceOn(asOf)) {
      statuses.put(t.id(), t.status(in));
    }
    return statuses;
  }
}

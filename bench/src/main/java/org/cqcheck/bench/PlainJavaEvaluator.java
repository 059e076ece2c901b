package org.cqcheck.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cqcheck.engine.RuleBase;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.engine.ZoneTable;
import org.cqcheck.model.Proposal;

/**
 * The floor: the catalogue's targets evaluated by a loop over {@link Targets#ALL}, no rule engine, each
 * recording the finding cqcheck records ({@link Requirement}). The rules' metadata (severity,
 * clause, quote) is read from cqcheck's rule base; its engine is not used.
 */
public final class PlainJavaEvaluator implements TargetEvaluator {

  private final ZoneTable zones;
  private final Map<String, RuleInfo> rules = new LinkedHashMap<>();

  public PlainJavaEvaluator(RuleBase ruleBase) {
    this.zones = ruleBase.zones();
    ruleBase.rules().forEach(r -> rules.put(r.id(), r));
  }

  @Override
  public Map<String, Outcome> evaluate(Proposal proposal, LocalDate asOf) {
    Targets.Input in = new Targets.Input(proposal, zones.zonesOf(proposal));
    Map<String, Outcome> findings = new LinkedHashMap<>();
    for (Targets.Target t : Targets.inForceOn(asOf)) {
      RuleInfo rule = rules.get(t.id());
      findings.put(t.id(), t.finding(rule, in));
    }
    return findings;
  }
}

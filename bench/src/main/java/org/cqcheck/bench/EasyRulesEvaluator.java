package org.cqcheck.bench;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cqcheck.engine.RuleBase;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.engine.ZoneTable;
import org.cqcheck.model.Proposal;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The catalogue's targets as Easy Rules (org.jeasy:easy-rules-core 4.1.0) rules, what a Java developer might
 * pick instead of Drools: each rule fires when its target is in force and records its finding
 * ({@link Requirement}, the finding cqcheck records).
 */
public final class EasyRulesEvaluator implements TargetEvaluator {

  private final ZoneTable zones;
  private final Rules rules = new Rules();
  private final RulesEngine engine = new DefaultRulesEngine();

  public EasyRulesEvaluator(RuleBase ruleBase) {
    this.zones = ruleBase.zones();
    int priority = 0;
    for (Targets.Target t : Targets.ALL) {
      RuleInfo rule = ruleBase.rule(t.id()).orElseThrow();
      rules.register(new RuleBuilder()
          .name(t.id())
          .priority(priority++)
          .when(facts -> inForce(t, facts.get("asOf"), facts.get("superseded")))
          .then(facts -> {
            Targets.Input in = facts.get("input");
            Map<String, Outcome> out = facts.get("findings");
            out.put(t.id(), t.finding(rule, in));
          })
          .build());
    }
  }

  private static boolean inForce(Targets.Target t, LocalDate asOf, Set<String> superseded) {
    return !t.from().isAfter(asOf) && !superseded.contains(t.id());
  }

  @Override
  public Map<String, Outcome> evaluate(Proposal proposal, LocalDate asOf) {
    Set<String> superseded = new HashSet<>();
    for (Targets.Target t : Targets.ALL) {
      if (!t.from().isAfter(asOf) && t.supersedes() != null) {
        superseded.add(t.supersedes());
      }
    }
    Facts facts = new Facts();
    Map<String, Outcome> findings = new TreeMap<>();
    facts.put("input", new Targets.Input(proposal, zones.zonesOf(proposal)));
    facts.put("asOf", asOf);
    facts.put("superseded", superseded);
    facts.put("findings", findings);
    engine.fire(rules, facts);
    return findings;
  }
}

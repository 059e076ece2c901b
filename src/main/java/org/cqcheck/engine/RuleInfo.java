package org.cqcheck.engine;

import java.util.List;
import java.util.Optional;
import org.cqcheck.model.Proposal;
import org.cqcheck.model.Sector;

/**
 * What a rule's DRL metadata says about it: where the target comes from and how much a miss
 * weighs. Read from the compiled rule base, never repeated in Java.
 *
 * @param id the target's id, which is also the DRL rule name
 * @param edition the code of the edition that sets the target
 * @param severity how a miss counts; null for an aggregate target, which has none (its findings
 *     count in a scorecard's verdict by status alone)
 * @param document the seed document the quote is taken from
 * @param clause the clause of the document, as the document numbers it
 * @param quote the words of the document, verbatim; a finding cites {@code Finding.quote()},
 *     which for CQ2012-ZONE-FIT is the sentence of the site's own zones instead
 * @param supersedes the id of the earlier target on the same metric this one replaces, if any
 * @param scopeEn which proposals the rule covers, in English
 * @param scopeZh which proposals the rule covers, in Chinese
 * @param waivable whether a configuration may waive the rule ({@code @waivable("false")} says not)
 * @param needsSubsector the sectors whose projects must state their subsector for the rule to be
 *     decided ({@code @needsSubsector("materials, energy")}): a project of one of them without a
 *     subsector is MISSING_DATA naming {@code subsector}, so that leaving it out cannot switch a
 *     rule off; empty for most rules
 * @param requirement what the rule requires ({@code @requires}); empty for a rule pack's rule
 *     written without it, whose consequence states it in a call of its own
 * @param horizon for an aggregate target (the scorecard), its horizon year or span and its region
 *     ({@code @horizon}, {@code @span}, {@code @region}); empty for a project-level rule
 * @param target for an aggregate target, what it requires of the report's figure
 *     ({@code @requires("industry.grossOutputValueYuan > 3000000000000")}); empty for a
 *     project-level rule
 */
public record RuleInfo(
    String id,
    String edition,
    Severity severity,
    String document,
    String clause,
    String quote,
    Optional<String> supersedes,
    String scopeEn,
    String scopeZh,
    boolean waivable,
    List<Sector> needsSubsector,
    Optional<Requirement> requirement,
    Optional<Horizon> horizon,
    Optional<Target> target) {

  public RuleInfo {
    needsSubsector = List.copyOf(needsSubsector);
  }

  /**
   * Whether {@code proposal} is of a sector whose subsector decides this rule's scope, and states
   * none.
   */
  public boolean undecidedFor(Proposal proposal) {
    return proposal.subsector() == null && needsSubsector.contains(proposal.sector());
  }

  /** This rule with another severity, as a configuration overrides it. */
  public RuleInfo withSeverity(Severity overridden) {
    return new RuleInfo(id, edition, overridden, document, clause, quote, supersedes, scopeEn,
        scopeZh, waivable, needsSubsector, requirement, horizon, target);
  }

  /** Whether this is an aggregate target, checked against indicator reports. */
  public boolean isTarget() {
    return target.isPresent();
  }

  public String scope(boolean chinese) {
    return chinese ? scopeZh : scopeEn;
  }
}

package org.cqcheck.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cqcheck.internal.Lazily;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.Proposal;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.conf.DirectFiringOption;

/**
 * Runs the compiled rules over proposals: the built-in rules' KieBase and one per rule pack, each
 * with its pool of sessions, and reads the findings back in the catalogue's id order. Immutable
 * and safe to share between threads; each check runs in a stateless session of its own, taken
 * from a pool and reset after it.
 */
final class RuleEvaluator {

  /** The global through which a rule's consequence records findings. */
  static final String FINDINGS_GLOBAL = "findings";
  /** The global through which a rule reads the zones of a proposal's site (rules/cq2012.drl). */
  static final String ZONE_TABLE_GLOBAL = "zoneTable";
  static final String TARGETS_GLOBAL = "targets";

  /** Each made (its KieBase built, for the built-in rules) when first run. */
  private final List<Lazily<Engine>> engines;
  /**
   * The groups of aggregate targets, each list made when first asked for (the built-in targets'
   * model is not even instantiated until then), each group's KieBase when a report needs it.
   */
  private final List<Lazily<List<TargetGroup>>> targetGroups;

  private RuleEvaluator(List<Lazily<Engine>> engines,
      List<Lazily<List<TargetGroup>>> targetGroups) {
    this.engines = List.copyOf(engines);
    this.targetGroups = List.copyOf(targetGroups);
  }


  /**
   * The evaluator of one KieBase.
   *
   * @param builtIn whether these are the built-in rules, which are run in sequential mode and
   *     fired directly: each rule's matches fire as the rule is reached, without the agenda's
   *     ordering by salience, which they do not use (they record findings by rule id, in any
   *     order, and change no fact); a check costs about a seventh less (measured on 2026-11-29:
   *     {@code git show 454798f:bench/RESULTS.md}). A rule pack may use salience, agenda groups
   *     or modify facts, and is run as Drools runs any KieBase.
   */
  static RuleEvaluator of(KieBase base, boolean builtIn) {
    Engine engine = Engine.of(base, builtIn);
    return new RuleEvaluator(List.of(Lazily.done(engine)),
        engine.declaresTargets() ? List.of(Lazily.done(List.of(TargetGroup.always("rule pack",
            Lazily.done(TargetGroup.Base.of(base)))))) : List.of());
  }

  /**
   * The evaluator of the built-in project rules, whose KieBase {@code build} makes when first
   * needed: by the first check, or by {@link #build} on a thread started for it. The KieBase holds
   * no aggregate target (they are in a base of their own, {@link #plusTargets}).
   */
  static RuleEvaluator ofBuiltIn(java.util.function.Supplier<KieBase> build) {
    return new RuleEvaluator(List.of(Lazily.of(() -> Engine.of(build.get(), true))), List.of());
  }

  /** The evaluator of aggregate targets alone: no project rule, {@code groups} for reports. */
  static RuleEvaluator ofTargets(Lazily<List<TargetGroup>> groups) {
    return new RuleEvaluator(List.of(), List.of(groups));
  }

  /** Builds now, on this thread, the engines not yet built; the targets' bases stay unbuilt. */
  void build() {
    engines.forEach(Lazily::get);
  }

  /** These engines, and groups of aggregate targets, made when first needed. */
  RuleEvaluator plusTargets(Lazily<List<TargetGroup>> groups) {
    List<Lazily<List<TargetGroup>>> all = new ArrayList<>(targetGroups);
    all.add(groups);
    return new RuleEvaluator(engines, all);
  }

  /** These rules and a pack's, each KieBase run in turn. */
  RuleEvaluator plus(RuleEvaluator pack) {
    List<Lazily<Engine>> both = new ArrayList<>(engines);
    both.addAll(pack.engines);
    List<Lazily<List<TargetGroup>>> targets = new ArrayList<>(targetGroups);
    targets.addAll(pack.targetGroups);
    return new RuleEvaluator(both, targets);
  }

  /** See {@link RuleBase#evaluateAll}. */
  List<List<Finding>> evaluateAll(RuleCatalogue catalogue, ZoneTable zones,
      List<Proposal> proposals, List<LocalDate> asOf) {
    if (proposals.size() != asOf.size()) {
      throw new IllegalArgumentException(proposals.size() + " proposals but " + asOf.size()
          + " dates");
    }
    List<RuleCatalogue.InForce> inForce = new ArrayList<>(proposals.size());
    Map<Proposal, FindingRecorder.Sheet> sheets = new IdentityHashMap<>(proposals.size() * 2);
    List<Proposal> toCheck = new ArrayList<>(proposals.size());
    for (int i = 0; i < proposals.size(); i++) {
      RuleCatalogue.InForce now = catalogue.inForce(asOf.get(i));
      inForce.add(now);
      if (now.rules().isEmpty()) {
        continue;
      }
      if (sheets.put(proposals.get(i), new FindingRecorder.Sheet(now)) != null) {
        // The same proposal twice (perhaps with two dates): one recorder cannot tell the two
        // apart, so each is checked on its own.
        List<List<Finding>> each = new ArrayList<>(proposals.size());
        for (int j = 0; j < proposals.size(); j++) {
          each.add(evaluateAll(catalogue, zones, List.of(proposals.get(j)), List.of(asOf.get(j)))
              .get(0));
        }
        return each;
      }
      toCheck.add(proposals.get(i));
    }
    FindingRecorder recorder = new FindingRecorder(catalogue.indexed(), sheets);
    if (!toCheck.isEmpty()) {
      for (Lazily<Engine> engine : engines) {
        engine.get().run(recorder, toCheck, zones);
      }
    }
    List<List<Finding>> all = new ArrayList<>(proposals.size());
    for (int i = 0; i < proposals.size(); i++) {
      RuleCatalogue.InForce rulesInForce = inForce.get(i);
      FindingRecorder.Sheet sheet = sheets.get(proposals.get(i));
      Finding[] findings = new Finding[rulesInForce.indices().length];
      for (int r = 0; r < findings.length; r++) {
        Finding finding = sheet == null ? null : sheet.finding(rulesInForce.indices()[r]);
        if (finding == null) {
          Finding notApplicable = rulesInForce.notApplicable().get(r);
          // The rule did not match; but whether it applies may turn on the subsector left out.
          finding = notApplicable.rule().undecidedFor(proposals.get(i))
              ? Finding.subsectorMissing(notApplicable.rule())
              : notApplicable;
        }
        findings[r] = finding;
      }
      all.add(List.of(findings));
    }
    return all;
  }

  /**
   * Every aggregate target of the catalogue for one indicator report, in id order: those whose
   * rule matched it, met, missed, undecided or without a figure; the others NOT_APPLICABLE with
   * the reason.
   */
  List<Finding> evaluateReport(RuleCatalogue catalogue, IndicatorReport report) {
    TargetRecorder recorder = new TargetRecorder(catalogue, report);
    for (Lazily<List<TargetGroup>> groups : targetGroups) {
      for (TargetGroup group : groups.get()) {
        if (group.mayApplyTo(report)) {
          StatelessKieSession session = group.base().get().pool().newStatelessKieSession();
          session.setGlobal(TARGETS_GLOBAL, recorder);
          session.execute(List.of(report));
        }
      }
    }
    List<Finding> all = new ArrayList<>();
    for (RuleInfo target : catalogue.targets()) {
      Finding fired = recorder.findings().get(target.id());
      if (fired != null) {
        all.add(fired);
        continue;
      }
      java.util.Optional<NotApplicable> reason = target.horizon().orElseThrow()
          .exclusionOf(report);
      if (reason.isEmpty()) {
        throw new RuleSetException("target " + target.id() + " did not match the report "
            + report.id() + " although its @horizon, @span and @region ("
            + target.horizon().orElseThrow() + ") cover it: its when part and its metadata"
            + " disagree");
      }
      all.add(progressOrNot(target, report, reason.get()));
    }
    return all;
  }

  /**
   * A target not applicable to the report; for a target of a later year whose figure the report
   * gives, toward a threshold to reach (≥ or >), with the share of it reached, as information.
   */
  private static Finding progressOrNot(RuleInfo target, IndicatorReport report,
      NotApplicable reason) {
    Horizon horizon = target.horizon().orElseThrow();
    Target wanted = target.target().orElseThrow();
    if (reason == NotApplicable.OTHER_YEAR && report.year() < horizon.to()
        && (wanted.comparator() == Comparator.AT_LEAST
            || wanted.comparator() == Comparator.GREATER_THAN)
        && wanted.threshold().signum() > 0) {
      org.cqcheck.model.ReportedFigure figure = report.figures().get(wanted.indicator());
      if (figure != null) {
        return Finding.progress(target, new Evidence.Progress(wanted.indicator(), figure,
            wanted.threshold()));
      }
    }
    return Finding.notApplicable(target, reason);
  }

  /** See {@link RuleBase#matchesOf}. */
  List<String> matchesOf(RuleCatalogue catalogue, ZoneTable zones, Proposal proposal,
      LocalDate asOf) {
    Map<Proposal, FindingRecorder.Sheet> sheets = new IdentityHashMap<>();
    sheets.put(proposal, new FindingRecorder.Sheet(catalogue.inForce(asOf)));
    StatelessKieSession session = engines.get(0).get().base().newStatelessKieSession();
    List<String> matched = new ArrayList<>();
    session.addEventListener(new DefaultAgendaEventListener() {
      @Override
      public void matchCreated(MatchCreatedEvent event) {
        matched.add(event.getMatch().getRule().getName());
      }
    });
    session.setGlobal(FINDINGS_GLOBAL, new FindingRecorder(catalogue.indexed(), sheets));
    session.setGlobal(ZONE_TABLE_GLOBAL, zones);
    session.execute(List.of(proposal));
    return matched;
  }

  /** Whether each KieBase checks a batch of proposals in one session, in order: for tests. */
  List<Boolean> batchable() {
    return engines.stream().map(Lazily::get).filter(Engine::declaresFindings)
        .map(Engine::batchable).toList();
  }

  /** The first KieBase (the built-in rules, when loaded with them): for tests. */
  KieBase firstBase() {
    return engines.get(0).get().base();
  }

  /**
   * How a KieBase is run: its pool of sessions (reset and reused rather than built for every
   * check) and their configuration, and how proposals go in.
   *
   * @param batchable whether every rule reads one proposal from working memory and nothing else
   *     (other facts only through {@code from}), so that proposals checked in one session cannot
   *     meet in a rule; a rule pack written otherwise, say joining a proposal with the zones fact,
   *     gets a session per proposal with its zones inserted beside it
   * @param readsZoneTable whether its rules declare the {@code zoneTable} global
   */
  private record Engine(KieBase base, KieSessionsPool pool, KieSessionConfiguration sessions,
      boolean batchable, boolean readsZoneTable, boolean declaresFindings,
      boolean declaresTargets) {

    static Engine of(KieBase base, boolean builtIn) {
      boolean batchable = base.getKiePackages().stream()
          .flatMap(p -> p.getRules().stream())
          .filter(r -> !RuleCatalogue.isTarget(r))
          .allMatch(DroolsInternals::readsOneProposal);
      boolean readsZoneTable = base.getKiePackages().stream()
          .flatMap(p -> p.getGlobalVariables().stream())
          .anyMatch(g -> g.getName().equals(ZONE_TABLE_GLOBAL));
      boolean declaresFindings = base.getKiePackages().stream()
          .flatMap(p -> p.getGlobalVariables().stream())
          .anyMatch(g -> g.getName().equals(FINDINGS_GLOBAL));
      boolean declaresTargets = base.getKiePackages().stream()
          .flatMap(p -> p.getGlobalVariables().stream())
          .anyMatch(g -> g.getName().equals(TARGETS_GLOBAL));
      KieSessionConfiguration sessions = KieServices.get().newKieSessionConfiguration();
      if (builtIn) {
        sessions.setOption(DirectFiringOption.YES);
      }
      return new Engine(base, base.newKieSessionsPool(Runtime.getRuntime().availableProcessors()),
          sessions, batchable, readsZoneTable, declaresFindings, declaresTargets);
    }

    /** Stateless sessions: the facts go in, every rule whose conditions hold fires once. */
    void run(FindingRecorder recorder, List<Proposal> proposals, ZoneTable zones) {
      if (!declaresFindings) {
        // A rule pack of aggregate targets only: nothing in it reads a proposal.
        return;
      }
      if (batchable) {
        session(recorder, zones).execute(proposals);
        return;
      }
      for (Proposal proposal : proposals) {
        session(recorder, zones).execute(List.of(proposal, zones.zonesOf(proposal)));
      }
    }

    private StatelessKieSession session(FindingRecorder recorder, ZoneTable zones) {
      StatelessKieSession session = pool.newStatelessKieSession(sessions);
      session.setGlobal(FINDINGS_GLOBAL, recorder);
      if (readsZoneTable) {
        session.setGlobal(ZONE_TABLE_GLOBAL, zones);
      }
      return session;
    }
  }
}

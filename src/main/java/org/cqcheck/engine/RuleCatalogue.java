package org.cqcheck.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.cqcheck.internal.Lazily;
import org.kie.api.definition.rule.Rule;

/**
 * What the rules say about themselves, read from their DRL metadata as they load and checked
 * then: every rule's id, edition, severity, requirement and supersession, in id order; the
 * editions; and which rules are in force on a date. Rules, {@code explain}, the recorder, the tests
 * and the docs all read it; nothing repeats it. Immutable and safe to share between threads.
 */
public final class RuleCatalogue {

  private static final List<String> REQUIRED_METADATA =
      List.of("edition", "severity", "document", "clause", "quote", "supersedes", "scope", "scopeZh");

  private static final List<String> REQUIRED_TARGET_METADATA =
      List.of("edition", "document", "clause", "quote", "requires", "region");

  private final Map<String, RuleInfo> rules;
  /** The aggregate targets by id, read when first asked for. */
  private final Lazily<Map<String, RuleInfo>> targets;
  private final List<Edition> editions;
  /** Rules a configuration disabled: never in force. */
  private final Set<String> disabled;
  /** Every rule, by id, with its place in id order, which findings are kept by. */
  private final Map<String, RuleBase.Indexed> indexed;
  /** When each rule can be in force, by id. */
  private final Map<String, InForceWindow> windows;
  /** The first day of each edition, by code; the first listed when two share a code. */
  private final Map<String, LocalDate> editionStart;
  /** The days the rules in force change: the editions' starts, latest first. */
  private final List<LocalDate> editionStarts;
  /**
   * The rules in force, by the start of the latest edition in force (which decides them): asked on
   * every check, and proposals carry as many submission dates as there are days.
   */
  private final ConcurrentMap<LocalDate, InForce> inForceByEditionStart =
      new ConcurrentHashMap<>();

  /**
   * The rules in force on a date: as a list in id order, and by their places in id order (a mask
   * to test, the places in order to read findings back); the finding of each when it does not
   * apply (findings are immutable: one serves every proposal it fits); and the codes of the
   * editions started, which {@link InForceWindow#openOn} reads.
   */
  record InForce(List<RuleInfo> rules, boolean[] byIndex, int[] indices,
      List<Finding> notApplicable, Set<String> editionsStarted) {}

  private RuleCatalogue(Map<String, RuleInfo> rules, Lazily<Map<String, RuleInfo>> targets,
      List<Edition> editions, Set<String> disabled) {
    this.rules = rules;
    this.targets = targets;
    this.editions = List.copyOf(editions);
    this.disabled = Set.copyOf(disabled);
    Map<String, RuleBase.Indexed> places = new HashMap<>();
    Map<String, String> editionOf = new HashMap<>();
    Map<String, String> supersedesOf = new HashMap<>();
    for (RuleInfo rule : rules.values()) {
      places.put(rule.id(), new RuleBase.Indexed(places.size(), rule));
      editionOf.put(rule.id(), rule.edition());
      rule.supersedes().ifPresent(old -> supersedesOf.put(rule.id(), old));
    }
    this.indexed = places;
    this.windows = InForceWindow.of(editionOf, supersedesOf);
    Map<String, LocalDate> starts = new HashMap<>();
    editions.forEach(e -> starts.putIfAbsent(e.code(), e.inForceFrom()));
    this.editionStart = starts;
    this.editionStarts = editions.stream().map(Edition::inForceFrom).distinct()
        .sorted(Comparator.reverseOrder()).toList();
  }

  /**
   * The catalogue of {@code kieRules}, checked: every rule has the metadata every rule needs, a
   * known severity, edition, sectors and requirement, an id of its own, and supersedes only a rule
   * that exists.
   *
   * @param editions the editions the rules may name
   * @param own the editions the catalogue lists as its own (those a rule pack brings)
   * @param drl the rules' sources, which name a rule's file in messages
   * @throws RuleSetException when a rule's metadata is incomplete or wrong, or no rule is given
   */
  static RuleCatalogue of(Collection<? extends Rule> kieRules, List<Edition> editions,
      List<Edition> own, RuleSources drl) {
    List<Rule> sorted = kieRules.stream().map(Rule.class::cast)
        .sorted(Comparator.comparing(Rule::getName))
        .toList();
    if (sorted.isEmpty()) {
      throw new RuleSetException("the rule base 'cqcheck' holds no rules;"
          + " the executable model was not found on the class path");
    }
    Set<String> editionCodes = editions.stream().map(Edition::code).collect(Collectors.toSet());
    Map<String, RuleInfo> catalogue = new LinkedHashMap<>();
    Map<String, RuleInfo> targets = new LinkedHashMap<>();
    for (Rule rule : sorted) {
      RuleInfo info = isTarget(rule) ? targetInfo(rule, drl) : info(rule, drl);
      if (!editionCodes.contains(info.edition())) {
        throw drl.problem(rule.getName(), "rule " + rule.getName()
            + " names edition " + info.edition() + ", which editions.yaml does not list");
      }
      if (catalogue.containsKey(info.id()) || targets.containsKey(info.id())
          || (info.isTarget() ? targets : catalogue).put(info.id(), info) != null) {
        throw drl.problem(rule.getName(), "two rules share the id " + info.id());
      }
    }
    catalogue.values().forEach(r -> r.supersedes().ifPresent(old -> {
      if (!catalogue.containsKey(old)) {
        throw new RuleSetException("rule " + r.id() + " supersedes " + old + ", which is not a rule");
      }
    }));
    return new RuleCatalogue(catalogue, Lazily.done(targets), own, Set.of());
  }

  /**
   * A catalogue of aggregate targets alone: the editions, no project-level rule, and the targets
   * of {@code targetRules}, read when first asked for and checked as {@link #withTargetsOf} does.
   */
  static RuleCatalogue ofTargets(List<Edition> editions,
      java.util.function.Supplier<List<Rule>> targetRules, RuleSources drl) {
    return new RuleCatalogue(Map.of(), Lazily.done(Map.of()), editions, Set.of())
        .withTargetsOf(targetRules, drl);
  }

  /**
   * This catalogue, with the aggregate targets of {@code targetRules} (compiled rules, or their
   * executable model's) read when first asked for: a run over proposals never asks.
   */
  RuleCatalogue withTargetsOf(java.util.function.Supplier<List<Rule>> targetRules,
      RuleSources drl) {
    Set<String> editionCodes = editions.stream().map(Edition::code).collect(Collectors.toSet());
    Map<String, RuleInfo> projectRules = rules;
    return new RuleCatalogue(rules, Lazily.of(() -> {
      Map<String, RuleInfo> read = new LinkedHashMap<>();
      for (Rule rule : targetRules.get().stream()
          .sorted(Comparator.comparing(Rule::getName)).toList()) {
        RuleInfo info = targetInfo(rule, drl);
        if (!editionCodes.contains(info.edition())) {
          throw drl.problem(rule.getName(), "rule " + rule.getName()
              + " names edition " + info.edition() + ", which editions.yaml does not list");
        }
        if (projectRules.containsKey(info.id()) || read.put(info.id(), info) != null) {
          throw drl.problem(rule.getName(), "two rules share the id " + info.id());
        }
      }
      return read;
    }), editions, disabled);
  }

  /**
   * Whether a compiled rule is an aggregate target (it states a {@code @horizon} or a
   * {@code @span}) rather than a project-level rule.
   */
  static boolean isTarget(Rule rule) {
    return rule.getMetaData().containsKey("horizon") || rule.getMetaData().containsKey("span");
  }

  /**
   * Each rule's window in force, by name, from its raw metadata: for the network, which is built
   * before the catalogue is checked (the editions are read meanwhile on another thread).
   */
  static Map<String, InForceWindow> windowsOf(Collection<? extends Rule> kieRules) {
    Map<String, String> editionOf = new HashMap<>();
    Map<String, String> supersedesOf = new HashMap<>();
    for (Rule rule : kieRules) {
      editionOf.put(rule.getName(), metadata(rule, "edition"));
      supersedesOf.put(rule.getName(), metadata(rule, "supersedes"));
    }
    return InForceWindow.of(editionOf, supersedesOf);
  }

  /**
   * This catalogue with some rules' severities overridden and some rules disabled, as a team's
   * configuration says.
   */
  RuleCatalogue configured(Map<String, Severity> severities, Set<String> disabledRules) {
    if (severities.isEmpty() && disabledRules.equals(disabled)) {
      return this;
    }
    Map<String, RuleInfo> configured = new LinkedHashMap<>();
    rules.forEach((id, rule) -> configured.put(id,
        severities.containsKey(id) ? rule.withSeverity(severities.get(id)) : rule));
    return new RuleCatalogue(configured, targets, editions, disabledRules);
  }

  /**
   * These rules and a pack's, in one id order.
   *
   * @param fileOf names a pack rule's file in the message when its id is taken
   * @throws RuleSetException when a rule id is in both
   */
  RuleCatalogue plus(RuleCatalogue pack, java.util.function.Function<String, String> fileOf) {
    Map<String, RuleInfo> both = new TreeMap<>(rules);
    Map<String, RuleInfo> bothTargets = new TreeMap<>(targets.get());
    for (RuleInfo r : pack.rules.values()) {
      if (bothTargets.containsKey(r.id()) || both.put(r.id(), r) != null) {
        throw new RuleSetException(fileOf.apply(r.id()), 0, "rule " + r.id()
            + " has the id of a rule already loaded; ids must be unique");
      }
    }
    for (RuleInfo r : pack.targets.get().values()) {
      if (both.containsKey(r.id()) || bothTargets.put(r.id(), r) != null) {
        throw new RuleSetException(fileOf.apply(r.id()), 0, "rule " + r.id()
            + " has the id of a rule already loaded; ids must be unique");
      }
    }
    List<Edition> allEditions = new ArrayList<>(editions);
    allEditions.addAll(pack.editions);
    return new RuleCatalogue(new LinkedHashMap<>(both),
        Lazily.done(new LinkedHashMap<>(bothTargets)), allEditions, disabled);
  }

  /** Every rule, ordered by id. */
  public List<RuleInfo> rules() {
    return List.copyOf(rules.values());
  }

  /** How many rules there are. */
  public int size() {
    return rules.size();
  }

  /**
   * The aggregate targets, checked against indicator reports (a scorecard), in id order. They are
   * not among {@link #rules()}, which a proposal is checked against.
   */
  public List<RuleInfo> targets() {
    return List.copyOf(targets.get().values());
  }

  /**
   * What the targets look to, for the notes on a report none of them reads: the horizon years,
   * the spans and the regions. Gathered once.
   *
   * @param years the horizon years of the targets of a year
   * @param spans the spans of the targets over a span, as {@code YYYY-YYYY}
   * @param horizons one horizon of each region the targets are for
   */
  public record Reach(java.util.SortedSet<Integer> years, java.util.SortedSet<String> spans,
      List<Horizon> horizons) {}

  private final Lazily<Reach> reach = Lazily.of(() -> {
    java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
    java.util.SortedSet<String> spans = new java.util.TreeSet<>();
    Map<String, Horizon> byRegion = new TreeMap<>();
    for (RuleInfo target : targets()) {
      Horizon h = target.horizon().orElseThrow();
      if (h.span()) {
        spans.add(h.from() + "-" + h.to());
      } else {
        years.add(h.to());
      }
      byRegion.putIfAbsent(h.region(), h);
    }
    return new Reach(java.util.Collections.unmodifiableSortedSet(years),
        java.util.Collections.unmodifiableSortedSet(spans), List.copyOf(byRegion.values()));
  });

  /** What the aggregate targets look to: their years, spans and regions. */
  public Reach reach() {
    return reach.get();
  }

  /** Whether some target's horizon is {@code year} or its span ends in it. */
  public boolean hasTargetFor(int year) {
    return targets.get().values().stream()
        .anyMatch(t -> t.horizon().orElseThrow().to() == year);
  }

  /** A project-level rule or an aggregate target, by id. */
  public Optional<RuleInfo> rule(String id) {
    RuleInfo rule = rules.get(id);
    return Optional.ofNullable(rule != null ? rule : targets.get().get(id));
  }

  /** The editions, oldest first. */
  public List<Edition> editions() {
    return editions;
  }

  public Optional<Edition> edition(String code) {
    return editions.stream().filter(e -> e.code().equals(code)).findFirst();
  }

  /** What a rule requires: its {@code @requires}. */
  public Optional<Requirement> requirementOf(String ruleId) {
    return rule(ruleId).flatMap(RuleInfo::requirement);
  }

  /** The rule that supersedes {@code ruleId}, if any. */
  public Optional<RuleInfo> supersededBy(String ruleId) {
    return rules.values().stream()
        .filter(r -> r.supersedes().filter(ruleId::equals).isPresent())
        .findFirst();
  }

  /**
   * The rules in force on {@code date}, ordered by id: those whose edition has started, less those
   * superseded by a rule that has also started, less those a configuration disabled. Empty before
   * the earliest edition.
   */
  public List<RuleInfo> inForceOn(LocalDate date) {
    return inForce(date).rules();
  }

  /** Every rule, by id, with its place in id order: for the recorder. */
  Map<String, RuleBase.Indexed> indexed() {
    return indexed;
  }

  /** The rules in force on {@code date}, decided by their windows ({@link InForceWindow}). */
  InForce inForce(LocalDate date) {
    LocalDate start = LocalDate.MIN;
    for (LocalDate editionStart : editionStarts) {
      if (!editionStart.isAfter(date)) {
        start = editionStart;
        break;
      }
    }
    return inForceByEditionStart.computeIfAbsent(start, this::computeInForce);
  }

  private InForce computeInForce(LocalDate date) {
    Set<String> started = editionStart.entrySet().stream()
        .filter(e -> !e.getValue().isAfter(date))
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
    List<RuleInfo> rulesInForce = rules.values().stream()
        .filter(r -> windows.get(r.id()).openOn(started) && !disabled.contains(r.id()))
        .toList();
    boolean[] byIndex = new boolean[indexed.size()];
    int[] indices = new int[rulesInForce.size()];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = indexed.get(rulesInForce.get(i).id()).index();
      byIndex[indices[i]] = true;
    }
    return new InForce(rulesInForce, byIndex, indices,
        rulesInForce.stream().map(Finding::notApplicable).toList(), started);
  }

  /** A rule's metadata; {@code drl} names its file in messages. */
  private static RuleInfo info(Rule rule, RuleSources drl) {
    Map<String, Object> meta = metadataOf(rule);
    List<String> absent = REQUIRED_METADATA.stream().filter(k -> !meta.containsKey(k)).toList();
    if (!absent.isEmpty()) {
      throw drl.problem(rule.getName(), "rule " + rule.getName()
          + " lacks metadata " + absent
          + "; every rule needs " + REQUIRED_METADATA);
    }
    String severity = String.valueOf(meta.get("severity"));
    Severity parsedSeverity;
    try {
      parsedSeverity = Severity.valueOf(severity);
    } catch (IllegalArgumentException e) {
      throw drl.problem(rule.getName(), "rule " + rule.getName() + " has severity '" + severity
          + "'; expected MANDATORY or ADVISORY");
    }
    String supersedes = String.valueOf(meta.get("supersedes"));
    List<org.cqcheck.model.Sector> needsSubsector = new ArrayList<>();
    Object needs = meta.get("needsSubsector");
    if (needs != null) {
      for (String code : String.valueOf(needs).split(",")) {
        needsSubsector.add(org.cqcheck.model.Coded.byCode(org.cqcheck.model.Sector.class,
            code.strip()).orElseThrow(() -> drl.problem(rule.getName(), "rule "
                + rule.getName() + " has @needsSubsector naming '" + code.strip()
                + "', which is not a sector of the proposal format")));
      }
    }
    Optional<Requirement> requirement;
    try {
      requirement = Requirement.ofMetadata(meta.get("requires"));
    } catch (IllegalArgumentException e) {
      throw drl.problem(rule.getName(), "rule " + rule.getName()
          + " has @requires " + e.getMessage());
    }
    Horizon horizon;
    try {
      horizon = Horizon.ofMetadata(meta.get("horizon"), meta.get("span"), meta.get("region"));
    } catch (IllegalArgumentException e) {
      throw drl.problem(rule.getName(), "rule " + rule.getName() + " " + e.getMessage());
    }
    return new RuleInfo(
        rule.getName(),
        String.valueOf(meta.get("edition")),
        parsedSeverity,
        String.valueOf(meta.get("document")),
        String.valueOf(meta.get("clause")),
        String.valueOf(meta.get("quote")),
        supersedes.isBlank() ? Optional.empty() : Optional.of(supersedes),
        String.valueOf(meta.get("scope")),
        String.valueOf(meta.get("scopeZh")),
        !"false".equals(String.valueOf(meta.get("waivable"))),
        needsSubsector,
        requirement,
        Optional.ofNullable(horizon),
        Optional.empty());
  }

  private static RuleInfo targetInfo(Rule rule, RuleSources drl) {
    Map<String, Object> meta = metadataOf(rule);
    List<String> absent = REQUIRED_TARGET_METADATA.stream().filter(k -> !meta.containsKey(k))
        .toList();
    if (!absent.isEmpty()) {
      throw drl.problem(rule.getName(), "target " + rule.getName() + " lacks metadata " + absent
          + "; every aggregate target needs " + REQUIRED_TARGET_METADATA
          + " and a @horizon or a @span");
    }
    for (String projectOnly : List.of("severity", "supersedes", "scope", "scopeZh")) {
      if (meta.containsKey(projectOnly)) {
        throw drl.problem(rule.getName(), "target " + rule.getName() + " has @" + projectOnly
            + ", which only a project-level rule has: an aggregate target is met, missed or"
            + " undecided by its figure alone");
      }
    }
    Horizon horizon;
    Target target;
    try {
      horizon = Horizon.ofMetadata(meta.get("horizon"), meta.get("span"), meta.get("region"));
      target = Target.ofMetadata(meta.get("requires"), meta.get("threshold"), meta.get("note"));
    } catch (IllegalArgumentException e) {
      throw drl.problem(rule.getName(), "target " + rule.getName() + " " + e.getMessage());
    }
    String when = horizon.span() ? horizon.from() + "-" + horizon.to() : String.valueOf(horizon.to());
    return new RuleInfo(
        rule.getName(),
        String.valueOf(meta.get("edition")),
        null,
        String.valueOf(meta.get("document")),
        String.valueOf(meta.get("clause")),
        String.valueOf(meta.get("quote")),
        Optional.empty(),
        "indicator reports of " + horizon.region() + (horizon.span() ? ", span " : ", year ")
            + when,
        horizon.region() + (horizon.span() ? " " + when + " 期间" : " " + when + " 年")
            + "的指标报告",
        false,
        List.of(),
        Optional.empty(),
        Optional.of(horizon),
        Optional.of(target));
  }

  /** A rule's metadata, its values without quotes. */
  static Map<String, Object> metadataOf(Rule rule) {
    // DRL compiled at run time keeps the quotes of @key("value"); the build-time model drops them.
    Map<String, Object> meta = new HashMap<>();
    rule.getMetaData().forEach((k, v) -> meta.put(k, unquote(String.valueOf(v))));
    return meta;
  }

  private static String metadata(Rule rule, String key) {
    Object value = rule.getMetaData().get(key);
    return value == null ? "" : unquote(String.valueOf(value));
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }
}

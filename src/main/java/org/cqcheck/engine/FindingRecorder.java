package org.cqcheck.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cqcheck.metrics.Figure;
import org.cqcheck.metrics.Metric;
import org.cqcheck.model.Proposal;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The vocabulary of rule consequences, bound in DRL as the global {@code findings}. A consequence
 * checks the requirement its rule states ({@code findings.check(kcontext, $p)}); this class
 * computes the metric, compares, and records a finding with the figures. It writes no
 * words: renderers do, in the reader's language.
 *
 * <p>A built-in rule's requirement is its {@code @requires} metadata, read when the rule base is
 * loaded, thresholds as exact decimals; its consequence is {@code findings.check(kcontext, $p)}.
 * The calls that state a requirement themselves ({@code atLeast}, {@code contains}...) remain for
 * rule packs written with them.
 *
 * <p>One recorder serves one session: one proposal, or a batch of them checked together, each
 * with the rules in force on its own date. Not thread-safe.
 *
 * <p>Not part of the API: public for cqcheck's own use across packages; it may change in any
 * release.
 */
public final class FindingRecorder {

  /** The rules of the rule base, by name: each with its place in the rule base's id order. */
  private final Map<String, RuleBase.Indexed> rules;
  /** What each proposal being checked has: by identity. */
  private final Map<Proposal, Sheet> sheets;

  /**
   * A proposal's rules in force and its findings so far, both by the rule's place in id order.
   * A built-in rule not in force on the proposal's date does not match it (its {@link
   * InForceWindow} is a condition of the network); a rule a configuration disabled, or one of a
   * rule pack, may match and fire, and records nothing.
   */
  static final class Sheet {
    private final boolean[] inForce;
    private final Set<String> editionsStarted;
    private final Finding[] findings;

    /** @param inForce the rules in force on the proposal's date, as the catalogue decides */
    Sheet(RuleCatalogue.InForce inForce) {
      this.inForce = inForce.byIndex();
      this.editionsStarted = inForce.editionsStarted();
      this.findings = new Finding[this.inForce.length];
    }

    /** The finding of the rule at {@code index}, or null when it did not fire. */
    Finding finding(int index) {
      return findings[index];
    }
  }

  FindingRecorder(Map<String, RuleBase.Indexed> rules, Map<Proposal, Sheet> sheets) {
    this.rules = rules;
    this.sheets = sheets;
  }

  /** The proposal whose sheet was last looked up for {@link #mayBeInForce}, and that sheet. */
  private Object lastFact;
  private Sheet lastSheet;

  /**
   * Whether a rule whose window is {@code window} can be in force for {@code fact}: the window is
   * open on the proposal's date. True for a fact that is not a proposal being checked. The network
   * asks it of each proposal for each window, one after the other ({@link DroolsInternals}).
   */
  boolean mayBeInForce(Object fact, InForceWindow window) {
    Sheet sheet;
    if (fact == lastFact) {
      sheet = lastSheet;
    } else {
      sheet = fact instanceof Proposal proposal ? sheets.get(proposal) : null;
      lastFact = fact;
      lastSheet = sheet;
    }
    return sheet == null || window.openOn(sheet.editionsStarted);
  }

  /** The sheet of {@code proposal} when {@code rule} is in force for it; else null. */
  private Sheet sheetInForce(RuleBase.Indexed rule, Proposal proposal) {
    Sheet sheet = sheets.get(proposal);
    return sheet != null && sheet.inForce[rule.index()] ? sheet : null;
  }

  /**
   * The proposal must meet what the rule's {@code @requires} states: the one consequence of a rule
   * whose requirement is data ({@code findings.check(kcontext, $p)}). The zone designation needs
   * the site's zones: its rules call {@link #designated} instead.
   */
  public void check(RuleContext context, Proposal proposal) {
    RuleBase.Indexed rule = indexed(context);
    Sheet sheet = sheetInForce(rule, proposal);
    if (sheet == null) {
      return;
    }
    Requirement requirement = rule.info().requirement().orElseThrow(() ->
        new IllegalStateException("rule " + rule.info().id() + " has no @requires to check"));
    Metric metric = requirement.metric();
    switch (requirement.comparator()) {
      case AT_LEAST, AT_MOST, GREATER_THAN, APPROXIMATELY -> {
        if (requirement.threshold() != null) {
          compare(rule, sheet, metric, proposal, requirement.comparator(),
              requirement.threshold());
        } else {
          compareFigures(rule, sheet, metric, proposal, requirement.comparator(),
              requirement.requiredMetric());
        }
      }
      case IS_TRUE -> isTrue(rule, sheet, metric, proposal);
      case CONTAINS -> contains(rule, sheet, metric, proposal, requirement.code());
      case PRESENT -> present(rule, sheet, metric, proposal);
      case DESIGNATED -> throw new IllegalStateException("rule " + rule.info().id()
          + " requires the zone designation: its consequence is findings.designated(...)");
    }
  }

  /** The metric must be at least {@code threshold}. */
  public void atLeast(RuleContext context, Metric metric, Proposal proposal, double threshold) {
    RuleBase.Indexed rule = indexed(context);
    Sheet sheet = sheetInForce(rule, proposal);
    if (sheet == null) {
      return;
    }
    compare(rule, sheet, metric, proposal, Comparator.AT_LEAST, decimal(threshold));
  }

  /** The metric must be at most {@code threshold}. */
  public void atMost(RuleContext context, Metric metric, Proposal proposal, double threshold) {
    RuleBase.Indexed rule = indexed(context);
    Sheet sheet = sheetInForce(rule, proposal);
    if (sheet == null) {
      return;
    }
    compare(rule, sheet, metric, proposal, Comparator.AT_MOST, decimal(threshold));
  }

  /** The metric must be strictly greater than {@code threshold}. */
  public void above(RuleContext context, Metric metric, Proposal proposal, double threshold) {
    RuleBase.Indexed rule = indexed(context);
    Sheet sheet = sheetInForce(rule, proposal);
    if (sheet == null) {
      return;
    }
    compare(rule, sheet, metric, proposal, Comparator.GREATER_THAN, decimal(threshold));
  }

  /** The metric must be at least another figure of the same proposal, in the same unit. */
  public void atLeast(RuleContext context, Metric metric, Proposal proposal,
      Metric requiredMetric) {
    RuleBase.Indexed rule = indexed(context);
    Sheet sheet = sheetInForce(rule, proposal);
    if (sheet == null) {
      return;
    }
    compareFigures(rule, sheet, metric, proposal, Comparator.AT_LEAST, requiredMetric);
  }

  /** The metric compared with another figure of the same proposal, in the same unit. */
  private void compareFigures(RuleBase.Indexed rule, Sheet sheet, Metric metric,
      Proposal proposal, Comparator comparator, Metric requiredMetric) {
    Figure actual = metric.of(proposal);
    Figure required = requiredMetric.of(proposal);
    if (actual instanceof Figure.Amount a && required instanceof Figure.Amount r) {
      record(rule, sheet, metric, proposal, comparator, a.value(), r.value(),
          comparator.holds(a.value(), r.value()));
    } else {
      // What is required is shown when it is known: "≥ 120 万吨" with the replaced capacity absent.
      put(sheet, rule, missing(rule, metric, proposal, comparator,
          required instanceof Figure.Amount r ? r.value() : null, List.of(actual, required)));
    }
  }

  /** The flag the metric reads must be true. */
  public void isTrue(RuleContext context, Metric metric, Proposal proposal) {
    RuleBase.Indexed rule = indexed(context);
    Sheet sheet = sheetInForce(rule, proposal);
    if (sheet != null) {
      isTrue(rule, sheet, metric, proposal);
    }
  }

  private void isTrue(RuleBase.Indexed rule, Sheet sheet, Metric metric, Proposal proposal) {
    Figure figure = metric.of(proposal);
    if (figure instanceof Figure.Flag flag) {
      put(sheet, rule, Finding.decided(rule.info(), flag.value(),
          new Evidence.Flag(metric, flag.value()), null));
    } else {
      recordMissing(rule, sheet, metric, proposal, Comparator.IS_TRUE, List.of(figure));
    }
  }

  /** The list of codes the metric reads must contain {@code code}. */
  public void contains(RuleContext context, Metric metric, Proposal proposal, String code) {
    RuleBase.Indexed rule = indexed(context);
    Sheet sheet = sheetInForce(rule, proposal);
    if (sheet != null) {
      contains(rule, sheet, metric, proposal, code);
    }
  }

  private void contains(RuleBase.Indexed rule, Sheet sheet, Metric metric, Proposal proposal,
      String code) {
    Figure figure = metric.of(proposal);
    if (figure instanceof Figure.Codes codes) {
      put(sheet, rule, Finding.decided(rule.info(), codes.values().contains(code),
          new Evidence.Codes(metric, codes.values(), code), null));
    } else {
      recordMissing(rule, sheet, metric, proposal, Comparator.CONTAINS, List.of(figure));
    }
  }

  /** The text the metric reads must be given (not absent). */
  public void present(RuleContext context, Metric metric, Proposal proposal) {
    RuleBase.Indexed rule = indexed(context);
    Sheet sheet = sheetInForce(rule, proposal);
    if (sheet != null) {
      present(rule, sheet, metric, proposal);
    }
  }

  private void present(RuleBase.Indexed rule, Sheet sheet, Metric metric, Proposal proposal) {
    Figure figure = metric.of(proposal);
    if (figure instanceof Figure.Text text) {
      put(sheet, rule, Finding.decided(rule.info(), text.value() != null,
          new Evidence.Name(metric, text.value()), null));
    } else {
      recordMissing(rule, sheet, metric, proposal, Comparator.PRESENT, List.of(figure));
    }
  }

  /**
   * The rule, though its conditions matched, does not apply to the proposal, for {@code reason}
   * (a capacity rule and a project that adds none).
   */
  public void notApplicable(RuleContext context, Proposal proposal, NotApplicable reason) {
    RuleBase.Indexed rule = indexed(context);
    Sheet sheet = sheetInForce(rule, proposal);
    if (sheet == null) {
      return;
    }
    put(sheet, rule, Finding.notApplicable(rule.info(), reason));
  }

  /** The proposal's sector must be one the zones of its site designate. */
  public void designated(RuleContext context, Proposal proposal, SiteZones zones) {
    RuleBase.Indexed rule = indexed(context);
    Sheet sheet = sheetInForce(rule, proposal);
    if (sheet == null) {
      return;
    }
    put(sheet, rule, Finding.decided(rule.info(), zones.designate(proposal),
        new Evidence.Designation(proposal.sector(), proposal.subsector(), proposal.wholeMachine(),
            zones.zones()), zones.quote()));
  }

  /**
   * A threshold a rule pack's consequence passes as a double literal, as the decimal written
   * ({@link BigDecimal#valueOf(double)} goes through the shortest decimal that reads back as the
   * double: 0.7, not 0.6999...). Built-in rules state theirs exactly, in {@code @requires}.
   */
  private static BigDecimal decimal(double threshold) {
    return BigDecimal.valueOf(threshold);
  }

  private void compare(RuleBase.Indexed rule, Sheet sheet, Metric metric, Proposal proposal,
      Comparator comparator, BigDecimal required) {
    Figure figure = metric.of(proposal);
    if (figure instanceof Figure.Amount amount) {
      record(rule, sheet, metric, proposal, comparator, amount.value(), required,
          comparator.holds(amount.value(), required));
    } else {
      put(sheet, rule, missing(rule, metric, proposal, comparator, required, List.of(figure)));
    }
  }


  private void record(RuleBase.Indexed rule, Sheet sheet, Metric metric, Proposal proposal,
      Comparator comparator, BigDecimal actual, BigDecimal required, boolean met) {
    put(sheet, rule, Finding.decided(rule.info(), met,
        new Evidence.Comparison(metric, comparator, actual, required, metric.unitFor(proposal)),
        null));
  }

  private void recordMissing(RuleBase.Indexed rule, Sheet sheet, Metric metric,
      Proposal proposal, Comparator comparator, List<Figure> figures) {
    put(sheet, rule, missing(rule, metric, proposal, comparator, null, figures));
  }

  /** A MISSING_DATA finding naming every absent field, or else the first zero divisor. */
  private Finding missing(RuleBase.Indexed rule, Metric metric, Proposal proposal,
      Comparator comparator, BigDecimal required, List<Figure> figures) {
    List<String> absent = figures.stream()
        .filter(Figure.Missing.class::isInstance)
        .flatMap(f -> ((Figure.Missing) f).fields().stream())
        .toList();
    String zeroDivisor = absent.isEmpty()
        ? figures.stream()
            .filter(Figure.ZeroDivisor.class::isInstance)
            .map(f -> ((Figure.ZeroDivisor) f).field())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("figures are not missing: " + figures))
        : null;
    return Finding.missing(rule.info(), new Evidence.Missing(metric, comparator, required,
        metric.unitFor(proposal), absent, zeroDivisor));
  }

  private RuleBase.Indexed indexed(RuleContext context) {
    String id = context.getRule().getName();
    RuleBase.Indexed indexed = rules.get(id);
    if (indexed == null) {
      throw new IllegalStateException("rule " + id + " is not in the rule catalogue");
    }
    return indexed;
  }

  private static void put(Sheet sheet, RuleBase.Indexed rule, Finding finding) {
    sheet.findings[rule.index()] = finding;
  }
}

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
 * states its requirement, such as {@code findings.atLeast(kcontext, Metric.GAS_YIELD, $p, 25)};
 * this class computes the metric, compares, and records a finding with the figures. It writes no
 * words: renderers do, in the reader's language.
 *
 * <p>Thresholds arrive as the {@code double} literals written in DRL and are converted with {@link
 * BigDecimal#valueOf(double)}, which yields the decimal as written (0.7, 0.012), so comparisons at
 * the boundary are exact.
 *
 * <p>One recorder serves one session: one proposal, or a batch of them checked together, each
 * with the rules in force on its own date. Not thread-safe.
 */
public final class FindingRecorder {

  /** The rules of the rule base, by name: each with its place in the rule base's id order. */
  private final Map<String, RuleBase.Indexed> rules;
  /** What each proposal being checked has: by identity. */
  private final Map<Proposal, Sheet> sheets;

  /**
   * A proposal's rules in force and its findings so far, both by the rule's place in id order.
   * A built-in rule of an edition not in force on the proposal's date does not match it ({@link
   * InForceWindow}); a rule a configuration disabled, or one of a rule pack, may match and fire,
   * and records nothing.
   */
  static final class Sheet {
    private final boolean[] inForce;
    private final Set<String> editionsStarted;
    private final Finding[] findings;

    /**
     * @param inForce by the rule's place: whether in force on the proposal's date
     * @param editionsStarted the editions started on that date
     */
    Sheet(boolean[] inForce, Set<String> editionsStarted) {
      this.inForce = inForce;
      this.editionsStarted = editionsStarted;
      this.findings = new Finding[inForce.length];
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
   * Whether a rule of edition {@code from}, superseded by rules of the editions {@code until},
   * can be in force for {@code fact}: its edition has started on the proposal's date and none of
   * the others has. True for a fact that is not a proposal being checked. The network asks it of
   * each proposal for each such window, one after the other ({@link InForceWindow}).
   */
  boolean mayBeInForce(Object fact, String from, List<String> until) {
    Sheet sheet;
    if (fact == lastFact) {
      sheet = lastSheet;
    } else {
      sheet = fact instanceof Proposal proposal ? sheets.get(proposal) : null;
      lastFact = fact;
      lastSheet = sheet;
    }
    if (sheet == null) {
      return true;
    }
    if (!sheet.editionsStarted.contains(from)) {
      return false;
    }
    for (int i = 0; i < until.size(); i++) {
      if (sheet.editionsStarted.contains(until.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The sheet of {@code proposal} when {@code rule} is in force for it; else null. */
  private Sheet sheetInForce(RuleBase.Indexed rule, Proposal proposal) {
    Sheet sheet = sheets.get(proposal);
    return sheet != null && sheet.inForce[rule.index()] ? sheet : null;
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
    Figure actual = metric.of(proposal);
    Figure required = requiredMetric.of(proposal);
    if (actual instanceof Figure.Amount a && required instanceof Figure.Amount r) {
      record(rule, sheet, metric, proposal, Comparator.AT_LEAST, a.value(), r.value(),
          a.value().compareTo(r.value()) >= 0);
    } else {
      // What is required is shown when it is known: "≥ 120 万吨" with the replaced capacity absent.
      put(sheet, rule, missing(rule, metric, proposal, Comparator.AT_LEAST,
          required instanceof Figure.Amount r ? r.value() : null, List.of(actual, required)));
    }
  }

  /** The flag the metric reads must be true. */
  public void isTrue(RuleContext context, Metric metric, Proposal proposal) {
    RuleBase.Indexed rule = indexed(context);
    Sheet sheet = sheetInForce(rule, proposal);
    if (sheet == null) {
      return;
    }
    Figure figure = metric.of(proposal);
    if (figure instanceof Figure.Flag flag) {
      put(sheet, rule, new Finding(rule.info(), outcome(rule, flag.value()), metric,
          Comparator.IS_TRUE, null, null, null, String.valueOf(flag.value()), "true", List.of(),
          null, null, null));
    } else {
      recordMissing(rule, sheet, metric, proposal, Comparator.IS_TRUE, List.of(figure));
    }
  }

  /** The list of codes the metric reads must contain {@code code}. */
  public void contains(RuleContext context, Metric metric, Proposal proposal, String code) {
    RuleBase.Indexed rule = indexed(context);
    Sheet sheet = sheetInForce(rule, proposal);
    if (sheet == null) {
      return;
    }
    Figure figure = metric.of(proposal);
    if (figure instanceof Figure.Codes codes) {
      put(sheet, rule, new Finding(rule.info(), outcome(rule, codes.values().contains(code)),
          metric, Comparator.CONTAINS, null, null, null, String.join(", ", codes.values()), code,
          List.of(), null, null, null));
    } else {
      recordMissing(rule, sheet, metric, proposal, Comparator.CONTAINS, List.of(figure));
    }
  }

  /** The text the metric reads must be given (not absent). */
  public void present(RuleContext context, Metric metric, Proposal proposal) {
    RuleBase.Indexed rule = indexed(context);
    Sheet sheet = sheetInForce(rule, proposal);
    if (sheet == null) {
      return;
    }
    Figure figure = metric.of(proposal);
    if (figure instanceof Figure.Text text) {
      put(sheet, rule, new Finding(rule.info(), outcome(rule, text.value() != null), metric,
          Comparator.PRESENT, null, null, null, text.value(), null, List.of(), null, null, null));
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
    String sector = proposal.sector().code()
        + (proposal.subsector() == null ? "" : "/" + proposal.subsector().code())
        + (proposal.wholeMachine() ? " (whole machine)" : "");
    put(sheet, rule, new Finding(rule.info(), outcome(rule, zones.designate(proposal)),
        Metric.ZONE_DESIGNATION, Comparator.DESIGNATED, null, null, null, sector,
        zones.describe(), List.of(), null, null, null, zones.quote()));
  }

  /**
   * The threshold as the decimal written in DRL. {@link BigDecimal#valueOf(double)} goes through
   * {@link Double#toString}, too slow to repeat for every finding; and a map keyed by boxed doubles
   * cost a twentieth of a check. Rules hold a few dozen thresholds: a scan of them is cheaper.
   */
  private static BigDecimal decimal(double threshold) {
    long bits = Double.doubleToRawLongBits(threshold);
    KnownThresholds known = knownThresholds;
    for (int i = 0; i < known.bits.length; i++) {
      if (known.bits[i] == bits) {
        return known.values[i];
      }
    }
    BigDecimal value = BigDecimal.valueOf(threshold);
    remember(bits, value);
    return value;
  }

  /** The thresholds converted so far; replaced, never changed, so readers need no lock. */
  private record KnownThresholds(long[] bits, BigDecimal[] values) {}

  private static volatile KnownThresholds knownThresholds =
      new KnownThresholds(new long[0], new BigDecimal[0]);

  private static synchronized void remember(long bits, BigDecimal value) {
    KnownThresholds known = knownThresholds;
    // A bound, in case some rule set computes its thresholds: past it, convert every time.
    if (known.bits.length >= 256) {
      return;
    }
    for (long b : known.bits) {
      if (b == bits) {
        return;
      }
    }
    long[] grownBits = java.util.Arrays.copyOf(known.bits, known.bits.length + 1);
    BigDecimal[] grownValues = java.util.Arrays.copyOf(known.values, known.values.length + 1);
    grownBits[known.bits.length] = bits;
    grownValues[known.bits.length] = value;
    knownThresholds = new KnownThresholds(grownBits, grownValues);
  }

  private void compare(RuleBase.Indexed rule, Sheet sheet, Metric metric, Proposal proposal,
      Comparator comparator, BigDecimal required) {
    Figure figure = metric.of(proposal);
    if (figure instanceof Figure.Amount amount) {
      int order = amount.value().compareTo(required);
      boolean met = switch (comparator) {
        case AT_LEAST -> order >= 0;
        case AT_MOST -> order <= 0;
        case GREATER_THAN -> order > 0;
        default -> throw new IllegalArgumentException("not a numeric comparator: " + comparator);
      };
      record(rule, sheet, metric, proposal, comparator, amount.value(), required, met);
    } else {
      put(sheet, rule, missing(rule, metric, proposal, comparator, required, List.of(figure)));
    }
  }

  private void record(RuleBase.Indexed rule, Sheet sheet, Metric metric, Proposal proposal,
      Comparator comparator, BigDecimal actual, BigDecimal required, boolean met) {
    RuleInfo info = rule.info();
    put(sheet, rule, new Finding(info, outcome(info, met), metric, comparator, actual, required,
        metric.unitFor(proposal), null, null, List.of(), null, null, null));
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
    return new Finding(rule.info(), Status.MISSING_DATA, metric, comparator, null, required,
        metric.unitFor(proposal), null, null, absent, zeroDivisor, null, null);
  }

  private static Status outcome(RuleBase.Indexed rule, boolean met) {
    return outcome(rule.info(), met);
  }

  private static Status outcome(RuleInfo info, boolean met) {
    if (met) {
      return Status.PASS;
    }
    return info.severity() == Severity.MANDATORY ? Status.FAIL : Status.WARN;
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

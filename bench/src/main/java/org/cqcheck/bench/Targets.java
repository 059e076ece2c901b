package org.cqcheck.bench;

import static org.cqcheck.engine.Severity.ADVISORY;
import static org.cqcheck.engine.Severity.MANDATORY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cqcheck.engine.NotApplicable;
import org.cqcheck.engine.Severity;
import org.cqcheck.engine.SiteZones;
import org.cqcheck.engine.Status;
import org.cqcheck.metrics.Figure;
import org.cqcheck.metrics.Metric;
import org.cqcheck.model.ProjectType;
import org.cqcheck.model.Proposal;
import org.cqcheck.model.Sector;
import org.cqcheck.model.Subsector;

/**
 * The targets of TARGETS.md (catalogue version 2) written out by hand in Java, for the peers of the Drools rules: the
 * scope of each, and how its status follows from the proposal. Figures come from the same
 * {@link Metric} functions the rules use, so that the peers differ from Drools in the rule engine
 * only.
 */
public final class Targets {

  private Targets() {}

  /** Everything a target's evaluation may read. */
  public record Input(Proposal proposal, SiteZones zones) {}

  /**
   * One target: its scope; its status, for the status-only floor ({@code met}, {@code figure});
   * and its requirement, for the peers that record findings as cqcheck does.
   */
  public record Target(String id, LocalDate from, String supersedes, Severity severity,
      Predicate<Input> scope, Function<Input, Boolean> met, Function<Input, Figure> figure,
      Requirement requirement, Set<Sector> needsSubsector,
      Function<Input, NotApplicable> whyNot) {

    public Target(String id, LocalDate from, String supersedes, Severity severity,
        Predicate<Input> scope, Function<Input, Boolean> met, Function<Input, Figure> figure,
        Requirement requirement) {
      this(id, from, supersedes, severity, scope, met, figure, requirement, Set.of(),
          in -> NotApplicable.OUT_OF_SCOPE);
    }

    /** This target, which says why it does not apply to an input out of its scope. */
    Target notApplicableBecause(Function<Input, NotApplicable> reason) {
      return new Target(id, from, supersedes, severity, scope, met, figure, requirement,
          needsSubsector, reason);
    }

    /**
     * This target, undecided for a proposal of one of {@code sectors} that states no subsector
     * (catalogue version 2: leaving the subsector out must not switch a mandatory rule off).
     */
    Target undecidedWithoutSubsectorIn(Sector... sectors) {
      return new Target(id, from, supersedes, severity, scope, met, figure, requirement,
          Set.of(sectors), whyNot);
    }

    /** Whether the proposal lacks the subsector this target's scope turns on. */
    public boolean undecided(Input in) {
      return in.proposal().subsector() == null && needsSubsector.contains(in.proposal().sector());
    }

    /** The status of this target for any input: in scope, undecided or not applicable. */
    public Status status(Input in) {
      return scope.test(in) ? evaluate(in)
          : undecided(in) ? Status.MISSING_DATA : Status.NOT_APPLICABLE;
    }

    /** The finding cqcheck records for any input, with {@code rule}'s metadata. */
    public Outcome finding(org.cqcheck.engine.RuleInfo rule, Input in) {
      if (scope.test(in)) {
        return requirement.finding(rule, in);
      }
      return undecided(in)
          ? new Outcome(rule, Status.MISSING_DATA,
              new org.cqcheck.engine.Evidence.ScopeUndecided(List.of("subsector")), null)
          : new Outcome(rule, Status.NOT_APPLICABLE,
              new org.cqcheck.engine.Evidence.Inapplicable(whyNot.apply(in)), null);
    }

    /** The status of this target for an input in scope. */
    public Status evaluate(Input in) {
      Figure f = figure == null ? null : figure.apply(in);
      if (f instanceof Figure.Missing || f instanceof Figure.ZeroDivisor) {
        return Status.MISSING_DATA;
      }
      return met.apply(in) ? Status.PASS : severity == MANDATORY ? Status.FAIL : Status.WARN;
    }
  }

  static final LocalDate CQ2008 = LocalDate.of(2008, 1, 1);
  static final LocalDate CQ2012 = LocalDate.of(2012, 8, 18);
  static final LocalDate CQ2021 = LocalDate.of(2021, 2, 19);

  private static final Set<ProjectType> NEW_OR_EXPANSION = Set.of(ProjectType.NEW, ProjectType.EXPANSION);
  private static final Set<ProjectType> PRODUCING = Set.of(ProjectType.EXPANSION,
      ProjectType.TECHNICAL_RENOVATION, ProjectType.RELOCATION);
  private static final Set<ProjectType> EXPANSION_OR_RENOVATION =
      Set.of(ProjectType.EXPANSION, ProjectType.TECHNICAL_RENOVATION);

  /** Whether the project adds capacity, or does not say: new capacity absent or above 0. */
  private static boolean addsCapacity(Input in) {
    BigDecimal added = in.proposal().capacity().newCapacity();
    return added == null || added.signum() > 0;
  }

  /** Why a capacity target does not apply: one of its subsectors that states 0 new capacity. */
  private static NotApplicable addsNone(Input in, Subsector... subsectors) {
    return java.util.Arrays.asList(subsectors).contains(in.proposal().subsector())
        && in.proposal().capacity().newCapacity() != null
        && in.proposal().capacity().newCapacity().signum() == 0
        ? NotApplicable.ADDS_NO_CAPACITY : NotApplicable.OUT_OF_SCOPE;
  }

  private static Predicate<Input> all() {
    return in -> true;
  }

  private static Target atLeast(String id, LocalDate from, String supersedes, Severity severity,
      Predicate<Input> scope, Metric metric, String threshold) {
    BigDecimal t = new BigDecimal(threshold);
    return new Target(id, from, supersedes, severity, scope,
        in -> ((Figure.Amount) metric.of(in.proposal())).value().compareTo(t) >= 0,
        in -> metric.of(in.proposal()), Requirement.atLeast(metric, threshold));
  }

  private static Target atMost(String id, LocalDate from, Severity severity, Predicate<Input> scope,
      Metric metric, String threshold) {
    return atMost(id, from, null, severity, scope, metric, threshold);
  }

  private static Target atMost(String id, LocalDate from, String supersedes, Severity severity,
      Predicate<Input> scope, Metric metric, String threshold) {
    BigDecimal t = new BigDecimal(threshold);
    return new Target(id, from, supersedes, severity, scope,
        in -> ((Figure.Amount) metric.of(in.proposal())).value().compareTo(t) <= 0,
        in -> metric.of(in.proposal()), Requirement.atMost(metric, threshold));
  }

  public static final List<Target> ALL = List.of(
      atMost("CQ2008-ENERGY-INTENSITY", CQ2008, ADVISORY, all(), Metric.ENERGY_INTENSITY, "1.84"),
      new Target("CQ2008-NEW-PRODUCT-RATE", CQ2008, null, ADVISORY,
          in -> EXPANSION_OR_RENOVATION.contains(in.proposal().projectType()),
          in -> ((Figure.Amount) Metric.NEW_PRODUCT_RATE.of(in.proposal())).value()
              .compareTo(new BigDecimal("0.28")) > 0,
          in -> Metric.NEW_PRODUCT_RATE.of(in.proposal()),
          Requirement.above(Metric.NEW_PRODUCT_RATE, "0.28")),
      atLeast("CQ2008-RD-INTENSITY", CQ2008, null, ADVISORY, all(), Metric.RD_INTENSITY, "0.025"),
      atLeast("CQ2012-ASSET-CONTRIBUTION", CQ2012, null, ADVISORY, all(),
          Metric.ASSET_CONTRIBUTION, "0.20"),
      atLeast("CQ2012-AUTO-LOCAL-MATERIAL", CQ2012, null, ADVISORY,
          in -> in.proposal().sector() == Sector.AUTOMOTIVE, Metric.LOCAL_MATERIAL_RATE, "0.50"),
      atLeast("CQ2012-BRAND-SALES", CQ2012, null, ADVISORY,
          in -> PRODUCING.contains(in.proposal().projectType()), Metric.BRANDED_SALES_SHARE, "0.80"),
      new Target("CQ2012-CAPACITY-REPLACEMENT", CQ2012, null, MANDATORY,
          in -> (in.proposal().subsector() == Subsector.CEMENT
              || in.proposal().subsector() == Subsector.COAL)
              && addsCapacity(in),
          in -> in.proposal().capacity().replacedCapacity()
              .compareTo(in.proposal().capacity().newCapacity()) >= 0,
          in -> in.proposal().capacity().replacedCapacity() == null
              || in.proposal().capacity().newCapacity() == null
              ? new Figure.Missing(List.of("capacity")) : new Figure.Text(""),
          Requirement.atLeast(Metric.REPLACED_CAPACITY, Metric.NEW_CAPACITY))
          .undecidedWithoutSubsectorIn(Sector.MATERIALS, Sector.ENERGY)
          .notApplicableBecause(in -> addsNone(in, Subsector.CEMENT, Subsector.COAL)),
      atLeast("CQ2012-CHEM-GAS-YIELD", CQ2012, null, MANDATORY,
          in -> in.proposal().sector() == Sector.CHEMICAL
              && NEW_OR_EXPANSION.contains(in.proposal().projectType())
              && (in.proposal().annual().naturalGasM3() == null
                  || in.proposal().annual().naturalGasM3().signum() > 0),
          Metric.GAS_YIELD, "25"),
      atLeast("CQ2012-ELEC-LOCAL-MATERIAL", CQ2012, null, ADVISORY,
          in -> in.proposal().sector() == Sector.ELECTRONICS, Metric.LOCAL_MATERIAL_RATE, "0.60"),
      atLeast("CQ2012-ELECTRICITY-YIELD", CQ2012, null, ADVISORY,
          in -> in.proposal().sector() != Sector.ENERGY, Metric.ELECTRICITY_YIELD, "30"),
      atMost("CQ2012-ENERGY-REDUCTION", CQ2012, "CQ2008-ENERGY-INTENSITY", ADVISORY,
          in -> in.proposal().projectType() == ProjectType.TECHNICAL_RENOVATION,
          Metric.ENERGY_INTENSITY_RATIO, "0.80"),
      atLeast("CQ2012-EQUIP-LOCAL-SUPPLY", CQ2012, null, ADVISORY,
          in -> in.proposal().sector() == Sector.EQUIPMENT && in.proposal().wholeMachine()
              && in.proposal().keyProduct(), Metric.LOCAL_COMPONENT_RATE, "0.80"),
      atLeast("CQ2012-FIRST-GRADE-SHARE", CQ2012, null, ADVISORY,
          in -> PRODUCING.contains(in.proposal().projectType()), Metric.FIRST_GRADE_SHARE, "0.95"),
      new Target("CQ2012-HIGH-RISK-SAFETY", CQ2012, null, MANDATORY,
          in -> in.proposal().sector() == Sector.CHEMICAL
              || java.util.EnumSet.of(Subsector.MINING, Subsector.COAL,
                      Subsector.OIL_GAS_EXTRACTION, Subsector.INLAND_SHIPPING)
                  .contains(in.proposal().subsector()),
          in -> in.proposal().safety().highRiskEquipmentCompliant(),
          in -> Metric.HIGH_RISK_EQUIPMENT_COMPLIANT.of(in.proposal()),
          Requirement.isTrue(Metric.HIGH_RISK_EQUIPMENT_COMPLIANT))
          .undecidedWithoutSubsectorIn(Sector.MATERIALS, Sector.ENERGY),
      new Target("CQ2012-IN-PARK", CQ2012, null, ADVISORY, all(),
          in -> in.proposal().location().park() != null, null, Requirement.present(Metric.PARK)),
      atLeast("CQ2012-LABOR-PRODUCTIVITY", CQ2012, null, ADVISORY, all(),
          Metric.LABOR_PRODUCTIVITY, "300000"),
      atLeast("CQ2012-LOCAL-COMPONENT", CQ2012, null, MANDATORY,
          in -> in.proposal().wholeMachine(), Metric.LOCAL_COMPONENT_RATE, "0.70"),
      atLeast("CQ2012-NEW-PRODUCT-RATE", CQ2012, "CQ2008-NEW-PRODUCT-RATE", ADVISORY,
          in -> EXPANSION_OR_RENOVATION.contains(in.proposal().projectType()),
          Metric.NEW_PRODUCT_RATE, "0.35"),
      atMost("CQ2012-OVERCAPACITY", CQ2012, ADVISORY,
          in -> java.util.EnumSet.of(Subsector.GLASS, Subsector.COKING, Subsector.FERROALLOY)
              .contains(in.proposal().subsector())
              && addsCapacity(in),
          Metric.NET_ADDED_CAPACITY, "0")
          .notApplicableBecause(in ->
              addsNone(in, Subsector.GLASS, Subsector.COKING, Subsector.FERROALLOY)),
      new Target("CQ2012-PHARMA-GMP", CQ2012, null, MANDATORY,
          in -> in.proposal().subsector() == Subsector.PHARMACEUTICAL,
          in -> in.proposal().certifications().contains("GMP-2010"), null,
          Requirement.contains(Metric.CERTIFICATIONS, "GMP-2010"))
          .undecidedWithoutSubsectorIn(Sector.CONSUMER),
      atMost("CQ2012-QUALITY-LOSS", CQ2012, ADVISORY,
          in -> PRODUCING.contains(in.proposal().projectType()), Metric.QUALITY_LOSS_RATE, "0.002"),
      atLeast("CQ2012-RD-INTENSITY", CQ2012, "CQ2008-RD-INTENSITY", ADVISORY, all(),
          Metric.RD_INTENSITY, "0.012"),
      atLeast("CQ2012-ROE", CQ2012, null, ADVISORY, all(), Metric.RETURN_ON_NET_ASSETS, "0.10"),
      new Target("CQ2012-ZONE-FIT", CQ2012, null, ADVISORY, in -> in.zones().isKnown(),
          in -> in.zones().designate(in.proposal()), null, Requirement.designated())
          .notApplicableBecause(in -> NotApplicable.NO_ZONE_FOR_SITE),
      atLeast("CQ2021-LABOR-PRODUCTIVITY", CQ2021, "CQ2012-LABOR-PRODUCTIVITY", ADVISORY, all(),
          Metric.LABOR_PRODUCTIVITY, "400000"),
      atLeast("CQ2021-RD-INTENSITY", CQ2021, "CQ2012-RD-INTENSITY", ADVISORY, all(),
          Metric.RD_INTENSITY, "0.02"));

  private static final List<Target> IN_FORCE_2008 = computeInForceOn(CQ2008);
  private static final List<Target> IN_FORCE_2012 = computeInForceOn(CQ2012);
  private static final List<Target> IN_FORCE_2021 = computeInForceOn(CQ2021);

  /**
   * The targets in force on {@code date}, in id order: started, and not superseded by one
   * started. Worked out once per edition, as cqcheck does, not for every proposal.
   */
  public static List<Target> inForceOn(LocalDate date) {
    if (date.isBefore(CQ2008)) {
      return List.of();
    }
    return date.isBefore(CQ2012) ? IN_FORCE_2008
        : date.isBefore(CQ2021) ? IN_FORCE_2012 : IN_FORCE_2021;
  }

  private static List<Target> computeInForceOn(LocalDate date) {
    Set<String> superseded = new java.util.HashSet<>();
    for (Target t : ALL) {
      if (!t.from().isAfter(date) && t.supersedes() != null) {
        superseded.add(t.supersedes());
      }
    }
    return ALL.stream()
        .filter(t -> !t.from().isAfter(date) && !superseded.contains(t.id()))
        .toList();
  }
}

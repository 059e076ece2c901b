package org.cqcheck.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.cqcheck.model.Field;
import org.cqcheck.model.Proposal;

/**
 * What would pass a finding that misses ({@link Remedy}): for a figure, the passing value of each
 * input of its formula with the others held, solved from the formula; for missing data, the fields
 * to supply; for a flag, a certification, a park or a zone, the options that pass. A finding that
 * passes, or does not apply, has none.
 *
 * <p>Every value is checked by {@code RemedyPropertyTest}: applied alone to the proposal, it turns
 * its finding to PASS and changes no finding whose formula does not read the field.
 */
public final class Remedies {

  private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private Remedies() {}

  /**
   * What would pass {@code finding}, a finding of {@code proposal}; empty unless it is FAIL, WARN
   * or MISSING_DATA (or one of them, waived).
   *
   * @param zones the zone table, for the zones that would designate the proposal's industry
   */
  public static List<Remedy> of(Finding finding, Proposal proposal, ZoneTable zones) {
    Status status = finding.status() == Status.WAIVED ? finding.waived() : finding.status();
    if (status != Status.FAIL && status != Status.WARN && status != Status.MISSING_DATA) {
      return List.of();
    }
    Evidence evidence = finding.evidence();
    if (evidence instanceof Evidence.Missing missing) {
      List<String> fields = missing.zeroDivisor() != null ? List.of(missing.zeroDivisor())
          : missing.fields();
      return fields.stream()
          .<Remedy>map(f -> new Remedy.Supply(f, unitOf(f, proposal),
              missing.zeroDivisor() != null))
          .toList();
    }
    if (evidence instanceof Evidence.ScopeUndecided undecided) {
      return undecided.fields().stream()
          .<Remedy>map(f -> new Remedy.Supply(f, null, false)).toList();
    }
    if (evidence instanceof Evidence.Flag flag) {
      return List.of(new Remedy.Choice(flag.metric().inputs().get(0).path(), List.of("true")));
    }
    if (evidence instanceof Evidence.Codes codes) {
      return List.of(new Remedy.Choice(Field.CERTIFICATIONS.path(), List.of(codes.required())));
    }
    if (evidence instanceof Evidence.Name) {
      return List.of(new Remedy.Choice(Field.PARK.path(), List.of()));
    }
    if (evidence instanceof Evidence.Designation) {
      List<String> designating = zones == null ? List.of()
          : zones.zones().stream().filter(z -> z.designates(proposal))
              .map(ZoneTable.Zone::name).toList();
      // No zone of the table designates the industry: no site passes, which is not "any park".
      return List.of(designating.isEmpty() ? new Remedy.NoValue(Field.PARK.path())
          : new Remedy.Choice(Field.PARK.path(), designating));
    }
    if (evidence instanceof Evidence.Comparison c) {
      return figure(c, proposal);
    }
    return List.of();
  }

  /** The passing value of each input of the metric's formula, the others held. */
  private static List<Remedy> figure(Evidence.Comparison c, Proposal p) {
    Comparator cmp = c.comparator();
    BigDecimal t = c.required();
    List<Remedy> remedies = new ArrayList<>();
    switch (c.metric()) {
      case LOCAL_COMPONENT_RATE, LOCAL_MATERIAL_RATE, FIRST_GRADE_SHARE, QUALITY_LOSS_RATE,
          BRANDED_SALES_SHARE, REPLACED_CAPACITY, NEW_CAPACITY -> {
        Field field = c.metric().inputs().get(0);
        remedies.add(bound(field, cmp, t, p));
      }
      case GAS_YIELD, ELECTRICITY_YIELD, LABOR_PRODUCTIVITY, RETURN_ON_NET_ASSETS, RD_INTENSITY,
          NEW_PRODUCT_RATE -> {
        Field dividend = c.metric().inputs().get(0);
        Field divisor = c.metric().inputs().get(1);
        BigDecimal a = value(dividend, p);
        BigDecimal b = value(divisor, p);
        // a / b cmp t, b > 0: a cmp t·b; and b reversed, a / t, when a and t are positive.
        remedies.add(bound(dividend, cmp, t.multiply(b), p));
        remedies.add(a.signum() > 0 && t.signum() > 0
            ? bound(divisor, reversed(cmp), a.divide(t, EXACT_ENOUGH), p)
            : new Remedy.NoValue(divisor.path()));
      }
      case ASSET_CONTRIBUTION -> {
        BigDecimal profit = value(Field.TOTAL_PROFIT, p);
        BigDecimal taxes = value(Field.TAXES, p);
        BigDecimal interest = value(Field.INTEREST, p);
        BigDecimal assets = value(Field.TOTAL_ASSETS, p);
        BigDecimal needed = t.multiply(assets);
        remedies.add(bound(Field.TOTAL_PROFIT, cmp, needed.subtract(taxes).subtract(interest), p));
        remedies.add(bound(Field.TAXES, cmp, needed.subtract(profit).subtract(interest), p));
        remedies.add(bound(Field.INTEREST, cmp, needed.subtract(profit).subtract(taxes), p));
        BigDecimal sum = profit.add(taxes).add(interest);
        remedies.add(sum.signum() > 0 && t.signum() > 0
            ? bound(Field.TOTAL_ASSETS, reversed(cmp), sum.divide(t, EXACT_ENOUGH), p)
            : new Remedy.NoValue(Field.TOTAL_ASSETS.path()));
      }
      case ENERGY_INTENSITY -> {
        // E · 10000 / V cmp t: E cmp t · V / 10000; V reversed E · 10000 / t.
        BigDecimal energy = value(Field.ENERGY_CONSUMPTION, p);
        BigDecimal valueAdded = value(Field.VALUE_ADDED, p);
        remedies.add(bound(Field.ENERGY_CONSUMPTION, cmp,
            t.multiply(valueAdded).divide(TEN_THOUSAND, EXACT_ENOUGH), p));
        remedies.add(t.signum() > 0
            ? bound(Field.VALUE_ADDED, reversed(cmp),
                energy.multiply(TEN_THOUSAND).divide(t, EXACT_ENOUGH), p)
            : new Remedy.NoValue(Field.VALUE_ADDED.path()));
      }
      case ENERGY_INTENSITY_RATIO -> {
        // (E1 · V0) / (V1 · E0) cmp t, each input solved with the others held.
        BigDecimal e1 = value(Field.ENERGY_CONSUMPTION, p);
        BigDecimal v1 = value(Field.VALUE_ADDED, p);
        BigDecimal e0 = value(Field.BASELINE_ENERGY_CONSUMPTION, p);
        BigDecimal v0 = value(Field.BASELINE_VALUE_ADDED, p);
        remedies.add(bound(Field.ENERGY_CONSUMPTION, cmp,
            t.multiply(v1).multiply(e0).divide(v0, EXACT_ENOUGH), p));
        boolean solvable = t.signum() > 0 && e1.signum() > 0;
        remedies.add(solvable ? bound(Field.VALUE_ADDED, reversed(cmp),
            e1.multiply(v0).divide(t.multiply(e0), EXACT_ENOUGH), p)
            : new Remedy.NoValue(Field.VALUE_ADDED.path()));
        remedies.add(solvable ? bound(Field.BASELINE_ENERGY_CONSUMPTION, reversed(cmp),
            e1.multiply(v0).divide(t.multiply(v1), EXACT_ENOUGH), p)
            : new Remedy.NoValue(Field.BASELINE_ENERGY_CONSUMPTION.path()));
        remedies.add(solvable ? bound(Field.BASELINE_VALUE_ADDED, cmp,
            t.multiply(v1).multiply(e0).divide(e1, EXACT_ENOUGH), p)
            : new Remedy.NoValue(Field.BASELINE_VALUE_ADDED.path()));
      }
      case NET_ADDED_CAPACITY -> {
        // new − replaced cmp t: new cmp t + replaced; replaced reversed new − t.
        BigDecimal added = value(Field.NEW_CAPACITY, p);
        BigDecimal replaced = value(Field.REPLACED_CAPACITY, p);
        remedies.add(bound(Field.NEW_CAPACITY, cmp, t.add(replaced), p));
        remedies.add(bound(Field.REPLACED_CAPACITY, reversed(cmp), added.subtract(t), p));
      }
      default -> { }
    }
    return remedies;
  }

  /**
   * {@code field cmp bound} as a remedy, rounded the passing way to the field's step; no value
   * when every value the field may hold fails (a negative amount, a rate above 1, a divisor of 0).
   */
  private static Remedy bound(Field field, Comparator cmp, BigDecimal bound, Proposal p) {
    BigDecimal step = step(field);
    BigDecimal value = switch (cmp) {
      case AT_LEAST -> ceiling(bound, step);
      case AT_MOST -> floor(bound, step);
      // Strict: the bound itself, rounded so that one step beyond it still passes.
      case GREATER_THAN -> floor(bound, step);
      case LESS_THAN -> ceiling(bound, step);
      case APPROXIMATELY -> bound.divide(step, 0, RoundingMode.HALF_EVEN).multiply(step);
      default -> throw new IllegalArgumentException("no bound for " + cmp);
    };
    BigDecimal passing = switch (cmp) {
      case GREATER_THAN -> value.add(step);
      case LESS_THAN -> value.subtract(step);
      default -> value;
    };
    boolean divisor = isDivisor(field);
    boolean allowed = (field.kind().mayBeNegative() || passing.signum() >= 0)
        && (!divisor || passing.signum() > 0)
        && (field.kind() != Field.Kind.RATE || passing.compareTo(BigDecimal.ONE) <= 0);
    if (!allowed) {
      return new Remedy.NoValue(field.path());
    }
    return new Remedy.Value(field.path(), cmp, plain(value), unitOf(field.path(), p));
  }

  /** Whether a formula divides by the field, so that it must stay above 0. */
  private static boolean isDivisor(Field field) {
    return switch (field) {
      case NATURAL_GAS, ELECTRICITY, EMPLOYEES, NET_ASSETS, TOTAL_ASSETS, SALES_REVENUE,
          OUTPUT_VALUE, VALUE_ADDED, BASELINE_ENERGY_CONSUMPTION, BASELINE_VALUE_ADDED -> true;
      default -> false;
    };
  }

  /** The smallest step of a field's value, to which remedies are rounded. */
  static BigDecimal step(Field field) {
    return switch (field.kind()) {
      case RATE -> new BigDecimal("0.0001");
      case TONNES_COAL_EQUIVALENT, CAPACITY -> new BigDecimal("0.01");
      default -> BigDecimal.ONE;
    };
  }

  private static BigDecimal ceiling(BigDecimal value, BigDecimal step) {
    return value.divide(step, 0, RoundingMode.CEILING).multiply(step);
  }

  private static BigDecimal floor(BigDecimal value, BigDecimal step) {
    return value.divide(step, 0, RoundingMode.FLOOR).multiply(step);
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The comparator that an input in the divisor must meet: a quotient grows as it shrinks. */
  private static Comparator reversed(Comparator cmp) {
    return switch (cmp) {
      case AT_LEAST -> Comparator.AT_MOST;
      case AT_MOST -> Comparator.AT_LEAST;
      case GREATER_THAN -> Comparator.LESS_THAN;
      case LESS_THAN -> Comparator.GREATER_THAN;
      case APPROXIMATELY -> Comparator.APPROXIMATELY;
      default -> throw new IllegalArgumentException("not an order: " + cmp);
    };
  }

  private static BigDecimal value(Field field, Proposal p) {
    return (BigDecimal) field.of(p);
  }

  /** The unit a field is stated in: a capacity in the proposal's own. */
  private static String unitOf(String path, Proposal p) {
    return Field.byPath(path).map(f -> f.kind() == Field.Kind.CAPACITY
        ? p.capacity().unit() : f.kind().unit(false).orElse(null)).orElse(null);
  }
}

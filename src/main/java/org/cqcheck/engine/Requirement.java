package org.cqcheck.engine;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cqcheck.metrics.Metric;

/**
 * What a rule requires, as its {@code @requires} metadata states it, once, for the engine to apply
 * and for the catalogue, {@code rules} and {@code explain} to show:
 *
 * <pre>
 * &#64;requires("GAS_YIELD &gt;= 25")                   a threshold, exact as written
 * &#64;requires("NEW_PRODUCT_RATE &gt; 0.28")           strictly more
 * &#64;requires("ENERGY_INTENSITY ≈ 1.84")            within 5% either way (also written ~=)
 * &#64;requires("REPLACED_CAPACITY &gt;= NEW_CAPACITY") another figure of the same proposal
 * &#64;requires("HIGH_RISK_EQUIPMENT_COMPLIANT == true")
 * &#64;requires("CERTIFICATIONS contains GMP-2010")
 * &#64;requires("PARK present")
 * &#64;requires("ZONE_DESIGNATION member")            the sectors the site's zones designate
 * </pre>
 *
 * @param metric the metric compared
 * @param comparator how it is compared
 * @param threshold the numeric threshold, exactly as written, when there is one
 * @param requiredMetric the figure of the same proposal it must reach, when that is the threshold
 * @param code the code a list must contain ({@link Comparator#CONTAINS}), else null
 */
public record Requirement(Metric metric, Comparator comparator, BigDecimal threshold,
    Metric requiredMetric, String code) {

  private static final Pattern FORM = Pattern.compile(
      "\\s*([A-Z][A-Z0-9_]*)\\s+(>=|<=|>|~=|≈|==|contains|present|member)\\s*(\\S*)\\s*");

  /**
   * The requirement {@code text} states.
   *
   * @throws IllegalArgumentException naming what is wrong, when it states none
   */
  public static Requirement parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("\"" + text + "\" is not a requirement such as"
          + " \"GAS_YIELD >= 25\", \"PARK present\" or \"CERTIFICATIONS contains GMP-2010\"");
    }
    Metric metric = metric(m.group(1));
    String operand = m.group(3);
    return switch (m.group(2)) {
      case ">=", "<=", ">", "~=", "≈" -> {
        Comparator comparator = switch (m.group(2)) {
          case ">=" -> Comparator.AT_LEAST;
          case "<=" -> Comparator.AT_MOST;
          case ">" -> Comparator.GREATER_THAN;
          default -> Comparator.APPROXIMATELY;
        };
        if (operand.matches("-?[0-9]+(\\.[0-9]+)?")) {
          yield new Requirement(metric, comparator, new BigDecimal(operand), null, null);
        }
        yield new Requirement(metric, comparator, null, metric(operand), null);
      }
      case "==" -> {
        if (!operand.equals("true")) {
          throw new IllegalArgumentException("\"" + text + "\": == takes true");
        }
        yield new Requirement(metric, Comparator.IS_TRUE, null, null, null);
      }
      case "contains" -> {
        if (operand.isEmpty()) {
          throw new IllegalArgumentException("\"" + text + "\": contains what?");
        }
        yield new Requirement(metric, Comparator.CONTAINS, null, null, operand);
      }
      case "present" -> new Requirement(metric, Comparator.PRESENT, null, null, null);
      default -> new Requirement(metric, Comparator.DESIGNATED, null, null, null);
    };
  }

  private static Metric metric(String name) {
    try {
      return Metric.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " is not a metric (org.cqcheck.metrics.Metric)");
    }
  }

  /** The requirement as people read it: "≥ 25 yuan/m³", "∋ GMP-2010". */
  public String describe() {
    String unit = metric.unitFor(null) == null ? "" : " " + metric.unitFor(null);
    if (threshold != null) {
      return "ratio".equals(unit.strip())
          ? comparator.symbol() + " " + threshold.movePointRight(2).stripTrailingZeros().toPlainString() + "%"
          : comparator.symbol() + " " + threshold.stripTrailingZeros().toPlainString() + unit;
    }
    return switch (comparator) {
      case IS_TRUE -> "= true";
      case PRESENT -> "present";
      case DESIGNATED -> "∈ designated sectors of the site's zones";
      case CONTAINS -> comparator.symbol() + " " + code;
      default -> comparator.symbol() + " " + requiredMetric.formula();
    };
  }

  /** The zone designation, which has no threshold: its requirement is the zone table's. */
  public boolean isDesignation() {
    return comparator == Comparator.DESIGNATED;
  }

  /** {@code text} parsed, or empty when absent. */
  static Optional<Requirement> ofMetadata(Object text) {
    return text == null ? Optional.empty() : Optional.of(parse(String.valueOf(text)));
  }
}

package org.cqcheck.engine;

import java.math.BigDecimal;
import org.cqcheck.metrics.Metric;

/**
 * What a rule requires, as its DRL consequence states it: a metric, a comparator and a threshold
 * (a number, a code, or another metric of the proposal).
 *
 * @param metric the metric compared; null for the zone designation, which names none
 * @param comparator how it is compared
 * @param threshold the numeric threshold, when there is one
 * @param operand the threshold when it is not a number: a code ("GMP-2010") or a metric's field
 */
public record Requirement(Metric metric, Comparator comparator, BigDecimal threshold, String operand) {

  /** The requirement as people read it: "≥ 25 yuan/m³", "∋ GMP-2010". */
  public String describe() {
    String unit = metric == null || metric.unitFor(null) == null ? "" : " " + metric.unitFor(null);
    if (threshold != null) {
      return "ratio".equals(unit.strip())
          ? comparator.symbol() + " " + threshold.movePointRight(2).stripTrailingZeros().toPlainString() + "%"
          : comparator.symbol() + " " + threshold.stripTrailingZeros().toPlainString() + unit;
    }
    return switch (comparator) {
      case IS_TRUE -> "= true";
      case PRESENT -> "present";
      case DESIGNATED -> "∈ designated sectors of the site's zones";
      default -> comparator.symbol() + " " + operand;
    };
  }
}

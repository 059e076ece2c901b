package org.cqcheck.internal.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import org.cqcheck.report.Language;

/**
 * How figures are shown. Findings keep exact decimals; reports round them here, and only here.
 */
public final class FigureFormat {

  /** Significant digits of figures in machine-readable reports. */
  private static final MathContext REPORTED = new MathContext(10, RoundingMode.HALF_EVEN);

  /** Chinese names of the fixed units; capacity units are the proposal's own words. */
  private static final Map<String, String> UNITS_ZH = Map.of(
      "yuan/m³", "元/立方米",
      "yuan/kWh", "元/千瓦时",
      "yuan/person-year", "元/人•年",
      "tce/10k yuan", "吨标准煤/万元");

  private FigureFormat() {}

  /** The unit as people read it in {@code language}. */
  public static String unitFor(String unit, Language language) {
    // Map.of maps refuse a null key; flags, texts and unitless capacities have no unit.
    return language.chinese() && unit != null ? UNITS_ZH.getOrDefault(unit, unit) : unit;
  }

  /** A figure for JSON: at most 10 significant digits, no trailing zeros. */
  public static BigDecimal forMachine(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal rounded = value.round(REPORTED).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }

  /**
   * A figure for people, with its unit: rates as percentages, large amounts grouped. The actual
   * figure is shown with as many decimals as it takes to differ from the required one, so that a
   * miss never reads as equal to the threshold.
   */
  public static String forPeople(BigDecimal value, BigDecimal other, String unit) {
    if (value == null) {
      return "—";
    }
    boolean rate = "ratio".equals(unit);
    BigDecimal shown = rate ? value.movePointRight(2) : value;
    BigDecimal otherShown = other == null ? null : rate ? other.movePointRight(2) : other;
    int decimals = 2;
    String text = number(shown, decimals);
    while (otherShown != null && shown.compareTo(otherShown) != 0 && decimals < 12
        && text.equals(number(otherShown, decimals))) {
      decimals++;
      text = number(shown, decimals);
    }
    if (rate) {
      return text + "%";
    }
    return unit == null || unit.isBlank() ? text : text + " " + unit;
  }

  /**
   * {@code value} rounded half-even to at most {@code decimals} decimals, trailing zeros dropped,
   * thousands grouped with commas; a negative value keeps its sign even when it rounds to zero
   * ("-0"), as {@link java.text.DecimalFormat} prints it. Written out rather than through a
   * DecimalFormat, which is costly to build and not safe to share between threads: this runs for
   * every figure of every report.
   */
  static String number(BigDecimal value, int decimals) {
    BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
    String digits = rounded.abs().toPlainString();
    int point = digits.indexOf('.');
    int integerEnd = point < 0 ? digits.length() : point;
    StringBuilder text = new StringBuilder(digits.length() + integerEnd / 3 + 1);
    if (value.signum() < 0) {
      text.append('-');
    }
    for (int i = 0; i < integerEnd; i++) {
      if (i > 0 && (integerEnd - i) % 3 == 0) {
        text.append(',');
      }
      text.append(digits.charAt(i));
    }
    return text.append(digits, integerEnd, digits.length()).toString();
  }
}

package org.cqcheck.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

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

  private static String number(BigDecimal value, int decimals) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setMaximumFractionDigits(decimals);
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return format.format(value);
  }
}

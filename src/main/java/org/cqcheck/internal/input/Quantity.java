package org.cqcheck.internal.input;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of figure a proposal holds, with the Chinese unit strings each accepts ("3.1亿元",
 * "2000万立方米", "72%"). Conversion is exact: the decimal is scaled by a power of ten.
 */
public enum Quantity {
  YUAN(units("元", 0, "万元", 4, "亿元", 8, "万亿元", 12)),
  CUBIC_METRES(units("立方米", 0, "万立方米", 4, "亿立方米", 8)),
  KILOWATT_HOURS(units("千瓦时", 0, "万千瓦时", 4, "亿千瓦时", 8, "度", 0, "万度", 4, "亿度", 8)),
  TONNES_COAL_EQUIVALENT(units("吨标准煤", 0, "万吨标准煤", 4)),
  /** A fraction 0..1, or a percent string. */
  RATE(units("%", -2, "％", -2)),
  /** A count or a figure in a unit named elsewhere: numbers only. */
  PLAIN(Map.of());

  private static final Pattern NUMBER_AND_UNIT =
      Pattern.compile("\\s*([-+]?[0-9]+(?:\\.[0-9]+)?)\\s*(\\S+?)\\s*");

  /** Unit → power of ten by which the number is scaled. */
  private final Map<String, Integer> units;

  Quantity(Map<String, Integer> units) {
    this.units = units;
  }

  /** Figures are below 10^18 (a million times Chongqing's annual industrial output) in size. */
  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);
  /** And have at most 18 decimals: rates and intensities need far fewer. */
  private static final int MAX_DECIMALS = 18;

  /** Whether {@code value} is within the range any figure of a proposal can have. */
  static boolean inRange(BigDecimal value) {
    // Digits before the point, read off the representation: a proposal's every figure passes
    // here when it is checked in memory, and abs() and stripTrailingZeros() each copy the number.
    if (value.precision() - value.scale() > LIMIT_DIGITS) {
      return false;
    }
    return value.scale() <= MAX_DECIMALS || value.stripTrailingZeros().scale() <= MAX_DECIMALS;
  }

  /** Integer digits of the largest figure below {@link #LIMIT}. */
  private static final int LIMIT_DIGITS = 18;

  /** The unit strings accepted, as listed to the user. */
  public List<String> unitNames() {
    return List.copyOf(units.keySet());
  }

  /** The value of {@code text} in base units, when it is a number followed by a unit of this kind. */
  public Optional<BigDecimal> parse(String text) {
    Matcher m = NUMBER_AND_UNIT.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    Integer power = units.get(m.group(2));
    if (power == null) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(m.group(1)).scaleByPowerOfTen(power));
  }

  private static Map<String, Integer> units(Object... pairs) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return map;
  }
}

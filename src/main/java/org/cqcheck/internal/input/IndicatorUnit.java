package org.cqcheck.internal.input;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cqcheck.model.Fraction;

/**
 * The unit kinds of the indicator vocabulary, with the strings a value of each may be written in
 * (INDICATOR-FORMAT.md, "Units of values"): "2.45万亿元", "79%", "三分之二", "0.3个百分点", "88件",
 * "2.7亿台", "1.84吨标准煤/万元". A value is parsed exactly into the kind's base unit: "2/3" and
 * "三分之二" are 2/3, not a rounded decimal.
 */
public enum IndicatorUnit {
  YUAN("yuan", units("元", 0, "万元", 4, "亿元", 8, "万亿元", 12, "亿", 8, "万亿", 12)),
  /** A share, a fraction 0..1: "79%", "2/3", "三分之二". */
  SHARE("ratio", units("%", -2, "％", -2)),
  /** A growth, change or reduction: may be negative or above 1; "0.3个百分点" is 0.003. */
  CHANGE("ratio", units("%", -2, "％", -2, "个百分点", -2)),
  COUNT("count", counted("个", "户", "家", "件", "项", "座")),
  PERSONS("persons", counted("人")),
  PRODUCT_UNITS("units", counted("台", "辆", "台件", "套")),
  TONNES("tonnes", units("吨", 0, "万吨", 4, "亿吨", 8)),
  WEIGHT_CASES("weight-cases", units("重量箱", 0, "万重量箱", 4)),
  SQUARE_METRES("m2", units("平方米", 0, "万平方米", 4, "平方公里", 6)),
  CUBIC_METRES("m3", units("立方米", 0, "万立方米", 4, "亿立方米", 8)),
  KILOWATTS("kW", units("千瓦", 0, "万千瓦", 4)),
  /** tce per 10,000 yuan of value added, the base unit itself. */
  TCE_PER_10K_YUAN("tce-per-10k-yuan", units("吨标准煤/万元", 0)),
  YUAN_PER_KWH("yuan-per-kWh", units("元/度", 0, "元/千瓦时", 0)),
  YUAN_PER_PERSON_YEAR("yuan-per-person-year", units("元/人", 0, "万元/人", 4, "元/人•年", 0,
      "万元/人•年", 4, "元/人·年", 0, "万元/人·年", 4));

  private static final Pattern NUMBER_AND_UNIT =
      Pattern.compile("\\s*([-+]?[0-9]+(?:\\.[0-9]+)?)\\s*(\\S*?)\\s*");
  private static final Pattern FRACTION = Pattern.compile("\\s*([0-9]+)\\s*/\\s*([0-9]+)\\s*");
  private static final Pattern CHINESE_FRACTION = Pattern.compile("\\s*([一二三四五六七八九十])分之"
      + "([一二三四五六七八九十])\\s*");
  private static final String CHINESE_DIGITS = "一二三四五六七八九十";

  /** The catalogue's word for the unit kind (AGGREGATE-TARGETS.md, "unit kind"). */
  private final String code;
  /** Unit string → power of ten by which the number is scaled. */
  private final Map<String, Integer> units;

  IndicatorUnit(String code, Map<String, Integer> units) {
    this.code = code;
    this.units = units;
  }

  /**
   * The unit kind as the catalogue's vocabulary writes it: yuan, ratio, count, persons, units,
   * tonnes, weight-cases, m2, m3, kW, tce-per-10k-yuan, yuan-per-kWh, yuan-per-person-year. A
   * share and a change are both a ratio.
   */
  public String code() {
    return code;
  }

  /** Whether a value of this kind counts whole things (enterprises, persons, products). */
  public boolean isWhole() {
    return this == COUNT || this == PERSONS || this == PRODUCT_UNITS;
  }

  /** The unit strings accepted besides a plain number, as listed to the user. */
  public List<String> unitNames() {
    return List.copyOf(units.keySet());
  }

  /**
   * The value of {@code text} in the base unit of this kind: a number with one of its units, a
   * plain number, or for a share a fraction ("2/3", "三分之二"); empty when it is none of these.
   */
  public Optional<Fraction> parse(String text) {
    if (this == SHARE) {
      Optional<Fraction> fraction = fraction(text);
      if (fraction.isPresent()) {
        return fraction;
      }
    }
    Matcher m = NUMBER_AND_UNIT.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    BigDecimal number = new BigDecimal(m.group(1));
    if (m.group(2).isEmpty()) {
      return Optional.of(Fraction.of(number));
    }
    Integer power = units.get(m.group(2));
    return power == null ? Optional.empty()
        : Optional.of(Fraction.of(number.scaleByPowerOfTen(power)));
  }

  private static Optional<Fraction> fraction(String text) {
    Matcher arabic = FRACTION.matcher(text);
    Matcher chinese = CHINESE_FRACTION.matcher(text);
    BigInteger numerator;
    BigInteger denominator;
    if (arabic.matches()) {
      numerator = new BigInteger(arabic.group(1));
      denominator = new BigInteger(arabic.group(2));
    } else if (chinese.matches()) {
      // 三分之二: the denominator is written first.
      denominator = BigInteger.valueOf(CHINESE_DIGITS.indexOf(chinese.group(1)) + 1);
      numerator = BigInteger.valueOf(CHINESE_DIGITS.indexOf(chinese.group(2)) + 1);
    } else {
      return Optional.empty();
    }
    if (denominator.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(new Fraction(new BigDecimal(numerator), denominator));
  }

  private static Map<String, Integer> units(Object... pairs) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return map;
  }

  /** Measure words, alone or after 万 or 亿, which multiply ("1万户", "2.7亿台"). */
  private static Map<String, Integer> counted(String... words) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (String word : words) {
      map.put(word, 0);
      map.put("万" + word, 4);
      map.put("亿" + word, 8);
    }
    return map;
  }
}

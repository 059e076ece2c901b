package org.cqcheck.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.cqcheck.model.Fraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values as indicator reports write them, in the base unit of their kind, exactly. */
class IndicatorUnitTest {

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource({
      "YUAN, 2.45万亿元, 2450000000000", "YUAN, 5700亿元, 570000000000", "YUAN, 1.8万亿, 1800000000000",
      "YUAN, 1000, 1000",
      "SHARE, 79%, 0.79", "SHARE, 0.79, 0.79", "SHARE, 2/3, 2/3",
      "SHARE, 三分之二, 2/3", "SHARE, 十分之三, 0.3", "SHARE, 4/6, 2/3",
      "CHANGE, -3.5%, -0.035", "CHANGE, 0.3个百分点, 0.003", "CHANGE, 150%, 1.5",
      "COUNT, 88件, 88", "COUNT, 8个, 8", "COUNT, 1万户, 10000", "COUNT, 40, 40",
      "PERSONS, 3万人, 30000", "PRODUCT_UNITS, 2.7亿台, 270000000",
      "PRODUCT_UNITS, 6万辆, 60000", "TONNES, 4000万吨, 40000000",
      "WEIGHT_CASES, 600万重量箱, 6000000", "SQUARE_METRES, 1700万平方米, 17000000",
      "SQUARE_METRES, 2平方公里, 2000000", "CUBIC_METRES, 120亿立方米, 12000000000",
      "KILOWATTS, 2200万千瓦, 22000000", "TCE_PER_10K_YUAN, 1.84吨标准煤/万元, 1.84",
      "YUAN_PER_KWH, 30元/度, 30", "YUAN_PER_KWH, 30元/千瓦时, 30",
      "YUAN_PER_PERSON_YEAR, 30万元/人•年, 300000", "YUAN_PER_PERSON_YEAR, 30万元/人·年, 300000",
      "YUAN_PER_PERSON_YEAR, 30万元/人, 300000",
  })
  void aValueIsReadInItsBaseUnit(IndicatorUnit unit, String text, String expected) {
    assertThat(unit.parse(text)).contains(Fraction.parse(expected).orElseThrow());
  }

  /** Two thirds is two thirds: three of them make exactly one, which no rounded decimal does. */
  @Test
  void aFractionIsExact() {
    Fraction twoThirds = IndicatorUnit.SHARE.parse("三分之二").orElseThrow();
    assertThat(twoThirds).isEqualTo(Fraction.of(2, 3)).hasToString("2/3");
    assertThat(twoThirds.isDecimal()).isFalse();
    assertThat(IndicatorUnit.SHARE.parse("2/3")).contains(twoThirds);
    assertThat(twoThirds.compareTo(Fraction.of(new java.math.BigDecimal("0.6666666666666667"))))
        .isNegative();
  }

  @Test
  void eachKindSaysItsCatalogueWordAndWhetherItCountsWholeThings() {
    assertThat(IndicatorUnit.SHARE.code()).isEqualTo("ratio");
    assertThat(IndicatorUnit.CHANGE.code()).isEqualTo("ratio");
    assertThat(IndicatorUnit.SQUARE_METRES.code()).isEqualTo("m2");
    assertThat(java.util.Arrays.stream(IndicatorUnit.values()).filter(IndicatorUnit::isWhole))
        .containsExactly(IndicatorUnit.COUNT, IndicatorUnit.PERSONS, IndicatorUnit.PRODUCT_UNITS);
  }

  @ParameterizedTest(name = "{0} {1} is refused")
  @CsvSource({
      "YUAN, 2.45万亿台", "SHARE, 0.3个百分点", "COUNT, 88吨", "TONNES, 4000万重量箱",
      "KILOWATTS, 千瓦", "SHARE, 二分之零", "SQUARE_METRES, 1700万立方米", "SHARE, 2/0",
      "CHANGE, 2/3", "SHARE, 99999999999999999999/0",
  })
  void aValueInAnotherKindsUnitIsRefused(IndicatorUnit unit, String text) {
    assertThat(unit.parse(text)).isEmpty();
  }
}

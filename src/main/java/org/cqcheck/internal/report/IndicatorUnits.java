package org.cqcheck.internal.report;

import org.cqcheck.internal.input.IndicatorUnit;
import org.cqcheck.internal.input.IndicatorVocabulary;

/** The unit kind of an indicator key, as reports name it (yuan, ratio, count, m2...). */
public final class IndicatorUnits {

  private static final IndicatorVocabulary VOCABULARY = IndicatorVocabulary.builtIn();

  private IndicatorUnits() {}

  /** The unit kind of {@code key} in the catalogue's vocabulary, or null for an unknown key. */
  public static String unitOf(String key) {
    return VOCABULARY.indicator(key).map(i -> name(i.unit())).orElse(null);
  }

  /** What {@code key} measures, as the catalogue's vocabulary says it (in English). */
  public static java.util.Optional<String> meaningOf(String key) {
    return VOCABULARY.indicator(key).map(IndicatorVocabulary.Indicator::meaning);
  }

  /** As the catalogue's vocabulary writes the unit kind. */
  static String name(IndicatorUnit unit) {
    return switch (unit) {
      case YUAN -> "yuan";
      case SHARE, CHANGE -> "ratio";
      case COUNT -> "count";
      case PERSONS -> "persons";
      case PRODUCT_UNITS -> "units";
      case TONNES -> "tonnes";
      case WEIGHT_CASES -> "weight-cases";
      case SQUARE_METRES -> "m2";
      case CUBIC_METRES -> "m3";
      case KILOWATTS -> "kW";
      case TCE_PER_10K_YUAN -> "tce-per-10k-yuan";
      case YUAN_PER_KWH -> "yuan-per-kWh";
      case YUAN_PER_PERSON_YEAR -> "yuan-per-person-year";
    };
  }
}

package org.cqcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.cqcheck.model.FigureBasis;
import org.cqcheck.model.Fraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every cell of INDICATOR-FORMAT.md's table "How a figure meets a target", on both sides of each
 * cell's condition: comparator, threshold, basis, figure, decision.
 */
class FigureDecisionTest {

  @ParameterizedTest(name = "{0} {1}, {2} {3}: {4}")
  @CsvSource({
      // ≥ t: exact or estimate v
      "AT_LEAST, 100, EXACT, 100, MET", "AT_LEAST, 100, EXACT, 99.99, MISSED",
      "AT_LEAST, 100, ESTIMATE, 101, MET", "AT_LEAST, 100, ESTIMATE, 99, MISSED",
      // ≥ t: atLeast b: PASS if b ≥ t, else INCONCLUSIVE
      "AT_LEAST, 100, AT_LEAST, 100, MET", "AT_LEAST, 100, AT_LEAST, 99, UNDECIDED",
      // ≥ t: above b: PASS if b ≥ t, else INCONCLUSIVE
      "AT_LEAST, 100, ABOVE, 100, MET", "AT_LEAST, 100, ABOVE, 99, UNDECIDED",
      // ≥ t: atMost b: FAIL if b < t, else INCONCLUSIVE
      "AT_LEAST, 100, AT_MOST, 99, MISSED", "AT_LEAST, 100, AT_MOST, 100, UNDECIDED",
      // ≥ t: below b: FAIL if b ≤ t, else INCONCLUSIVE
      "AT_LEAST, 100, BELOW, 100, MISSED", "AT_LEAST, 100, BELOW, 101, UNDECIDED",
      // > t
      "GREATER_THAN, 100, EXACT, 100.01, MET", "GREATER_THAN, 100, EXACT, 100, MISSED",
      "GREATER_THAN, 100, AT_LEAST, 101, MET", "GREATER_THAN, 100, AT_LEAST, 100, UNDECIDED",
      "GREATER_THAN, 100, ABOVE, 100, MET", "GREATER_THAN, 100, ABOVE, 99, UNDECIDED",
      "GREATER_THAN, 100, AT_MOST, 100, MISSED", "GREATER_THAN, 100, AT_MOST, 101, UNDECIDED",
      "GREATER_THAN, 100, BELOW, 100, MISSED", "GREATER_THAN, 100, BELOW, 101, UNDECIDED",
      // ≤ t
      "AT_MOST, 100, EXACT, 100, MET", "AT_MOST, 100, EXACT, 100.01, MISSED",
      "AT_MOST, 100, AT_LEAST, 101, MISSED", "AT_MOST, 100, AT_LEAST, 100, UNDECIDED",
      "AT_MOST, 100, ABOVE, 100, MISSED", "AT_MOST, 100, ABOVE, 99, UNDECIDED",
      "AT_MOST, 100, AT_MOST, 100, MET", "AT_MOST, 100, AT_MOST, 101, UNDECIDED",
      "AT_MOST, 100, BELOW, 100, MET", "AT_MOST, 100, BELOW, 101, UNDECIDED",
      // ≈ t, within 5%
      "APPROXIMATELY, 100, EXACT, 105, MET", "APPROXIMATELY, 100, EXACT, 94.99, MISSED",
      "APPROXIMATELY, 100, AT_LEAST, 105.01, MISSED", "APPROXIMATELY, 100, AT_LEAST, 105, UNDECIDED",
      "APPROXIMATELY, 100, ABOVE, 105, MISSED", "APPROXIMATELY, 100, ABOVE, 104.99, UNDECIDED",
      "APPROXIMATELY, 100, AT_MOST, 94.99, MISSED", "APPROXIMATELY, 100, AT_MOST, 95, UNDECIDED",
      "APPROXIMATELY, 100, BELOW, 95, MISSED", "APPROXIMATELY, 100, BELOW, 95.01, UNDECIDED",
  })
  void aFigureDecidesATargetAsTheFormatsTableSays(Comparator comparator, BigDecimal threshold,
      FigureBasis basis, BigDecimal figure, String expected) {
    FigureDecision decision = FigureDecision.of(basis, comparator, Fraction.of(threshold),
        Fraction.of(figure));
    assertThat(decision).isEqualTo(FigureDecision.valueOf(expected));
  }

  @ParameterizedTest(name = "{0} {1}, {2} {3}: {4}")
  @CsvSource({
      "AT_LEAST, 2/3, EXACT, 2/3, MET",
      "AT_LEAST, 2/3, EXACT, 0.6667, MET",
      "AT_LEAST, 2/3, EXACT, 0.6666, MISSED",
      "AT_LEAST, 2/3, AT_MOST, 0.6666, MISSED",
      "AT_LEAST, 2/3, AT_LEAST, 0.6666, UNDECIDED",
      "APPROXIMATELY, 2/3, EXACT, 0.7, MET",
      "APPROXIMATELY, 2/3, EXACT, 0.7001, MISSED",
      "GREATER_THAN, 0.3, EXACT, 1/3, MET",
  })
  void fractionsCompareExactly(Comparator comparator, String threshold, FigureBasis basis,
      String figure, String expected) {
    FigureDecision decision = FigureDecision.of(basis, comparator,
        Fraction.parse(threshold).orElseThrow(), Fraction.parse(figure).orElseThrow());
    assertThat(decision).isEqualTo(FigureDecision.valueOf(expected));
  }
}

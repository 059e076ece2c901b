package org.cqcheck.engine;

import java.math.BigDecimal;
import org.cqcheck.model.FigureBasis;
import org.cqcheck.model.Fraction;

/**
 * What a published figure decides of an aggregate target, by INDICATOR-FORMAT.md's table "How a
 * figure meets a target": an exact or estimated figure always decides; a bound decides only when
 * every true value it allows falls on one side of the threshold.
 */
public enum FigureDecision {
  MET,
  MISSED,
  /** The bound allows values on both sides: INCONCLUSIVE. */
  UNDECIDED;

  private static final BigDecimal LOW = BigDecimal.ONE.subtract(Comparator.APPROXIMATE_TOLERANCE);
  private static final BigDecimal HIGH = BigDecimal.ONE.add(Comparator.APPROXIMATE_TOLERANCE);

  /**
   * Whether a figure {@code b} of {@code basis} meets the target {@code comparator t}, exactly:
   * both sides are brought over one denominator, which no comparison of the table changes.
   *
   * @throws IllegalArgumentException for a comparator a target does not use
   */
  public static FigureDecision of(FigureBasis basis, Comparator comparator, Fraction t,
      Fraction b) {
    return of(basis, comparator, t.over(b.denominator()), b.over(t.denominator()));
  }

  static FigureDecision of(FigureBasis basis, Comparator comparator, BigDecimal t,
      BigDecimal b) {
    if (basis == FigureBasis.EXACT || basis == FigureBasis.ESTIMATE) {
      return comparator.holds(b, t) ? MET : MISSED;
    }
    int order = b.compareTo(t);
    return switch (comparator) {
      case AT_LEAST -> switch (basis) {
        case AT_LEAST, ABOVE -> order >= 0 ? MET : UNDECIDED;
        case AT_MOST -> order < 0 ? MISSED : UNDECIDED;
        default -> order <= 0 ? MISSED : UNDECIDED;
      };
      case GREATER_THAN -> switch (basis) {
        case AT_LEAST -> order > 0 ? MET : UNDECIDED;
        case ABOVE -> order >= 0 ? MET : UNDECIDED;
        default -> order <= 0 ? MISSED : UNDECIDED;
      };
      case AT_MOST -> switch (basis) {
        case AT_LEAST -> order > 0 ? MISSED : UNDECIDED;
        case ABOVE -> order >= 0 ? MISSED : UNDECIDED;
        default -> order <= 0 ? MET : UNDECIDED;
      };
      case APPROXIMATELY -> {
        // A bound never proves a figure within 5%; it can prove one outside.
        int high = b.compareTo(t.multiply(HIGH));
        int low = b.compareTo(t.multiply(LOW));
        boolean missed = switch (basis) {
          case AT_LEAST -> high > 0;
          case ABOVE -> high >= 0;
          case AT_MOST -> low < 0;
          default -> low <= 0;
        };
        yield missed ? MISSED : UNDECIDED;
      }
      default -> throw new IllegalArgumentException("not a target's comparator: " + comparator);
    };
  }
}

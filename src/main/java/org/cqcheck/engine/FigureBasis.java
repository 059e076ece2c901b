package org.cqcheck.engine;

import java.math.BigDecimal;

/**
 * How a published figure states its value (indicator report format, "basis"), and whether it
 * decides an aggregate target: an exact or estimated figure always does; a bound (迈上…台阶 is at
 * least, 突破 is above, 以内 at most, 不到 below) only when the true value, wherever it lies within
 * the bound, falls on one side of the threshold. The decision table is INDICATOR-FORMAT.md's "How
 * a figure meets a target"; {@code FigureBasisTest} holds every cell of it.
 *
 * <p>For the scorecard (issue 18): not yet reached from any command.
 */
enum FigureBasis {
  EXACT,
  /** 预计, 约: used as the value; every finding on it says it rests on an estimate. */
  ESTIMATE,
  /** The true value is at least the figure (迈上…台阶, 以上). */
  AT_LEAST,
  /** The true value is more than the figure (突破, 超过, 多). */
  ABOVE,
  /** The true value is at most the figure (以内, 以下). */
  AT_MOST,
  /** The true value is less than the figure (不到, 不足). */
  BELOW;

  /** What a figure decides of a target. */
  enum Decision { MET, MISSED, UNDECIDED }

  private static final BigDecimal LOW = BigDecimal.ONE.subtract(Comparator.APPROXIMATE_TOLERANCE);
  private static final BigDecimal HIGH = BigDecimal.ONE.add(Comparator.APPROXIMATE_TOLERANCE);

  /**
   * Whether a figure {@code b} of this basis meets a target {@code comparator t}: MET or MISSED
   * when every true value the figure allows is on one side, else UNDECIDED (INCONCLUSIVE).
   *
   * @throws IllegalArgumentException for a comparator a target does not use
   */
  Decision decide(Comparator comparator, BigDecimal t, BigDecimal b) {
    if (this == EXACT || this == ESTIMATE) {
      return comparator.holds(b, t) ? Decision.MET : Decision.MISSED;
    }
    int order = b.compareTo(t);
    return switch (comparator) {
      case AT_LEAST -> switch (this) {
        case AT_LEAST, ABOVE -> order >= 0 ? Decision.MET : Decision.UNDECIDED;
        case AT_MOST -> order < 0 ? Decision.MISSED : Decision.UNDECIDED;
        default -> order <= 0 ? Decision.MISSED : Decision.UNDECIDED;
      };
      case GREATER_THAN -> switch (this) {
        case AT_LEAST -> order > 0 ? Decision.MET : Decision.UNDECIDED;
        case ABOVE -> order >= 0 ? Decision.MET : Decision.UNDECIDED;
        default -> order <= 0 ? Decision.MISSED : Decision.UNDECIDED;
      };
      case AT_MOST -> switch (this) {
        case AT_LEAST -> order > 0 ? Decision.MISSED : Decision.UNDECIDED;
        case ABOVE -> order >= 0 ? Decision.MISSED : Decision.UNDECIDED;
        default -> order <= 0 ? Decision.MET : Decision.UNDECIDED;
      };
      case APPROXIMATELY -> {
        // A bound never proves a figure within 5%; it can prove one outside.
        int high = b.compareTo(t.multiply(HIGH));
        int low = b.compareTo(t.multiply(LOW));
        boolean missed = switch (this) {
          case AT_LEAST -> high > 0;
          case ABOVE -> high >= 0;
          case AT_MOST -> low < 0;
          default -> low <= 0;
        };
        yield missed ? Decision.MISSED : Decision.UNDECIDED;
      }
      default -> throw new IllegalArgumentException("not a target's comparator: " + comparator);
    };
  }
}

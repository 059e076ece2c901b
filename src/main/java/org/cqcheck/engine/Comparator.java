package org.cqcheck.engine;

import java.math.BigDecimal;

/** How a rule compares the actual figure with the required one. */
public enum Comparator {
  AT_LEAST(">=", "≥"),
  AT_MOST("<=", "≤"),
  GREATER_THAN(">", ">"),
  /** Strictly less: what a remedy asks of a divisor when its quotient must be more than a bound. */
  LESS_THAN("<", "<"),
  /** Within 5% of the required figure, either way: a target stated as 左右 (about). */
  APPROXIMATELY("~=", "≈"),
  IS_TRUE("==", "="),
  CONTAINS("contains", "∋"),
  PRESENT("present", "present"),
  DESIGNATED("member", "∈");

  private final String code;
  private final String symbol;

  Comparator(String code, String symbol) {
    this.code = code;
    this.symbol = symbol;
  }

  /** The name written in machine-readable reports. */
  public String code() {
    return code;
  }

  /** The symbol shown to people. */
  public String symbol() {
    return symbol;
  }

  /** How far from the required figure, as a share of it, {@link #APPROXIMATELY} allows. */
  public static final BigDecimal APPROXIMATE_TOLERANCE = new BigDecimal("0.05");

  /**
   * Whether {@code actual} meets {@code required} by this numeric comparator; exact, so a figure
   * at the threshold meets it.
   *
   * @throws IllegalArgumentException for a comparator that does not compare numbers
   */
  public boolean holds(BigDecimal actual, BigDecimal required) {
    int order = actual.compareTo(required);
    return switch (this) {
      case AT_LEAST -> order >= 0;
      case AT_MOST -> order <= 0;
      case GREATER_THAN -> order > 0;
      case LESS_THAN -> order < 0;
      case APPROXIMATELY -> actual.subtract(required).abs()
          .compareTo(required.abs().multiply(APPROXIMATE_TOLERANCE)) <= 0;
      default -> throw new IllegalArgumentException("not a numeric comparator: " + this);
    };
  }
}

package org.cqcheck.engine;

/** How a rule compares the actual figure with the required one. */
public enum Comparator {
  AT_LEAST(">=", "≥"),
  AT_MOST("<=", "≤"),
  GREATER_THAN(">", ">"),
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
}

package org.cqcheck.model;

/**
 * How a published figure states its value (indicator report format, "basis"), and whether it
 * decides an aggregate target: an exact or estimated figure always does; a bound (迈上…台阶 is at
 * least, 突破 is above, 以内 at most, 不到 below) only when the true value, wherever it lies within
 * the bound, falls on one side of the threshold. The decision table is INDICATOR-FORMAT.md's "How
 * a figure meets a target"; {@code FigureDecisionTest} holds every cell of it.
 */
public enum FigureBasis {
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
  BELOW
}

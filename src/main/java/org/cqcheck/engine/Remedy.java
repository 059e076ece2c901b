package org.cqcheck.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What would pass a finding that misses: one change to the proposal, each found with every other
 * figure held as it is. Data, not words: renderers say it in the reader's language. See {@link
 * Remedies#of}.
 */
public sealed interface Remedy {

  /** The field of the proposal format the remedy changes, as a dotted path. */
  String field();

  /**
   * A value of one input that passes alone: the field {@code comparator} {@code value}, such as
   * {@code annual.outputValueYuan ≥ 37500000000}. The value is rounded the passing way to the
   * field's smallest step (a whole yuan, a whole person, 0.01% of a rate); for a strict comparator
   * ({@code >}, {@code <}) it is the bound itself, which the passing value must exceed (or stay
   * under) by at least that step.
   *
   * @param unit the unit of the value ("yuan", "m³", "%" for a rate written as a fraction, the
   *     proposal's capacity unit); null for a count
   */
  record Value(String field, Comparator comparator, BigDecimal value, String unit)
      implements Remedy {
    public Value {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(comparator, "comparator");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * No value of this input passes with the others held: a return on net assets with a loss cannot
   * be mended by the net assets.
   */
  record NoValue(String field) implements Remedy {}

  /** The field is absent (or 0 where the formula divides by it): supply it. */
  record Supply(String field, String unit, boolean zero) implements Remedy {}

  /**
   * The field must be one of {@code options}: a flag that must be true ({@code true}), a
   * certification to hold, the zones whose designation covers the proposal's industry, or any
   * industrial park (an empty list: any name).
   */
  record Choice(String field, List<String> options) implements Remedy {
    public Choice {
      options = List.copyOf(options);
    }
  }
}

package org.cqcheck.metrics;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a metric yields for one proposal: a number, a flag, a list of codes, a text, or the reason
 * it cannot be computed (absent inputs, or a divisor of zero).
 */
public sealed interface Figure {

  /** An exact decimal figure. */
  record Amount(BigDecimal value) implements Figure {}

  /** A yes/no figure. */
  record Flag(boolean value) implements Figure {}

  /** A list of codes, such as certifications held. */
  record Codes(List<String> values) implements Figure {
    public Codes {
      values = List.copyOf(values);
    }
  }

  /** A piece of text; {@code null} when the proposal states that there is none. */
  record Text(String value) implements Figure {}

  /** Inputs the metric needs are absent; the fields are named as in the proposal format. */
  record Missing(List<String> fields) implements Figure {
    public Missing {
      fields = List.copyOf(fields);
    }
  }

  /** A divisor of the formula is zero, so the figure has no value. */
  record ZeroDivisor(String field) implements Figure {}
}

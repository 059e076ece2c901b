package org.cqcheck.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.cqcheck.metrics.Metric;
import org.cqcheck.model.Fraction;
import org.cqcheck.model.ReportedFigure;
import org.cqcheck.model.Sector;
import org.cqcheck.model.Subsector;

/**
 * What a finding rests on: the figure or fact the rule compared with its requirement, the data it
 * lacked, or why it does not apply. One type per kind, so that a reader takes the zones of a
 * designation as a list, a flag as a boolean, and no one parses text back. Renderers write the
 * words, in the reader's language.
 */
public sealed interface Evidence {

  /** The metric compared, when the rule compared one; null for a scope or an inapplicable rule. */
  Metric metric();

  /** How actual and required compare; null when nothing was compared. */
  default Comparator comparator() {
    return null;
  }

  /**
   * A figure compared with a threshold, or with another figure of the proposal ({@code
   * capacity.replacedCapacity ≥ capacity.newCapacity}). Figures are exact and normalised: the same
   * value has the same representation however it was written (0.75, not 0.7500; 900000, not
   * 9.0E+5).
   *
   * @param unit the unit of both figures; null for a count or a capacity without unit
   */
  record Comparison(Metric metric, Comparator comparator, BigDecimal actual, BigDecimal required,
      String unit) implements Evidence {
    public Comparison {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(comparator, "comparator");
      actual = normalised(Objects.requireNonNull(actual, "actual"));
      required = normalised(Objects.requireNonNull(required, "required"));
    }
  }

  /** A yes-or-no fact that must be yes. */
  record Flag(Metric metric, boolean value) implements Evidence {
    @Override
    public Comparator comparator() {
      return Comparator.IS_TRUE;
    }
  }

  /** The codes the proposal holds, which must include {@code required} (a certification). */
  record Codes(Metric metric, List<String> held, String required) implements Evidence {
    public Codes {
      held = List.copyOf(held);
    }

    @Override
    public Comparator comparator() {
      return Comparator.CONTAINS;
    }
  }

  /** A name that must be given, such as the industrial park of the site; null when none is. */
  record Name(Metric metric, String value) implements Evidence {
    @Override
    public Comparator comparator() {
      return Comparator.PRESENT;
    }
  }

  /**
   * The proposal's industry and the zones of its site, one of which must designate it.
   *
   * @param subsector null when the proposal names none
   * @param zones the zones of the site, in the zone table's order
   */
  record Designation(Sector sector, Subsector subsector, boolean wholeMachine,
      List<ZoneTable.Zone> zones) implements Evidence {
    public Designation {
      zones = List.copyOf(zones);
    }

    @Override
    public Metric metric() {
      return Metric.ZONE_DESIGNATION;
    }

    @Override
    public Comparator comparator() {
      return Comparator.DESIGNATED;
    }
  }

  /**
   * The metric cannot be computed: inputs are absent, or a divisor is zero.
   *
   * @param required the threshold, or the other figure when it is known; else null
   * @param fields the absent inputs, as dotted paths of the proposal format; empty when the cause
   *     is a zero divisor
   * @param zeroDivisor the input that is 0 where the formula divides by it; else null
   */
  record Missing(Metric metric, Comparator comparator, BigDecimal required, String unit,
      List<String> fields, String zeroDivisor) implements Evidence {
    public Missing {
      Objects.requireNonNull(metric, "metric");
      fields = List.copyOf(fields);
      required = required == null ? null : normalised(required);
      if (fields.isEmpty() == (zeroDivisor == null)) {
        throw new IllegalArgumentException("either absent fields or a zero divisor");
      }
    }
  }

  /**
   * Whether the rule applies turns on fields the proposal does not state (a rule scoped by
   * subsector and a proposal without one).
   */
  record ScopeUndecided(List<String> fields) implements Evidence {
    public ScopeUndecided {
      fields = List.copyOf(fields);
    }

    @Override
    public Metric metric() {
      return null;
    }
  }

  /** The rule does not apply to the proposal, for {@code reason}. */
  record Inapplicable(NotApplicable reason) implements Evidence {
    public Inapplicable {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Metric metric() {
      return null;
    }
  }

  /** {@code value} in its shortest exact form, in plain notation. */
  /**
   * An aggregate target decided, or left undecided, by the report's figure.
   *
   * @param indicator the indicator key
   * @param comparator the target's comparator
   * @param figure the reported figure: value, basis, quote
   * @param required the threshold, exactly
   */
  record Reading(String indicator, Comparator comparator, ReportedFigure figure,
      Fraction required) implements Evidence {
    public Reading {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(comparator, "comparator");
      Objects.requireNonNull(figure, "figure");
      Objects.requireNonNull(required, "required");
    }

    @Override
    public Metric metric() {
      return null;
    }

    /** Whether the figure is an estimate (预计), which every finding on it says. */
    public boolean onEstimate() {
      return figure.basis() == org.cqcheck.model.FigureBasis.ESTIMATE;
    }
  }

  /**
   * An aggregate target that applies to the report, which gives no figure for its indicator.
   *
   * @param indicator the indicator key the report lacks
   * @param comparator the target's comparator
   * @param required the threshold, exactly
   */
  record Unreported(String indicator, Comparator comparator, Fraction required)
      implements Evidence {
    public Unreported {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(comparator, "comparator");
      Objects.requireNonNull(required, "required");
    }

    @Override
    public Metric metric() {
      return null;
    }
  }

  /**
   * A target of a later year than the report's, whose figure the report gives: the share of the
   * target it has reached, shown as information, never as a verdict (the finding is
   * NOT_APPLICABLE, OTHER_YEAR).
   *
   * @param indicator the indicator key
   * @param figure the report's figure
   * @param required the target's threshold, positive
   */
  record Progress(String indicator, ReportedFigure figure, Fraction required)
      implements Evidence {
    public Progress {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(figure, "figure");
      if (required.signum() <= 0) {
        throw new IllegalArgumentException("progress is towards a positive threshold");
      }
    }

    @Override
    public Metric metric() {
      return null;
    }

    /** figure ÷ threshold, to four decimals (0.8167 is 81.67%). */
    public BigDecimal share() {
      return figure.value().over(required.denominator())
          .divide(required.over(figure.value().denominator()), 4,
              java.math.RoundingMode.HALF_EVEN);
    }
  }

  private static BigDecimal normalised(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}

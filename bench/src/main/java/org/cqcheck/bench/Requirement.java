package org.cqcheck.bench;

import java.math.BigDecimal;
import java.util.List;
import org.cqcheck.engine.Comparator;
import org.cqcheck.engine.Evidence;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.engine.Status;
import org.cqcheck.metrics.Figure;
import org.cqcheck.metrics.Metric;
import org.cqcheck.model.Proposal;

/**
 * What a target requires of a proposal in its scope, and the finding that follows: the same
 * finding, figure for figure, that cqcheck's rule consequences record (FindingRecorder), written
 * out by hand for the peers, so that they do the work cqcheck does and differ from it in how rules
 * are selected and fired only. AgreementTest compares the findings whole.
 */
@FunctionalInterface
public interface Requirement {

  Outcome finding(RuleInfo rule, Targets.Input in);

  static Requirement atLeast(Metric metric, String threshold) {
    return compare(metric, Comparator.AT_LEAST, threshold);
  }

  static Requirement atMost(Metric metric, String threshold) {
    return compare(metric, Comparator.AT_MOST, threshold);
  }

  static Requirement above(Metric metric, String threshold) {
    return compare(metric, Comparator.GREATER_THAN, threshold);
  }

  /** Thresholds as cqcheck reads them from a rule's @requires: the decimal exactly as written. */
  private static Requirement compare(Metric metric, Comparator comparator, String threshold) {
    BigDecimal required = new BigDecimal(threshold);
    return (rule, in) -> {
      Proposal p = in.proposal();
      Figure figure = metric.of(p);
      if (!(figure instanceof Figure.Amount amount)) {
        return missing(rule, metric, p, comparator, required, List.of(figure));
      }
      int order = amount.value().compareTo(required);
      boolean met = comparator == Comparator.AT_LEAST ? order >= 0
          : comparator == Comparator.AT_MOST ? order <= 0 : order > 0;
      return Outcome.decided(rule, met, new Evidence.Comparison(metric, comparator, amount.value(),
          required, metric.unitFor(p)));
    };
  }

  /** One figure of the proposal at least another, in the same unit. */
  static Requirement atLeast(Metric metric, Metric requiredMetric) {
    return (rule, in) -> {
      Proposal p = in.proposal();
      Figure actual = metric.of(p);
      Figure required = requiredMetric.of(p);
      if (actual instanceof Figure.Amount a && required instanceof Figure.Amount r) {
        return Outcome.decided(rule, a.value().compareTo(r.value()) >= 0, new Evidence.Comparison(
            metric, Comparator.AT_LEAST, a.value(), r.value(), metric.unitFor(p)));
      }
      return missing(rule, metric, p, Comparator.AT_LEAST, null, List.of(actual, required));
    };
  }

  static Requirement isTrue(Metric metric) {
    return (rule, in) -> {
      Figure figure = metric.of(in.proposal());
      if (figure instanceof Figure.Flag flag) {
        return Outcome.decided(rule, flag.value(), new Evidence.Flag(metric, flag.value()));
      }
      return missing(rule, metric, in.proposal(), Comparator.IS_TRUE, null, List.of(figure));
    };
  }

  static Requirement contains(Metric metric, String code) {
    return (rule, in) -> {
      Figure figure = metric.of(in.proposal());
      if (figure instanceof Figure.Codes codes) {
        return Outcome.decided(rule, codes.values().contains(code),
            new Evidence.Codes(metric, codes.values(), code));
      }
      return missing(rule, metric, in.proposal(), Comparator.CONTAINS, null, List.of(figure));
    };
  }

  static Requirement present(Metric metric) {
    return (rule, in) -> {
      Figure figure = metric.of(in.proposal());
      if (figure instanceof Figure.Text text) {
        return Outcome.decided(rule, text.value() != null, new Evidence.Name(metric, text.value()));
      }
      return missing(rule, metric, in.proposal(), Comparator.PRESENT, null, List.of(figure));
    };
  }

  /** The proposal's sector must be one the zones of its site designate. */
  static Requirement designated() {
    return (rule, in) -> {
      Proposal p = in.proposal();
      Outcome decided = Outcome.decided(rule, in.zones().designate(p), new Evidence.Designation(
          p.sector(), p.subsector(), p.wholeMachine(), in.zones().zones()));
      return new Outcome(rule, decided.status(), decided.evidence(), in.zones().quote());
    };
  }

  /** MISSING_DATA naming every absent field, or else the first zero divisor. */
  private static Outcome missing(RuleInfo rule, Metric metric, Proposal p, Comparator comparator,
      BigDecimal required, List<Figure> figures) {
    List<String> absent = figures.stream()
        .filter(Figure.Missing.class::isInstance)
        .flatMap(f -> ((Figure.Missing) f).fields().stream())
        .toList();
    String zeroDivisor = absent.isEmpty()
        ? figures.stream()
            .filter(Figure.ZeroDivisor.class::isInstance)
            .map(f -> ((Figure.ZeroDivisor) f).field())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("figures are not missing: " + figures))
        : null;
    return new Outcome(rule, Status.MISSING_DATA, new Evidence.Missing(metric, comparator, required,
        metric.unitFor(p), absent, zeroDivisor), null);
  }
}

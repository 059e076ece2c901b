package org.cqcheck.bench;

import java.math.BigDecimal;
import java.util.List;
import org.cqcheck.engine.Comparator;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.engine.Severity;
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

  Finding finding(RuleInfo rule, Targets.Input in);

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
      return new Finding(rule, outcome(rule, met), metric, comparator, amount.value(), required,
          metric.unitFor(p), null, null, List.of(), null, null, null);
    };
  }

  /** One figure of the proposal at least another, in the same unit. */
  static Requirement atLeast(Metric metric, Metric requiredMetric) {
    return (rule, in) -> {
      Proposal p = in.proposal();
      Figure actual = metric.of(p);
      Figure required = requiredMetric.of(p);
      if (actual instanceof Figure.Amount a && required instanceof Figure.Amount r) {
        return new Finding(rule, outcome(rule, a.value().compareTo(r.value()) >= 0), metric,
            Comparator.AT_LEAST, a.value(), r.value(), metric.unitFor(p), null, null, List.of(),
            null, null, null);
      }
      return missing(rule, metric, p, Comparator.AT_LEAST, null, List.of(actual, required));
    };
  }

  static Requirement isTrue(Metric metric) {
    return (rule, in) -> {
      Figure figure = metric.of(in.proposal());
      if (figure instanceof Figure.Flag flag) {
        return new Finding(rule, outcome(rule, flag.value()), metric, Comparator.IS_TRUE, null,
            null, null, String.valueOf(flag.value()), "true", List.of(), null, null, null);
      }
      return missing(rule, metric, in.proposal(), Comparator.IS_TRUE, null, List.of(figure));
    };
  }

  static Requirement contains(Metric metric, String code) {
    return (rule, in) -> {
      Figure figure = metric.of(in.proposal());
      if (figure instanceof Figure.Codes codes) {
        return new Finding(rule, outcome(rule, codes.values().contains(code)), metric,
            Comparator.CONTAINS, null, null, null, String.join(", ", codes.values()), code,
            List.of(), null, null, null);
      }
      return missing(rule, metric, in.proposal(), Comparator.CONTAINS, null, List.of(figure));
    };
  }

  static Requirement present(Metric metric) {
    return (rule, in) -> {
      Figure figure = metric.of(in.proposal());
      if (figure instanceof Figure.Text text) {
        return new Finding(rule, outcome(rule, text.value() != null), metric, Comparator.PRESENT,
            null, null, null, text.value(), null, List.of(), null, null, null);
      }
      return missing(rule, metric, in.proposal(), Comparator.PRESENT, null, List.of(figure));
    };
  }

  /** The proposal's sector must be one the zones of its site designate. */
  static Requirement designated() {
    return (rule, in) -> {
      Proposal p = in.proposal();
      String sector = p.sector().code()
          + (p.subsector() == null ? "" : "/" + p.subsector().code())
          + (p.wholeMachine() ? " (whole machine)" : "");
      return new Finding(rule, outcome(rule, in.zones().designate(p)), Metric.ZONE_DESIGNATION,
          Comparator.DESIGNATED, null, null, null, sector, in.zones().describe(), List.of(), null,
          null, null, in.zones().quote());
    };
  }

  private static Status outcome(RuleInfo rule, boolean met) {
    return met ? Status.PASS : rule.severity() == Severity.MANDATORY ? Status.FAIL : Status.WARN;
  }

  /** MISSING_DATA naming every absent field, or else the first zero divisor. */
  private static Finding missing(RuleInfo rule, Metric metric, Proposal p, Comparator comparator,
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
    return new Finding(rule, Status.MISSING_DATA, metric, comparator, null, required,
        metric.unitFor(p), null, null, absent, zeroDivisor, null, null);
  }
}

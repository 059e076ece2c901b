package org.cqcheck.engine;

import java.util.Map;
import java.util.TreeMap;
import org.cqcheck.model.FigureBasis;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.ReportedFigure;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The DRL global {@code targets} of the aggregate targets: a target whose {@code when} part matches
 * an indicator report calls {@link #check}, which compares the report's figure with the target's
 * {@code @requires} by the rules of INDICATOR-FORMAT.md. One recorder serves one report.
 *
 * <p>Not part of the API: public because the rule files name it.
 */
public final class TargetRecorder {

  private final RuleCatalogue catalogue;
  private final IndicatorReport report;
  private final Map<String, Finding> findings = new TreeMap<>();

  TargetRecorder(RuleCatalogue catalogue, IndicatorReport report) {
    this.catalogue = catalogue;
    this.report = report;
  }

  /**
   * Records the finding of the target whose rule fired for {@code report}.
   *
   * @throws RuleSetException when the rule's {@code when} part matched a report its horizon or
   *     region does not cover: the rule contradicts its own metadata
   */
  public void check(RuleContext context, IndicatorReport fired) {
    String id = context.getRule().getName();
    RuleInfo rule = catalogue.rule(id).filter(RuleInfo::isTarget).orElseThrow(() ->
        new RuleSetException("rule " + id + " calls targets.check but is not an aggregate"
            + " target: it needs a @horizon or a @span, a @region and a @requires"));
    if (fired != report) {
      throw new IllegalStateException("a recorder serves one report");
    }
    Horizon horizon = rule.horizon().orElseThrow();
    horizon.exclusionOf(report).ifPresent(reason -> {
      throw new RuleSetException("target " + id + " matched the report " + report.id() + " ("
          + report.region() + ", year " + report.year() + ", span " + report.span()
          + ") although its @horizon, @span or @region (" + horizon + ") does not cover it:"
          + " its when part and its metadata disagree");
    });
    findings.put(id, judge(rule, report));
  }

  static Finding judge(RuleInfo rule, IndicatorReport report) {
    Target target = rule.target().orElseThrow();
    ReportedFigure figure = report.figures().get(target.indicator());
    if (figure == null) {
      return Finding.missing(rule, new Evidence.Unreported(target.indicator(),
          target.comparator(), target.threshold()));
    }
    // INDICATOR-FORMAT.md: a figure published before its year ends is an estimate.
    if (figure.basis() == FigureBasis.EXACT && report.publishedOn() != null
        && report.publishedOn().getYear() <= report.year()) {
      figure = new ReportedFigure(figure.value(), FigureBasis.ESTIMATE, figure.written(),
          figure.quote(), figure.source(), figure.note());
    }
    FigureDecision decision = FigureDecision.of(figure.basis(), target.comparator(),
        target.threshold(), figure.value());
    return Finding.scored(rule, decision, new Evidence.Reading(target.indicator(),
        target.comparator(), figure, target.threshold()));
  }

  Map<String, Finding> findings() {
    return findings;
  }
}

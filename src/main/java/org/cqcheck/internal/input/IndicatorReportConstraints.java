package org.cqcheck.internal.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cqcheck.input.InputError;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.ReportedFigure;

/**
 * What the indicator report format does not allow in a report built in memory, as reading it
 * from a file would say it, at the same JSON pointers: an unknown indicator key (with the nearest
 * one), a share outside 0..1, a negative amount or count, a count that is not whole, a year out of
 * range, a span not {@code YYYY-YYYY}. A file's report is checked by {@link IndicatorReportMapper}.
 */
public final class IndicatorReportConstraints {

  private static final IndicatorVocabulary VOCABULARY = IndicatorVocabulary.builtIn();

  private IndicatorReportConstraints() {}

  /** Every problem of {@code report}, in key order; empty when it can be checked. */
  public static List<InputError> violations(IndicatorReport report) {
    List<InputError> errors = new ArrayList<>();
    if (report.year() < IndicatorReportMapper.FIRST_YEAR
        || report.year() > IndicatorReportMapper.LAST_YEAR) {
      errors.add(InputError.of(InputError.Kind.BAD_YEAR, "/year", String.valueOf(report.year())));
    }
    if (report.span() != null && !IndicatorReportMapper.isSpan(report.span())) {
      errors.add(InputError.of(InputError.Kind.BAD_SPAN, "/span", report.span()));
    }
    for (Map.Entry<String, ReportedFigure> e : report.figures().entrySet()) {
      String key = e.getKey();
      String at = "/figures/" + key.replace("~", "~0").replace("/", "~1");
      String field = "figures." + key;
      IndicatorVocabulary.Indicator indicator = VOCABULARY.indicator(key).orElse(null);
      if (indicator == null) {
        errors.add(VOCABULARY.closest(key)
            .map(s -> InputError.of(InputError.Kind.UNKNOWN_INDICATOR_SUGGESTION, at, key, s))
            .orElse(InputError.of(InputError.Kind.UNKNOWN_INDICATOR, at, key)));
        continue;
      }
      InputError.Kind problem = IndicatorReportMapper.problemWith(e.getValue().value(),
          indicator.unit());
      if (problem != null) {
        errors.add(InputError.of(problem, at, field, e.getValue().written()));
      }
    }
    return errors;
  }
}

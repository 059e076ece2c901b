package org.cqcheck.internal.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cqcheck.input.InputError;
import org.cqcheck.model.Fraction;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.ReportedFigure;

/**
 * What the indicator report format does not allow in a report built in memory, as reading it
 * from a file would say it, at the same JSON pointers: an unknown indicator key (with the nearest
 * one), a share outside 0..1, a negative amount or count, a count that is not whole, a year out of
 * range, a span not {@code YYYY-YYYY}. A file's report is checked by {@link IndicatorReportMapper}.
 */
public final class IndicatorReportConstraints {

  private static final Pattern SPAN = Pattern.compile("(\\d{4})-(\\d{4})");
  private static final IndicatorVocabulary VOCABULARY = IndicatorVocabulary.builtIn();

  private IndicatorReportConstraints() {}

  /** Every problem of {@code report}, in key order; empty when it can be checked. */
  public static List<InputError> violations(IndicatorReport report) {
    List<InputError> errors = new ArrayList<>();
    if (report.year() < IndicatorReportMapper.FIRST_YEAR
        || report.year() > IndicatorReportMapper.LAST_YEAR) {
      errors.add(InputError.of(InputError.Kind.BAD_YEAR, "/year", String.valueOf(report.year())));
    }
    if (report.span() != null) {
      Matcher m = SPAN.matcher(report.span());
      if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
        errors.add(InputError.of(InputError.Kind.BAD_SPAN, "/span", report.span()));
      }
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
      Fraction value = e.getValue().value();
      String written = e.getValue().written();
      IndicatorUnit unit = indicator.unit();
      if (unit == IndicatorUnit.SHARE
          && (value.signum() < 0 || value.compareTo(Fraction.of(1, 1)) > 0)) {
        errors.add(InputError.of(InputError.Kind.SHARE_OUT_OF_RANGE, at, field, written));
      } else if (unit != IndicatorUnit.CHANGE && unit != IndicatorUnit.SHARE
          && value.signum() < 0) {
        errors.add(InputError.of(InputError.Kind.NEGATIVE, at, field, written));
      } else if (unit.isWhole() && !(value.isDecimal()
          && value.numerator().stripTrailingZeros().scale() <= 0)) {
        errors.add(InputError.of(InputError.Kind.NOT_WHOLE, at, field, written));
      }
    }
    return errors;
  }
}

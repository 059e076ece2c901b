package org.cqcheck.engine;

import java.math.BigDecimal;
import java.util.List;
import org.cqcheck.metrics.Metric;

/**
 * The outcome of one rule for one proposal, with the figures that decided it. Words are not part
 * of a finding: renderers write them, in the reader's language, from these fields.
 *
 * @param rule the rule and its source
 * @param status the outcome
 * @param metric the metric compared; null for NOT_APPLICABLE
 * @param comparator how actual and required compare; null for NOT_APPLICABLE
 * @param actual the exact figure of the proposal, when it is a number
 * @param required the threshold, when it is a number
 * @param unit the unit of actual and required, when they have one
 * @param actualText the proposal's value when it is not a number (a flag, a park, a sector)
 * @param requiredText the requirement when it is not a number (a certification, the designated
 *     sectors)
 * @param missingFields for MISSING_DATA: the absent fields
 * @param zeroDivisor for MISSING_DATA: the field that is a zero divisor, if that is the cause
 */
public record Finding(
    RuleInfo rule,
    Status status,
    Metric metric,
    Comparator comparator,
    BigDecimal actual,
    BigDecimal required,
    String unit,
    String actualText,
    String requiredText,
    List<String> missingFields,
    String zeroDivisor) {

  public Finding {
    missingFields = missingFields == null ? List.of() : List.copyOf(missingFields);
  }

  public String ruleId() {
    return rule.id();
  }

  static Finding notApplicable(RuleInfo rule) {
    return new Finding(
        rule, Status.NOT_APPLICABLE, null, null, null, null, null, null, null, List.of(), null);
  }
}

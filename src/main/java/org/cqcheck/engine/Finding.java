package org.cqcheck.engine;

import java.math.BigDecimal;
import java.util.List;
import org.cqcheck.config.Waiver;
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
 * @param waived for WAIVED: the status the waiver accepted
 * @param waiver for WAIVED: the waiver
 * @param quote the policy text the finding cites: the rule's quote, or, where the finding rests
 *     on a narrower part of the rule's clause, that part (CQ2012-ZONE-FIT cites the sentences of
 *     the site's own zones); null only for a rule without a quote
 * @param notApplicable for NOT_APPLICABLE: why (OUT_OF_SCOPE unless the rule gave a reason of its
 *     own); null otherwise
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
    String zeroDivisor,
    Status waived,
    Waiver waiver,
    String quote,
    NotApplicable notApplicable) {

  public Finding {
    missingFields = missingFields == null ? List.of() : List.copyOf(missingFields);
    quote = quote == null ? rule.quote() : quote;
    notApplicable = status != Status.NOT_APPLICABLE ? null
        : notApplicable == null ? NotApplicable.OUT_OF_SCOPE : notApplicable;
  }

  /** A finding that cites {@code quote}. */
  public Finding(RuleInfo rule, Status status, Metric metric, Comparator comparator,
      BigDecimal actual, BigDecimal required, String unit, String actualText, String requiredText,
      List<String> missingFields, String zeroDivisor, Status waived, Waiver waiver, String quote) {
    this(rule, status, metric, comparator, actual, required, unit, actualText, requiredText,
        missingFields, zeroDivisor, waived, waiver, quote, null);
  }

  /** A finding that cites its rule's quote. */
  public Finding(RuleInfo rule, Status status, Metric metric, Comparator comparator,
      BigDecimal actual, BigDecimal required, String unit, String actualText, String requiredText,
      List<String> missingFields, String zeroDivisor, Status waived, Waiver waiver) {
    this(rule, status, metric, comparator, actual, required, unit, actualText, requiredText,
        missingFields, zeroDivisor, waived, waiver, null, null);
  }

  public String ruleId() {
    return rule.id();
  }

  /** Whether the finding is a miss: FAIL, WARN or MISSING_DATA. */
  public boolean unmet() {
    return status == Status.FAIL || status == Status.WARN || status == Status.MISSING_DATA;
  }

  /** This finding accepted by {@code waiver}. */
  public Finding waivedBy(Waiver waiver) {
    return new Finding(rule, Status.WAIVED, metric, comparator, actual, required, unit, actualText,
        requiredText, missingFields, zeroDivisor, status, waiver, quote);
  }

  /** This finding, still a miss, with the waiver that would accept it (an audit run). */
  public Finding withIgnoredWaiver(Waiver waiver) {
    return new Finding(rule, status, metric, comparator, actual, required, unit, actualText,
        requiredText, missingFields, zeroDivisor, null, waiver, quote);
  }

  /**
   * The rule's scope turns on the subsector, which the proposal does not state
   * ({@link RuleInfo#needsSubsector}): MISSING_DATA naming {@code subsector}, with no metric.
   */
  static Finding subsectorMissing(RuleInfo rule) {
    return new Finding(rule, Status.MISSING_DATA, null, null, null, null, null, null, null,
        List.of(SUBSECTOR), null, null, null);
  }

  /** The field a rule's scope needs when it names subsectors ({@link #subsectorMissing}). */
  public static final String SUBSECTOR = "subsector";

  /** Whether this finding could not decide whether its rule applies: MISSING_DATA with no metric. */
  public boolean scopeUndecided() {
    return metric == null && !missingFields.isEmpty();
  }

  static Finding notApplicable(RuleInfo rule) {
    return notApplicable(rule, NotApplicable.OUT_OF_SCOPE);
  }

  /** The rule does not apply to the proposal, for {@code reason}. */
  static Finding notApplicable(RuleInfo rule, NotApplicable reason) {
    return new Finding(rule, Status.NOT_APPLICABLE, null, null, null, null, null, null, null,
        List.of(), null, null, null, null, reason);
  }
}

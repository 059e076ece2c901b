package org.cqcheck.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.cqcheck.config.Waiver;
import org.cqcheck.metrics.Metric;

/**
 * The outcome of one rule for one proposal: its status, and the {@link Evidence} that decided it.
 * Words are not part of a finding: renderers write them, in the reader's language, from the
 * evidence ({@code FindingText}).
 *
 * <p>Findings are made by the engine; a library reads them. Equal findings are equal objects:
 * figures are normalised, so 0.75 from code and "75%" from a file give the same finding.
 */
public final class Finding {

  private final RuleInfo rule;
  private final Status status;
  private final Evidence evidence;
  private final Status waived;
  private final Waiver waiver;
  private final String quote;

  Finding(RuleInfo rule, Status status, Evidence evidence, String quote) {
    this(rule, status, evidence, null, null, quote);
  }

  private Finding(RuleInfo rule, Status status, Evidence evidence, Status waived, Waiver waiver,
      String quote) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.status = Objects.requireNonNull(status, "status");
    this.evidence = Objects.requireNonNull(evidence, "evidence");
    this.waived = waived;
    this.waiver = waiver;
    this.quote = quote == null ? rule.quote() : quote;
    boolean inapplicable = evidence instanceof Evidence.Inapplicable
        || evidence instanceof Evidence.Progress;
    boolean missing = evidence instanceof Evidence.Missing
        || evidence instanceof Evidence.ScopeUndecided
        || evidence instanceof Evidence.Unreported;
    Status shown = status == Status.WAIVED ? waived : status;
    if (inapplicable != (shown == Status.NOT_APPLICABLE)
        || missing != (shown == Status.MISSING_DATA)) {
      throw new IllegalArgumentException(status + " cannot rest on " + evidence);
    }
  }

  /** A finding of {@code status} met or missed on {@code evidence}: PASS, else FAIL or WARN. */
  static Finding decided(RuleInfo rule, boolean met, Evidence evidence, String quote) {
    Status status = met ? Status.PASS
        : rule.severity() == Severity.MANDATORY ? Status.FAIL : Status.WARN;
    return new Finding(rule, status, evidence, quote);
  }

  /** MISSING_DATA on {@code evidence}. */
  /** An aggregate target met, missed or left undecided by the report's figure. */
  static Finding scored(RuleInfo rule, FigureDecision decision, Evidence.Reading reading) {
    Status status = switch (decision) {
      case MET -> Status.PASS;
      case MISSED -> Status.FAIL;
      case UNDECIDED -> Status.INCONCLUSIVE;
    };
    return new Finding(rule, status, reading, null);
  }

  static Finding missing(RuleInfo rule, Evidence evidence) {
    return new Finding(rule, Status.MISSING_DATA, evidence, null);
  }

  /**
   * The rule's scope turns on the subsector, which the proposal does not state
   * ({@link RuleInfo#needsSubsector}): MISSING_DATA naming {@code subsector}, with no metric.
   */
  static Finding subsectorMissing(RuleInfo rule) {
    return missing(rule, new Evidence.ScopeUndecided(List.of(SUBSECTOR)));
  }

  /** The field a rule's scope needs when it names subsectors ({@link #subsectorMissing}). */
  public static final String SUBSECTOR = "subsector";

  /** The rule does not apply to the proposal, for {@code reason}. */
  static Finding notApplicable(RuleInfo rule, NotApplicable reason) {
    return new Finding(rule, Status.NOT_APPLICABLE, new Evidence.Inapplicable(reason), null);
  }

  /** A target of a later year: NOT_APPLICABLE, with the share of it the report's figure reaches. */
  static Finding progress(RuleInfo rule, Evidence.Progress progress) {
    return new Finding(rule, Status.NOT_APPLICABLE, progress, null);
  }

  static Finding notApplicable(RuleInfo rule) {
    return notApplicable(rule, NotApplicable.OUT_OF_SCOPE);
  }

  /** The rule and its source. */
  public RuleInfo rule() {
    return rule;
  }

  public String ruleId() {
    return rule.id();
  }

  /** The outcome, WAIVED when a waiver accepted it (then {@link #waived} says what it was). */
  public Status status() {
    return status;
  }

  /** What the finding rests on. */
  public Evidence evidence() {
    return evidence;
  }

  /** For WAIVED: the status the waiver accepted; else null. */
  public Status waived() {
    return waived;
  }

  /** For WAIVED, or a miss in an audit run: the waiver; else null. */
  public Waiver waiver() {
    return waiver;
  }

  /**
   * The policy text the finding cites: the rule's quote, or, where the finding rests on a narrower
   * part of the rule's clause, that part (CQ2012-ZONE-FIT cites the sentences of the site's own
   * zones); null only for a rule without a quote.
   */
  public String quote() {
    return quote;
  }

  /** Whether the finding is a miss: FAIL, WARN or MISSING_DATA. */
  public boolean unmet() {
    return status == Status.FAIL || status == Status.WARN || status == Status.MISSING_DATA;
  }

  /** This finding accepted by {@code waiver}. */
  public Finding waivedBy(Waiver waiver) {
    return new Finding(rule, Status.WAIVED, evidence, status, waiver, quote);
  }

  /** This finding, still a miss, with the waiver that would accept it (an audit run). */
  public Finding withIgnoredWaiver(Waiver waiver) {
    return new Finding(rule, status, evidence, null, waiver, quote);
  }

  /** Whether this finding could not decide whether its rule applies. */
  public boolean scopeUndecided() {
    return evidence instanceof Evidence.ScopeUndecided;
  }

  /** The metric compared; null when none was (NOT_APPLICABLE, an undecided scope). */
  public Metric metric() {
    return evidence.metric();
  }

  /** How actual and required compare; null when nothing was compared. */
  public Comparator comparator() {
    return evidence.comparator();
  }

  /** The proposal's figure, when the rule compared a number. */
  public BigDecimal actual() {
    if (evidence instanceof Evidence.Reading r) {
      return r.figure().value().decimal(DIGITS);
    }
    return evidence instanceof Evidence.Comparison c ? c.actual() : null;
  }

  /** Significant digits of a target's figure or threshold that is not a decimal (2/3). */
  private static final int DIGITS = 10;

  /** The required figure, when it is a number (and, for missing data, known). */
  public BigDecimal required() {
    if (evidence instanceof Evidence.Comparison c) {
      return c.required();
    }
    if (evidence instanceof Evidence.Reading r) {
      return r.required().decimal(DIGITS);
    }
    if (evidence instanceof Evidence.Unreported u) {
      return u.required().decimal(DIGITS);
    }
    return evidence instanceof Evidence.Missing m ? m.required() : null;
  }

  /** The unit of actual and required, when they have one. */
  public String unit() {
    if (evidence instanceof Evidence.Comparison c) {
      return c.unit();
    }
    return evidence instanceof Evidence.Missing m ? m.unit() : null;
  }

  /**
   * For MISSING_DATA: the absent fields, as dotted paths (for an aggregate target, the indicator
   * key the report lacks); else empty.
   */
  public List<String> missingFields() {
    if (evidence instanceof Evidence.Missing m) {
      return m.fields();
    }
    if (evidence instanceof Evidence.Unreported u) {
      return List.of(u.indicator());
    }
    return evidence instanceof Evidence.ScopeUndecided s ? s.fields() : List.of();
  }

  /** For MISSING_DATA: the input that is a zero divisor, if that is the cause; else null. */
  public String zeroDivisor() {
    return evidence instanceof Evidence.Missing m ? m.zeroDivisor() : null;
  }

  /** For NOT_APPLICABLE: why; else null. */
  public NotApplicable notApplicable() {
    if (evidence instanceof Evidence.Progress) {
      return NotApplicable.OTHER_YEAR;
    }
    return evidence instanceof Evidence.Inapplicable i ? i.reason() : null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f && rule.equals(f.rule) && status == f.status
        && evidence.equals(f.evidence) && waived == f.waived && Objects.equals(waiver, f.waiver)
        && Objects.equals(quote, f.quote);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule.id(), status, evidence);
  }

  @Override
  public String toString() {
    return rule.id() + " " + status + (waived == null ? "" : " (" + waived + ")") + " " + evidence;
  }
}

package org.cqcheck.engine;

/**
 * Why a rule whose scope the proposal is in at first sight does not apply to it after all, when
 * the rule says so itself rather than by its scope alone: reports name the reason, in the
 * reader's language, instead of repeating the scope.
 */
public enum NotApplicable {
  /** The rule's scope as a whole does not cover the proposal (its {@code @scope} says which do). */
  OUT_OF_SCOPE,
  /** A capacity rule, and the proposal states that it adds no capacity (newCapacity 0). */
  ADDS_NO_CAPACITY,
  /** The zone table knows no zone that holds the site's park or district. */
  NO_ZONE_FOR_SITE,
  /** An aggregate target whose horizon year is not the report's year. */
  OTHER_YEAR,
  /** An aggregate target over a span of years that is not the report's span. */
  OTHER_SPAN,
  /** An aggregate target of another region, or of another level of region. */
  OTHER_REGION
}

package org.cqcheck.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An indicator report (docs/INDICATOR-FORMAT.md): the published figures of a region for one year,
 * and, for cumulative, average-growth and reduction figures, for the span of years they cover. The
 * aggregate targets whose horizon is the year, or whose span is the span, are checked against it.
 *
 * @param id the report's reference, unique within one run
 * @param title free text, or null
 * @param region the city, a district or a park
 * @param year the calendar year of the level figures
 * @param span the period of cumulative and average figures, {@code YYYY-YYYY}, or null
 * @param publishedOn when the figures were published, or null
 * @param source where they were published, or null
 * @param figures by indicator key, in key order
 */
public record IndicatorReport(String id, String title, Region region, int year, String span,
    LocalDate publishedOn, String source, Map<String, ReportedFigure> figures) {

  public IndicatorReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(region, "region");
    figures = Collections.unmodifiableMap(new TreeMap<>(figures));
  }

  /** The figure reported under {@code key}. */
  public Optional<ReportedFigure> figure(String key) {
    return Optional.ofNullable(figures.get(key));
  }
}

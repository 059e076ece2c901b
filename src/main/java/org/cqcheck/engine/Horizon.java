package org.cqcheck.engine;

import java.util.Objects;
import java.util.Optional;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.Region;
import org.cqcheck.model.RegionLevel;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When and where an aggregate target applies (a target of the city, a sector or a park, which a
 * scorecard checks against an indicator report): a horizon year ({@code @horizon("2015")}: to be
 * reached by the end of 2015) or a span of years ({@code @span("2011-2015")}: over the plan period,
 * a cumulative figure or an average rate), and the region: {@code @region("city")} for the city
 * (every built-in target), {@code @region("district 长寿区")} or {@code @region("park 两江新区")} for
 * a rule pack's. A project-level rule has none.
 *
 * @param from the first year of the span; for a horizon, the horizon year itself
 * @param to the last year: the horizon year, or the span's end
 * @param span whether the target covers the years from {@code from} to {@code to}, rather than
 *     the state reached by {@code to}
 * @param region the region whose figures the target is for: {@code city}, or a level and a name
 *     ({@code district 长寿区})
 */
public record Horizon(int from, int to, boolean span, String region) {

  private static final Pattern YEAR = Pattern.compile("\\s*(\\d{4})\\s*");
  private static final Pattern SPAN = Pattern.compile("\\s*(\\d{4})-(\\d{4})\\s*");

  private static final Pattern REGION = Pattern.compile("(city|district|park)(?:\\s+(\\S.*))?");

  public Horizon {
    Objects.requireNonNull(region, "region");
    Matcher where = REGION.matcher(region);
    if (!where.matches() || !where.group(1).equals("city") && where.group(2) == null) {
      throw new IllegalArgumentException("has @region \"" + region + "\"; expected city, or"
          + " district or park and its name as published, such as \"district 长寿区\"");
    }
    if (from > to || !span && from != to) {
      throw new IllegalArgumentException("a span runs from an earlier year to a later one: "
          + from + "-" + to);
    }
  }

  /**
   * The horizon or span a rule's metadata states, with its region.
   *
   * @param horizon the {@code @horizon} value (a year), or null
   * @param span the {@code @span} value ({@code YYYY-YYYY}), or null
   * @param region the {@code @region} value; required with either
   * @return null when the rule states neither
   * @throws IllegalArgumentException naming what is wrong
   */
  static Horizon ofMetadata(Object horizon, Object span, Object region) {
    if (horizon == null && span == null) {
      if (region != null) {
        throw new IllegalArgumentException("@region needs a @horizon or a @span");
      }
      return null;
    }
    if (horizon != null && span != null) {
      throw new IllegalArgumentException("states both @horizon and @span; a target has one");
    }
    if (region == null || String.valueOf(region).isBlank()) {
      throw new IllegalArgumentException("has a " + (horizon != null ? "@horizon" : "@span")
          + " but no @region: whose figures does the target concern?");
    }
    String where = String.valueOf(region).strip();
    if (horizon != null) {
      Matcher m = YEAR.matcher(String.valueOf(horizon));
      if (!m.matches()) {
        throw new IllegalArgumentException("has @horizon \"" + horizon + "\"; expected a year"
            + " such as 2015");
      }
      int year = Integer.parseInt(m.group(1));
      return new Horizon(year, year, false, where);
    }
    Matcher m = SPAN.matcher(String.valueOf(span));
    if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
      throw new IllegalArgumentException("has @span \"" + span + "\"; expected YYYY-YYYY, the"
          + " earlier year first, such as 2011-2015");
    }
    return new Horizon(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), true, where);
  }

  /** The level of the region whose reports the target applies to. */
  public RegionLevel level() {
    return RegionLevel.ofCode(region.substring(0, levelEnd())).orElseThrow();
  }

  /** The region's name, for a district or a park; any city report names the city. */
  public Optional<String> regionName() {
    int end = levelEnd();
    return end == region.length() ? Optional.empty() : Optional.of(region.substring(end).strip());
  }

  /**
   * Where the level's word ends in {@link #region}: the whole of "city". Not a regular expression:
   * a scorecard asks this of every target, and a run may check ten thousand reports.
   */
  private int levelEnd() {
    int end = 0;
    while (end < region.length() && !Character.isWhitespace(region.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Whether the target is for {@code region}: its level, and its name where it names one. */
  public boolean covers(Region region) {
    // Without making the level and name: a scorecard asks this of every target.
    String level = region.level().code();
    int end = levelEnd();
    if (end != level.length() || !this.region.startsWith(level)) {
      return false;
    }
    return end == this.region.length() || this.region.substring(end).strip().equals(region.name());
  }

  /** Why the target does not apply to {@code report}, or empty when it does. */
  public Optional<NotApplicable> exclusionOf(IndicatorReport report) {
    if (!covers(report.region())) {
      return Optional.of(NotApplicable.OTHER_REGION);
    }
    if (span) {
      return isThisSpan(report.span()) ? Optional.empty() : Optional.of(NotApplicable.OTHER_SPAN);
    }
    return report.year() == to ? Optional.empty() : Optional.of(NotApplicable.OTHER_YEAR);
  }

  /** Whether {@code written} (a report's span, {@code YYYY-YYYY}) is this span. */
  private boolean isThisSpan(String written) {
    return written != null && written.length() == 9 && written.charAt(4) == '-'
        && isYear(written, 0, from) && isYear(written, 5, to);
  }

  private static boolean isYear(String text, int at, int year) {
    for (int i = 0; i < 4; i++) {
      char c = text.charAt(at + i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return Integer.parseInt(text, at, at + 4, 10) == year;
  }

  /** As the catalogue writes it: "2015" or "2011-2015", with the region. */
  @Override
  public String toString() {
    return (span ? from + "-" + to : String.valueOf(to)) + " " + region;
  }
}

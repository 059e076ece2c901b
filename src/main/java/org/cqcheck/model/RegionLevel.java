package org.cqcheck.model;

import java.util.Locale;
import java.util.Optional;

/** The level of the region an indicator report describes (indicator report format, region.level). */
public enum RegionLevel {
  CITY,
  DISTRICT,
  PARK;

  /** As the format writes it: city, district, park. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level the format writes as {@code code}, if any. */
  public static Optional<RegionLevel> ofCode(String code) {
    for (RegionLevel level : values()) {
      if (level.code().equals(code)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}

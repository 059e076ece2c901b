package org.cqcheck.model;

import java.util.Locale;
import java.util.Optional;

/** The level of the region an indicator report describes (indicator report format, region.level). */
public enum RegionLevel {
  CITY,
  DISTRICT,
  PARK;

  /** Every level, once: {@code values()} would copy them at every call. */
  private static final RegionLevel[] LEVELS = values();

  private final String code = name().toLowerCase(Locale.ROOT);

  /** As the format writes it: city, district, park. */
  public String code() {
    return code;
  }

  /** The level the format writes as {@code code}, if any. */
  public static Optional<RegionLevel> ofCode(String code) {
    for (RegionLevel level : LEVELS) {
      if (level.code().equals(code)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}

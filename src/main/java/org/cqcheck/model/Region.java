package org.cqcheck.model;

import java.util.Objects;

/**
 * The region whose figures an indicator report gives: the city (重庆市), a district (长寿区) or a park
 * (两江新区).
 *
 * @param level city, district or park
 * @param name as published
 */
public record Region(RegionLevel level, String name) {

  public Region {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(name, "name");
  }

  /** The city of Chongqing, the region of every built-in target. */
  public static Region city() {
    return new Region(RegionLevel.CITY, "重庆市");
  }

  @Override
  public String toString() {
    return level.code() + " " + name;
  }
}

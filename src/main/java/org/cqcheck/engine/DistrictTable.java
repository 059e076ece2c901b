package org.cqcheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chongqing's districts and counties under every name a proposal may write for them
 * ({@code rules/districts.yaml}): a site's district is matched by its current name, a former name
 * or the full name, so that the zone table places a 2013 proposal in 开县 in 开州区. Reference
 * data, read once, immutable.
 *
 * <p>Not part of the API: public for cqcheck's own use across packages; it may change in any
 * release.
 */
public final class DistrictTable {

  /** The prefixes a district's name may carry: 重庆市渝北区 is 渝北区. */
  private static final List<String> CITY_PREFIXES = List.of("重庆市", "重庆");

  private final List<District> districts;
  private final List<String> functionalAreas;
  /** Every name, current or not, to the current name. */
  private final Map<String, String> currentByName;

  /**
   * A district or county.
   *
   * @param name its current name
   * @param otherNames its former names and full name
   */
  public record District(String name, List<String> otherNames) {

    public District {
      otherNames = List.copyOf(otherNames);
    }
  }

  /** What a proposal's {@code location.district} is, as this table reads it. */
  public sealed interface Reading {}

  /** One of the districts, under one of its names. */
  public record Known(String current) implements Reading {}

  /** A functional area (两江新区, a development zone) written where a district belongs. */
  public record FunctionalArea(String area) implements Reading {}

  /** None of the districts under any name; with the current name of the closest, if close. */
  public record Unknown(Optional<String> suggestion) implements Reading {}

  /**
   * @param districts the districts and counties
   * @param functionalAreas names of areas that are not districts, though proposals may write them
   *     as one
   */
  public DistrictTable(List<District> districts, List<String> functionalAreas) {
    this.districts = List.copyOf(districts);
    this.functionalAreas = List.copyOf(functionalAreas);
    Map<String, String> names = new HashMap<>();
    for (District d : districts) {
      names.put(d.name(), d.name());
      d.otherNames().forEach(other -> names.put(other, d.name()));
    }
    this.currentByName = Map.copyOf(names);
  }

  /** A table that knows no district: every name stands for itself (rule packs without one). */
  static DistrictTable none() {
    return new DistrictTable(List.of(), List.of());
  }

  /** The districts, in the order of the data. */
  public List<District> districts() {
    return districts;
  }

  /** The current name of {@code written}, or {@code written} itself when the table knows none. */
  public String current(String written) {
    if (written == null) {
      return null;
    }
    String known = currentByName.get(withoutCityPrefix(written.strip()));
    return known != null ? known : written;
  }

  /** What {@code written} is: a district under some name, a functional area, or unknown. */
  public Reading read(String written) {
    String name = written.strip();
    String known = currentByName.get(withoutCityPrefix(name));
    if (known != null) {
      return new Known(known);
    }
    // Matched on the name as written: some areas' names begin with 重庆 (重庆高新区).
    for (String area : functionalAreas) {
      if (name.contains(area)) {
        return new FunctionalArea(area);
      }
    }
    return new Unknown(closest(withoutCityPrefix(name)));
  }

  /** Whether this table lists any district (a rule pack's may not). */
  public boolean isEmpty() {
    return districts.isEmpty();
  }

  private Optional<String> closest(String name) {
    List<String> all = new ArrayList<>(currentByName.keySet());
    all.sort(null);
    return org.cqcheck.internal.input.Suggestions.closest(name, all).map(currentByName::get);
  }

  private static String withoutCityPrefix(String name) {
    for (String prefix : CITY_PREFIXES) {
      if (name.startsWith(prefix) && name.length() > prefix.length()) {
        return name.substring(prefix.length());
      }
    }
    return name;
  }
}

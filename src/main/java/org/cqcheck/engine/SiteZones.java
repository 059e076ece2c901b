package org.cqcheck.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.cqcheck.model.Proposal;

/**
 * The zones of the zone table a proposal's site belongs to: the fact CQ2012-ZONE-FIT consults.
 * A site in a park of 万州区 belongs to three zones; the sector fits if any of them designates it.
 */
public record SiteZones(List<ZoneTable.Zone> zones, String description) {

  public SiteZones {
    zones = List.copyOf(zones);
  }

  public SiteZones(List<ZoneTable.Zone> zones) {
    this(zones, describe(zones));
  }

  /** Whether the table designates industries for this site at all. */
  public boolean isKnown() {
    return !zones.isEmpty();
  }

  public boolean designate(Proposal proposal) {
    for (ZoneTable.Zone zone : zones) {
      if (zone.designates(proposal)) {
        return true;
      }
    }
    return false;
  }

  /** The zones checked, each with its designated industries, for the report. */
  public String describe() {
    return description;
  }

  private static String describe(List<ZoneTable.Zone> zones) {
    return zones.stream()
        .map(
            z ->
                z.name()
                    + " ("
                    + z.designates().stream()
                        .map(ZoneTable.Designation::describe)
                        .collect(Collectors.joining(", "))
                    + ")")
        .collect(Collectors.joining("; "));
  }
}

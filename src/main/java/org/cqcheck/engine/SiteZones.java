package org.cqcheck.engine;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cqcheck.model.Proposal;

/**
 * The zones of the zone table a proposal's site belongs to: the fact CQ2012-ZONE-FIT consults.
 * A site in a park of 万州区 belongs to three zones; the sector fits if any of them designates it.
 *
 * @param zones the zones, in table order
 * @param description the zones with their designated industries, for the report
 * @param quote the clause's sentences designating these zones, each once, in table order (the
 *     clause's order), joined by "……" as a quotation that leaves out what lies between; null
 *     when none of its zones has one (a finding then cites its rule's quote)
 */
public record SiteZones(List<ZoneTable.Zone> zones, String description, String quote) {

  public SiteZones {
    zones = List.copyOf(zones);
  }

  public SiteZones(List<ZoneTable.Zone> zones) {
    this(zones, describe(zones), quote(zones));
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

  private static String quote(List<ZoneTable.Zone> zones) {
    List<String> sentences = zones.stream().map(ZoneTable.Zone::quote).filter(Objects::nonNull)
        .distinct().toList();
    return sentences.isEmpty() ? null : String.join("……", sentences);
  }

  private static String describe(List<ZoneTable.Zone> zones) {
    return zones.stream()
        .map(z -> z.name() + " (" + z.describeDesignations() + ")")
        .collect(Collectors.joining("; "));
  }
}

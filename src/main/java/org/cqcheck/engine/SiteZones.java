package org.cqcheck.engine;

import java.util.List;
import java.util.Objects;
import org.cqcheck.model.Proposal;

/**
 * The zones of the zone table a proposal's site belongs to: the fact CQ2012-ZONE-FIT consults.
 * A site in a park of 万州区 belongs to three zones; the sector fits if any of them designates it.
 *
 * @param zones the zones, in table order
 * @param quote the clause's sentences designating these zones, each once, in table order (the
 *     clause's order), joined by "……" as a quotation that leaves out what lies between; null
 *     when none of its zones has one (a finding then cites its rule's quote)
 *
 * <p>Not part of the API: public for cqcheck's own use across packages; it may change in any
 * release.
 */
public record SiteZones(List<ZoneTable.Zone> zones, String quote) {

  public SiteZones {
    zones = List.copyOf(zones);
  }

  public SiteZones(List<ZoneTable.Zone> zones) {
    this(zones, quote(zones));
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

  private static String quote(List<ZoneTable.Zone> zones) {
    List<String> sentences = zones.stream().map(ZoneTable.Zone::quote).filter(Objects::nonNull)
        .distinct().toList();
    return sentences.isEmpty() ? null : String.join("……", sentences);
  }
}

package org.cqcheck.engine;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cqcheck.model.Proposal;
import org.cqcheck.model.Sector;
import org.cqcheck.model.Subsector;

/**
 * The zones of clause 四（十一） of the 2012 opinions and the sectors each designates, as listed in
 * {@code rules/zones.yaml}. Reference data, not rule logic: corrected there without touching DRL.
 */
public final class ZoneTable {

  private final List<Zone> zones;
  /** The names a site's district may be written under, matched before the zones' districts. */
  private final DistrictTable districts;
  /**
   * Each combination of zones that sites have belonged to, described once (the description is
   * read for every ZONE-FIT finding), keyed by which of the table's zones it holds. It grows with
   * the combinations the table allows, not with the input: a run naming a million parks places
   * them in a few combinations. No site is remembered: placing one reads every zone's park names,
   * which is cheaper than the description (bench/RESULTS.md).
   */
  private final Map<BitSet, SiteZones> byCombination = new ConcurrentHashMap<>();

  /**
   * @param zones the zones
   * @param districts the districts under their other names: a site's district is read as its
   *     current name before the zones' {@code districts} are matched
   */
  public ZoneTable(List<Zone> zones, DistrictTable districts) {
    this.zones = List.copyOf(zones);
    this.districts = districts;
  }

  /** A table whose zones name districts only by their current names. */
  public ZoneTable(List<Zone> zones) {
    this(zones, DistrictTable.none());
  }

  /** The districts and their other names that this table reads a site's district with. */
  public DistrictTable districts() {
    return districts;
  }

  /** The zones, in table order. */
  public List<Zone> zones() {
    return zones;
  }

  /** The zones the site of {@code proposal} belongs to, in table order; empty when none. */
  public SiteZones zonesOf(Proposal proposal) {
    String park = proposal.location().park();
    String district = districts.current(proposal.location().district());
    BitSet combination = new BitSet(zones.size());
    for (int i = 0; i < zones.size(); i++) {
      if (zones.get(i).contains(park, district)) {
        combination.set(i);
      }
    }
    return byCombination.computeIfAbsent(combination,
        c -> new SiteZones(c.stream().mapToObj(zones::get).toList()));
  }

  /**
   * A zone of the table.
   *
   * @param name the zone's name as the clause gives it
   * @param quote the clause's sentence that designates the zone's industries, verbatim; null where
   *     the data gives none (a rule pack's zones may not), and a finding then cites its rule's quote
   * @param parkNames names and aliases; a site belongs when its park's name contains one
   * @param districts a site belongs when its district is one of these
   * @param parkDistricts a site belongs when it is in a park and its district is one of these
   *     ("any park in 长寿区")
   * @param designates the industries the clause assigns to the zone
   */
  public record Zone(
      String name,
      String quote,
      List<String> parkNames,
      List<String> districts,
      List<String> parkDistricts,
      List<Designation> designates) {

    public Zone {
      parkNames = parkNames == null ? List.of() : List.copyOf(parkNames);
      districts = districts == null ? List.of() : List.copyOf(districts);
      parkDistricts = parkDistricts == null ? List.of() : List.copyOf(parkDistricts);
      designates = List.copyOf(designates);
    }

    boolean contains(String park, String district) {
      if (park != null) {
        for (String name : parkNames) {
          if (park.contains(name)) {
            return true;
          }
        }
      }
      if (district == null) {
        return false;
      }
      return districts.contains(district) || (park != null && parkDistricts.contains(district));
    }

    public boolean designates(Proposal proposal) {
      return designates.stream().anyMatch(d -> d.covers(proposal));
    }

    /** What the zone designates, as reports write it: "chemical, materials". */
    public String describeDesignations() {
      return designates.stream().map(Designation::describe)
          .collect(java.util.stream.Collectors.joining(", "));
    }
  }

  /**
   * One designated industry: a sector, narrowed where the clause narrows it to some subsectors or to
   * component suppliers (not complete machines).
   */
  public record Designation(Sector sector, Set<Subsector> subsectors, Boolean wholeMachine) {

    public Designation {
      subsectors = subsectors == null ? Set.of() : Set.copyOf(subsectors);
    }

    boolean covers(Proposal proposal) {
      return proposal.sector() == sector
          // Set.copyOf sets throw on contains(null): a proposal may have no subsector.
          && (subsectors.isEmpty()
              || proposal.subsector() != null && subsectors.contains(proposal.subsector()))
          && (wholeMachine == null || wholeMachine == proposal.wholeMachine());
    }

    /**
     * The designation as written in reports, such as {@code consumer[medical-devices,pharmaceutical]}
     * or {@code automotive[components]}.
     */
    public String describe() {
      StringBuilder text = new StringBuilder(sector.code());
      List<String> qualifiers = new java.util.ArrayList<>(
          subsectors.stream().map(Subsector::code).sorted().toList());
      if (Boolean.FALSE.equals(wholeMachine)) {
        qualifiers.add("components");
      }
      if (!qualifiers.isEmpty()) {
        text.append('[').append(String.join(",", qualifiers)).append(']');
      }
      return text.toString();
    }
  }
}

package org.cqcheck.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cqcheck.model.Coded;
import org.cqcheck.model.Sector;
import org.cqcheck.model.Subsector;

/** Reads the reference data beside the DRL: {@code editions.yaml} and {@code zones.yaml}. */
final class RuleData {

  /** Reads the two small files into trees; thread-safe. */
  private static final ObjectReader YAML = new YAMLMapper().reader();

  private RuleData() {}

  /** What the rule base reads besides the compiled rules: editions, zones, DRL text, fingerprint. */
  record BuiltIn(List<Edition> editions, ZoneTable zones, RuleSources drl,
      Fingerprint fingerprint) {}

  static byte[] read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new RuleSetException("rule data " + resource + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new RuleSetException("cannot read rule data " + resource + ": " + e.getMessage(), e);
    }
  }

  static List<Edition> editions(String name, byte[] yaml) {
    JsonNode root = tree(name, yaml);
    List<Edition> editions = new ArrayList<>();
    for (JsonNode e : root.path("editions")) {
      editions.add(new Edition(
          text(name, e, "code"),
          text(name, e, "title"),
          text(name, e, "document"),
          LocalDate.parse(text(name, e, "inForceFrom")),
          e.path("horizon").asInt(),
          ruleFiles(name, e)));
    }
    if (editions.isEmpty()) {
      throw new RuleSetException(name + " lists no editions");
    }
    return editions;
  }

  /** {@code ruleFiles: [cq2012.drl, aggregate/cq2012.drl]}, or one {@code ruleFile}. */
  private static List<String> ruleFiles(String name, JsonNode edition) {
    if (edition.has("ruleFile")) {
      return List.of(text(name, edition, "ruleFile"));
    }
    List<String> files = new ArrayList<>();
    edition.path("ruleFiles").forEach(f -> files.add(f.asText()));
    if (files.isEmpty()) {
      throw new RuleSetException(name + ": edition " + edition.path("code").asText()
          + " names no ruleFile or ruleFiles");
    }
    return files;
  }

  static DistrictTable districts(String name, byte[] yaml) {
    JsonNode root = tree(name, yaml);
    List<DistrictTable.District> districts = new ArrayList<>();
    for (JsonNode d : root.path("districts")) {
      List<String> others = new ArrayList<>(strings(d.path("formerNames")));
      if (d.hasNonNull("fullName")) {
        others.add(d.get("fullName").asText());
      }
      districts.add(new DistrictTable.District(text(name, d, "name"), others));
    }
    if (districts.isEmpty()) {
      throw new RuleSetException(name + " lists no districts");
    }
    return new DistrictTable(districts, strings(root.path("functionalAreas")));
  }

  static ZoneTable zones(String name, byte[] yaml, DistrictTable districts) {
    JsonNode root = tree(name, yaml);
    List<ZoneTable.Zone> zones = new ArrayList<>();
    for (JsonNode z : root.path("zones")) {
      List<ZoneTable.Designation> designations = new ArrayList<>();
      for (JsonNode d : z.path("designates")) {
        Sector sector = code(name, Sector.class, text(name, d, "sector"));
        Set<Subsector> subsectors = new LinkedHashSet<>();
        for (JsonNode s : d.path("subsectors")) {
          subsectors.add(code(name, Subsector.class, s.asText()));
        }
        Boolean wholeMachine = d.has("wholeMachine") ? d.get("wholeMachine").asBoolean() : null;
        designations.add(new ZoneTable.Designation(sector, subsectors, wholeMachine));
      }
      zones.add(new ZoneTable.Zone(
          text(name, z, "name"),
          z.hasNonNull("quote") ? z.get("quote").asText() : null,
          strings(z.path("parkNames")),
          strings(z.path("districts")),
          strings(z.path("parkDistricts")),
          designations));
    }
    return new ZoneTable(zones, districts);
  }

  private static JsonNode tree(String name, byte[] yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new RuleSetException("cannot parse rule data " + name + ": " + e.getMessage(), e);
    }
  }

  private static String text(String name, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode()) {
      throw new RuleSetException(name + ": an entry lacks '" + field + "': " + node);
    }
    return value.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static <E extends Enum<E> & Coded> E code(String name, Class<E> type, String code) {
    return Coded.byCode(type, code)
        .orElseThrow(() -> new RuleSetException(
            name + ": '" + code + "' is not a " + type.getSimpleName().toLowerCase()));
  }
}

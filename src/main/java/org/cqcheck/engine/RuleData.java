package org.cqcheck.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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

  /**
   * The rule data is read with Jackson's streaming parser into a tree built here, not with an
   * {@code ObjectMapper}: at start-up the proposal reader and the schema make their mappers on
   * other threads at the same moment, and the class initialisers of a mapper (its date format,
   * which loads locale data) run on one thread while the others wait: the thread building the
   * KieBase waited about 30 ms for this data, and this one 40 ms for a mapper (profiled). A cold
   * check is about 10 ms faster without (bench/RESULTS.md). Two small files need nothing a mapper
   * adds.
   */
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
          text(name, e, "ruleFile")));
    }
    if (editions.isEmpty()) {
      throw new RuleSetException(name + " lists no editions");
    }
    return editions;
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
    try (JsonParser parser = YAML.createParser(yaml)) {
      return parser.nextToken() == null ? NODES.objectNode() : node(parser);
    } catch (IOException e) {
      throw new RuleSetException("cannot parse rule data " + name + ": " + e.getMessage(), e);
    }
  }

  /** The value at the parser's current token, read to its end. */
  private static JsonNode node(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case START_OBJECT -> object(parser);
      case START_ARRAY -> array(parser);
      case VALUE_NULL -> NODES.nullNode();
      case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(parser.getBooleanValue());
      case VALUE_NUMBER_INT -> NODES.numberNode(parser.getLongValue());
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
      default -> NODES.textNode(parser.getText());
    };
  }

  private static ObjectNode object(JsonParser parser) throws IOException {
    ObjectNode object = NODES.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      object.set(field, node(parser));
    }
    return object;
  }

  private static ArrayNode array(JsonParser parser) throws IOException {
    ArrayNode array = NODES.arrayNode();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      array.add(node(parser));
    }
    return array;
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

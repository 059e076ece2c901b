package org.cqcheck.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cqcheck.internal.input.ProposalCheck;
import org.cqcheck.internal.input.ProposalConstraints;
import org.cqcheck.internal.input.ProposalFile;
import org.cqcheck.internal.input.ProposalReader;
import org.cqcheck.metrics.Metric;
import org.cqcheck.model.Field;
import org.cqcheck.model.ProjectType;
import org.cqcheck.model.Proposal;
import org.cqcheck.model.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The field registry, the published schema, the file reader and the in-memory validation say the
 * same of every field.
 */
class FieldRegistryTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private static JsonNode schema() throws IOException {
    try (InputStream in = FieldRegistryTest.class.getResourceAsStream(
        "/cqcheck/proposal-v1.schema.json")) {
      return JSON.readTree(in);
    }
  }

  /** Every leaf property of the schema, by dotted path. */
  private static Map<String, JsonNode> leaves(JsonNode node, String prefix,
      Map<String, JsonNode> into) {
    JsonNode properties = node.get("properties");
    if (properties == null) {
      into.put(prefix, node);
      return into;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      leaves(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), into);
    }
    return into;
  }

  @Test
  void theSchemaHasExactlyTheFieldsOfTheRegistry() throws IOException {
    Map<String, JsonNode> leaves = leaves(schema(), "", new TreeMap<>());
    leaves.remove("$schema");
    leaves.remove("schemaVersion");
    assertThat(leaves.keySet())
        .containsExactlyInAnyOrderElementsOf(Stream.of(Field.values()).map(Field::path).toList());
  }

  @Test
  void theSchemaTypesAgreeWithTheKindOfEveryField() throws IOException {
    Map<String, JsonNode> leaves = leaves(schema(), "", new TreeMap<>());
    for (Field field : Field.values()) {
      String text = leaves.get(field.path()).toString();
      Field.Kind kind = field.kind();
      assertThat(text.contains("\"number\"") || text.contains("\"integer\""))
          .as("%s is a number in the schema", field).isEqualTo(kind.isNumber());
      if (kind.isNumber()) {
        assertThat(text.contains("\"minimum\":0")).as("%s may be negative", field)
            .isNotEqualTo(kind.mayBeNegative());
        assertThat(text.contains("\"maximum\":1")).as("%s is a rate", field)
            .isEqualTo(kind == Field.Kind.RATE);
        assertThat(text.contains("\"integer\"")).as("%s is whole", field)
            .isEqualTo(kind == Field.Kind.PERSONS);
      }
      assertThat(text.contains("\"boolean\"")).as("%s is a flag", field)
          .isEqualTo(kind == Field.Kind.FLAG);
      assertThat(text.contains("\"array\"")).as("%s is a list", field)
          .isEqualTo(kind == Field.Kind.CODES);
      assertThat(text.contains("\"enum\"")).as("%s is a code", field)
          .isEqualTo(kind == Field.Kind.CODE);
    }
  }

  private static final Pattern PATH = Pattern.compile(
      "\\b(?:(?:annual|finance|baseline|supply|quality|capacity|safety|location)\\.[A-Za-z0-9]+"
          + "|certifications|sector)\\b");

  @Test
  void everyMetricDeclaresTheFieldsItsFormulaReads() {
    for (Metric metric : Metric.values()) {
      List<String> named = PATH.matcher(metric.formula()).results().map(m -> m.group())
          .distinct().toList();
      assertThat(metric.inputs()).extracting(Field::path).as(metric.name())
          .containsExactlyElementsOf(named);
    }
  }

  /** A proposal both ways: as a builder sets it, and as a file writes it. */
  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of(Field.EMPLOYEES, -3000, "NEGATIVE"),
        Arguments.of(Field.EMPLOYEES, new BigDecimal("2.5"), "NOT_WHOLE"),
        Arguments.of(Field.OUTPUT_VALUE, new BigDecimal("-1"), "NEGATIVE"),
        Arguments.of(Field.NET_ASSETS, new BigDecimal("-1"), "NEGATIVE"),
        Arguments.of(Field.LOCAL_COMPONENT_RATE, new BigDecimal("1.5"), "RATE_ABOVE_ONE"),
        Arguments.of(Field.LOCAL_COMPONENT_RATE, new BigDecimal("-0.1"), "NEGATIVE"),
        Arguments.of(Field.NEW_CAPACITY, new BigDecimal("-5"), "NEGATIVE"),
        Arguments.of(Field.NATURAL_GAS, new BigDecimal("1E+19"), "OUT_OF_RANGE"),
        Arguments.of(Field.SUBMITTED_ON, LocalDate.of(2027, 1, 1), "FUTURE_DATE"));
  }

  @ParameterizedTest(name = "{0} = {1}: {2}")
  @MethodSource("badValues")
  void aValueAFileMayNotHaveIsRefusedInMemoryAlike(Field field, Object value, String kind)
      throws IOException {
    boolean capacity = field.kind() == Field.Kind.CAPACITY;
    Proposal built = base().set(field, value).set(Field.CAPACITY_UNIT, capacity ? "万吨" : null)
        .build();
    List<InputError> inMemory = ProposalConstraints.violations(built, TODAY);

    ObjectNode file = (ObjectNode) JSON.readTree("""
        {"schemaVersion": 1, "id": "P-1", "submittedOn": "2013-05-20",
         "sector": "chemical", "projectType": "new"}""");
    if (capacity) {
      file.putObject("capacity").put("unit", "万吨");
    }
    ObjectNode parent = file;
    String[] parts = field.path().split("\\.");
    for (int i = 0; i < parts.length - 1; i++) {
      parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
    }
    parent.set(parts[parts.length - 1], JSON.valueToTree(value instanceof LocalDate d
        ? d.toString() : value));
    ProposalReader reader = new ProposalReader(InputOptions.defaults()
        .withClock(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)),
        ProposalCheck.NONE);
    ProposalFile read = reader.read("p.json",
        JSON.writeValueAsString(file).getBytes(StandardCharsets.UTF_8), InputFormat.JSON);
    List<InputError> fromFile = new ArrayList<>(read.entries().get(0).errors());

    assertThat(fromFile).extracting(e -> e.kind().name() + " " + e.location())
        .containsExactly(kind + " " + field.pointer());
    assertThat(inMemory).extracting(e -> e.kind().name() + " " + e.location())
        .containsExactly(kind + " " + field.pointer());
  }

  @Test
  void capacityFiguresWithoutTheirUnitAreRefusedInMemory() {
    Proposal built = base().set(Field.NEW_CAPACITY, 100).build();
    assertThat(ProposalConstraints.violations(built, TODAY))
        .extracting(e -> e.kind().name() + " " + e.location())
        .containsExactly("CAPACITY_UNIT_MISSING /capacity/unit");
  }

  @Test
  void equalValuesMakeEqualProposalsHoweverWritten() {
    Proposal a = base().set(Field.LOCAL_COMPONENT_RATE, new BigDecimal("0.7500"))
        .set(Field.ENERGY_CONSUMPTION, new BigDecimal("9.0E+5")).build();
    Proposal b = base().set(Field.LOCAL_COMPONENT_RATE, 0.75)
        .set(Field.ENERGY_CONSUMPTION, 900000).build();
    assertThat(a).isEqualTo(b);
    assertThat(a.annual().energyConsumptionTce().toString()).isEqualTo("900000");
  }

  private static Proposal.Builder base() {
    return Proposal.builder("P-1", LocalDate.of(2013, 5, 20), Sector.CHEMICAL, ProjectType.NEW);
  }

  @Test
  void everyNumberOfTheRegistryIsCheckedInMemory() {
    for (Field field : Field.values()) {
      if (field.kind().isNumber()) {
        Proposal negative = base().set(field, new BigDecimal("-1E+30"))
            .set(Field.CAPACITY_UNIT, "万吨").build();
        assertThat(ProposalConstraints.violations(negative, TODAY))
            .as(field.path()).extracting(InputError::location).containsExactly(field.pointer());
      }
    }
  }
}

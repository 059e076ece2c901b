package org.cqcheck.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cqcheck.internal.input.IndicatorReportSchema;
import org.cqcheck.internal.input.ProposalSchema;
import org.junit.jupiter.api.Test;

/**
 * The schemas cqcheck publishes, read as another tool reads them: the proposal file schema by its
 * $id reference to the proposal schema. (ajv in strict mode compiles both in .ci/run.)
 */
class PublishedSchemasTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new YAMLMapper();

  private static JsonSchema fileSchema() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        builder -> builder.schemaMappers(mappers ->
            mappers.mapPrefix("https://cqcheck.org/schema/", "classpath:cqcheck/")));
    return factory.getSchema(ProposalSchema.fileText());
  }

  @Test
  void everyValidExampleFileIsValidAgainstTheFileSchemaAndTheInvalidOneIsNot() throws IOException {
    JsonSchema schema = fileSchema();
    List<String> invalid = new ArrayList<>();
    int files = 0;
    try (Stream<Path> examples = Stream.concat(Files.list(Path.of("examples")),
        Files.list(Path.of("invalid-examples")))) {
      for (Path file : examples.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".json") && !name.endsWith(".yaml")
            || name.startsWith("scorecard-")) {
          // The scorecards' examples are indicator reports, with a schema of their own.
          continue;
        }
        files++;
        JsonNode document = (name.endsWith(".json") ? JSON : YAML).readTree(file.toFile());
        if (!schema.validate(document).isEmpty()) {
          invalid.add(name);
        }
      }
    }
    assertThat(files).isGreaterThan(10);
    // A list of proposals is a proposal file too (the 2022 batch).
    assertThat(invalid).containsExactly("invalid-rate-written-as-percent-number.json");
  }

  @Test
  void theSchemaRefusesWhatTheToolRefusesWhereItCanSayIt() throws IOException {
    JsonSchema schema = fileSchema();
    String proposal = "{\"schemaVersion\": 1, \"id\": \"P\", \"submittedOn\": \"2013-03-15\","
        + " \"sector\": \"energy\", \"projectType\": \"new\", \"quality\": {\"brandedSalesShare\": %s}}";
    assertThat(schema.validate(JSON.readTree(proposal.formatted("\"80%\"")))).isEmpty();
    assertThat(schema.validate(JSON.readTree(proposal.formatted("\"100%\"")))).isEmpty();
    assertThat(schema.validate(JSON.readTree(proposal.formatted("0.8")))).isEmpty();
    assertThat(schema.validate(JSON.readTree(proposal.formatted("\"150%\"")))).isNotEmpty();
    assertThat(schema.validate(JSON.readTree(proposal.formatted("\"100.5%\"")))).isNotEmpty();
    assertThat(schema.validate(JSON.readTree(proposal.formatted("80")))).isNotEmpty();
    assertThat(schema.validate(JSON.readTree("[]"))).isNotEmpty();
  }

  /** What ajv's strict mode refuses: a type list of more than one type besides null. */
  @Test
  void noFieldHasAUnionTypeSoThatStrictValidatorsCompileTheSchema() throws IOException {
    List<String> unions = new ArrayList<>();
    collectUnions(JSON.readTree(ProposalSchema.text()), "", unions);
    assertThat(unions).isEmpty();
    collectUnions(JSON.readTree(IndicatorReportSchema.text()), "", unions);
    assertThat(unions).isEmpty();
  }

  private static void collectUnions(JsonNode node, String at, List<String> unions) {
    JsonNode type = node.get("type");
    if (type != null && type.isArray()) {
      int nonNull = 0;
      for (JsonNode t : type) {
        nonNull += t.asText().equals("null") ? 0 : 1;
      }
      if (nonNull > 1) {
        unions.add(at);
      }
    }
    node.fields().forEachRemaining(e -> collectUnions(e.getValue(), at + "/" + e.getKey(), unions));
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectUnions(node.get(i), at + "/" + i, unions);
      }
    }
  }
}

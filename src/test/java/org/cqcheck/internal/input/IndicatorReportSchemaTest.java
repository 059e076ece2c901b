package org.cqcheck.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cqcheck.input.InputFormat;
import org.cqcheck.model.FigureBasis;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.RegionLevel;
import org.cqcheck.model.ReportedFigure;
import org.junit.jupiter.api.Test;

/**
 * The published schema of indicator reports and the reader say the same: every field the schema
 * names is one the mapper reads, every code it allows one the model has, and the format's example
 * is valid to a validator that is not cqcheck's reader.
 */
class IndicatorReportSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode schema() throws IOException {
    return JSON.readTree(IndicatorReportSchema.text());
  }

  private static List<String> names(JsonNode properties) {
    List<String> names = new ArrayList<>();
    properties.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode figureObject(JsonNode schema) {
    for (JsonNode alternative : schema.at("/$defs/figure/anyOf")) {
      if (alternative.path("type").asText().equals("object")) {
        return alternative;
      }
    }
    throw new AssertionError("the figure has no object alternative");
  }

  @Test
  void everyPropertyOfTheSchemaIsAFieldTheMapperReads() throws IOException {
    JsonNode schema = schema();
    assertThat(names(schema.get("properties")))
        .containsExactlyElementsOf(IndicatorReportMapper.REPORT_FIELDS);
    assertThat(names(schema.at("/properties/region/properties")))
        .containsExactlyElementsOf(IndicatorReportMapper.REGION_FIELDS);
    assertThat(names(figureObject(schema).get("properties")))
        .containsExactlyElementsOf(IndicatorReportMapper.FIGURE_FIELDS);
    assertThat(schema.get("required")).extracting(JsonNode::asText)
        .containsExactly("schemaVersion", "kind", "id", "region", "year", "figures");
    assertThat(schema.at("/properties/kind/const").asText()).isEqualTo(IndicatorReportSchema.KIND);
    // The fields a did-you-mean offers are the schema's, in each object of a report.
    DocumentSchema validated = new DocumentSchema(IndicatorReportSchema.RESOURCE,
        new DocumentSchema.Words(null, null, null));
    assertThat(validated.knownFields("")).isEqualTo(IndicatorReportMapper.REPORT_FIELDS);
    assertThat(validated.knownFields("/region")).isEqualTo(IndicatorReportMapper.REGION_FIELDS);
    assertThat(validated.knownFields("/figures/parks.industrialConcentration"))
        .isEqualTo(IndicatorReportMapper.FIGURE_FIELDS);
  }

  /** A report that sets every field the schema has, each of which the report then holds. */
  @Test
  void aReportWithEveryFieldIsReadWholeAndWithoutWarnings() {
    String yaml = """
        $schema: https://cqcheck.org/schema/indicator-report.schema.json
        schemaVersion: 1
        kind: indicator-report
        id: CQ-CITY-2015
        title: 重庆市2015年工业和信息化主要指标
        region: { level: city, name: 重庆市 }
        year: 2015
        span: 2011-2015
        publishedOn: 2016-02-04
        source: cq-2016.txt
        figures:
          industry.grossOutputValueYuan:
            value: 2.45万亿元
            basis: estimate
            quote: 预计全市工业总产值2.45万亿元
            source: cq-2016.txt, 一
            note: 预计
        """;
    ProposalFile.Entry entry = new ProposalReader().read("r.yaml",
        yaml.getBytes(StandardCharsets.UTF_8), InputFormat.YAML).entries().get(0);
    assertThat(entry.errors()).isEmpty();
    assertThat(entry.warnings()).isEmpty();
    IndicatorReport report = entry.report();
    assertThat(report).extracting(IndicatorReport::title, IndicatorReport::span,
            IndicatorReport::source)
        .containsExactly("重庆市2015年工业和信息化主要指标", "2011-2015", "cq-2016.txt");
    assertThat(report.publishedOn()).hasToString("2016-02-04");
    assertThat(report.figure("industry.grossOutputValueYuan").orElseThrow())
        .extracting(ReportedFigure::basis, ReportedFigure::quote, ReportedFigure::source,
            ReportedFigure::note)
        .containsExactly(FigureBasis.ESTIMATE, "预计全市工业总产值2.45万亿元", "cq-2016.txt, 一",
            "预计");
  }

  @Test
  void theSchemasCodesAreTheModels() throws IOException {
    JsonNode schema = schema();
    assertThat(schema.at("/properties/region/properties/level/enum")).extracting(JsonNode::asText)
        .containsExactlyElementsOf(Arrays.stream(RegionLevel.values()).map(RegionLevel::code)
            .toList());
    List<String> bases = new ArrayList<>();
    figureObject(schema).at("/properties/basis/enum").forEach(b -> {
      if (!b.isNull()) {
        bases.add(b.asText());
      }
    });
    assertThat(bases).containsExactly("exact", "estimate", "atLeast", "above", "atMost", "below");
    // Each read as the basis of the model in the same order.
    List<FigureBasis> read = new ArrayList<>();
    for (String basis : bases) {
      String yaml = "schemaVersion: 1\nkind: indicator-report\nid: R\n"
          + "region: { level: park, name: 两江新区 }\nyear: 2015\nfigures:\n"
          + "  parks.industrialConcentration: { value: 79%, basis: " + basis + " }\n";
      read.add(new ProposalReader().read("r.yaml", yaml.getBytes(StandardCharsets.UTF_8),
          InputFormat.YAML).entries().get(0).report().figure("parks.industrialConcentration")
          .orElseThrow().basis());
    }
    assertThat(read).containsExactly(FigureBasis.values());
  }

  /** As an editor or CI job validates a report: the example is valid, typical mistakes are not. */
  @Test
  void anotherValidatorAcceptsTheFormatsExampleAndRefusesMistakes() throws IOException {
    JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(IndicatorReportSchema.text());
    String doc = Files.readString(Path.of("docs/INDICATOR-FORMAT.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
    JsonNode example = new YAMLMapper().readTree(doc.substring(start, doc.indexOf("```", start)));
    assertThat(validator.validate(example)).isEmpty();
    for (String mistake : List.of("/span=2015", "/span=\"2011/2015\"", "/region/level=\"town\"", "/year=2015.5",
        "/year=1850", "/figures/parks.industrialConcentration=true",
        "/figures/x={\"basis\":\"exact\"}", "/figures/x={\"value\":1,\"basis\":\"roughly\"}",
        "/publishedOn=\"4 Feb 2016\"", "/schemaVersion=2", "/titel=\"x\"")) {
      JsonNode copy = example.deepCopy();
      String pointer = mistake.substring(0, mistake.indexOf('='));
      JsonNode value = JSON.readTree(mistake.substring(mistake.indexOf('=') + 1));
      String parent = pointer.substring(0, pointer.lastIndexOf('/'));
      ((com.fasterxml.jackson.databind.node.ObjectNode) copy.at(parent))
          .set(pointer.substring(pointer.lastIndexOf('/') + 1), value);
      assertThat(validator.validate(copy)).as(mistake).isNotEmpty();
    }
  }
}

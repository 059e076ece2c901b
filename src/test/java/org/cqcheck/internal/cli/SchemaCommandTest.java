package org.cqcheck.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code cqcheck schema --indicator-report}: the indicator report schema, as the proposal's is. */
class SchemaCommandTest {

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), false);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void printsTheIndicatorReportSchemaAllowingUnknownFieldsUnlessStrict() throws Exception {
    Run lenient = run("schema", "--indicator-report");
    assertThat(lenient.exitCode()).isZero();
    JsonNode schema = new ObjectMapper().readTree(lenient.out());
    assertThat(schema.get("$id").asText())
        .isEqualTo("https://cqcheck.org/schema/indicator-report.schema.json");
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.findValues("additionalProperties"))
        .allSatisfy(v -> assertThat(v.isObject()).as("only the figures' schema").isTrue());
    Run strict = run("schema", "--indicator-report", "--strict");
    assertThat(strict.exitCode()).isZero();
    JsonNode strictSchema = new ObjectMapper().readTree(strict.out());
    assertThat(strictSchema.findValues("additionalProperties")).filteredOn(JsonNode::isBoolean)
        .hasSize(3).allSatisfy(v -> assertThat(v.asBoolean(true)).isFalse());
    // Otherwise the same schema.
    strictSchema.findParents("additionalProperties").forEach(o -> {
      if (o.get("additionalProperties").isBoolean()) {
        ((ObjectNode) o).remove("additionalProperties");
      }
    });
    assertThat(schema).isEqualTo(strictSchema);
  }

  @Test
  void theHelpNamesTheOptionInBothLanguages() {
    assertThat(run("schema", "--help").out()).contains("--indicator-report")
        .contains("of indicator\nreport format 1")
        .containsPattern("Print the schema of an indicator report \\(kind:\\s+indicator-report\\)");
    assertThat(run("--lang", "zh", "schema", "--help").out())
        .contains("改为输出指标报告（kind: indicator-report）的模式。");
  }

  @Test
  void aFileSchemaOfReportsIsAUsageError() {
    Run both = run("schema", "--file", "--indicator-report", "--lang", "en");
    assertThat(both.exitCode()).isEqualTo(4);
    assertThat(both.err()).contains("--file and --indicator-report cannot be given together");
  }
}

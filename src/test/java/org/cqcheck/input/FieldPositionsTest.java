package org.cqcheck.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cqcheck.internal.input.ProposalFile;
import org.cqcheck.internal.input.ProposalReader;
import org.junit.jupiter.api.Test;

/**
 * Where a valid proposal's fields are is recorded only when asked for; an error names its line and
 * column either way.
 */
class FieldPositionsTest {

  private static final String TWO = """
      [
        {"id": "A",
         "annual": {"employees": 3}},
        {"id": "B", "title": "b",
         "annual": {
           "employees": 4}}
      ]
      """;

  private static ProposalFile read(String text, InputFormat format, boolean positions) {
    return new ProposalReader(InputOptions.defaults().withFieldPositions(positions))
        .read("file", text.getBytes(StandardCharsets.UTF_8), format);
  }

  @Test
  void eachProposalOfAnArrayHasItsOwnFieldsAtTheirLines() {
    ProposalFile file = read(TWO, InputFormat.JSON, true);
    assertThat(file.entries().get(0).positions())
        .isEqualTo(Map.of("id", new Position(2, 4), "annual", new Position(3, 4),
            "annual.employees", new Position(3, 15)));
    assertThat(file.entries().get(1).positions()).containsEntry("id", new Position(4, 4))
        .containsEntry("title", new Position(4, 15))
        .containsEntry("annual.employees", new Position(6, 6))
        .hasSize(4);
  }

  @Test
  void proposalsOfDifferentFilesShareTheirFieldPaths() {
    // A report that keeps every result keeps these maps: one copy of each path, not one per proposal.
    String first = read(TWO, InputFormat.JSON, true).entries().get(0).positions().keySet().stream()
        .filter("annual.employees"::equals).findFirst().orElseThrow();
    String second = read(TWO.replace("\"A\"", "\"C\""), InputFormat.JSON, true).entries().get(1)
        .positions().keySet().stream().filter("annual.employees"::equals).findFirst().orElseThrow();
    assertThat(second).isSameAs(first);
  }

  @Test
  void theDefaultRecordsThem() {
    assertThat(InputOptions.defaults().fieldPositions()).isTrue();
  }

  @Test
  void notAskedForTheyAreEmpty() {
    ProposalFile file = read(TWO, InputFormat.JSON, false);
    assertThat(file.entries()).extracting(ProposalFile.Entry::positions)
        .containsExactly(Map.of(), Map.of());
  }

  @Test
  void errorsNameTheirLinesWhetherOrNotPositionsAreRecorded() {
    String json = """
        [{"id": "A"},
         {"id": "B",
          "annual": {
            "employees": -4}},
         "not an object"]
        """;
    String yaml = """
        id: C
        annual:
          employees: -4
        """;
    for (boolean positions : List.of(true, false)) {
      ProposalFile file = read(json, InputFormat.JSON, positions);
      InputError employees = file.entries().get(1).errors().stream()
          .filter(e -> e.location().equals("/1/annual/employees")).findFirst().orElseThrow();
      assertThat(List.of(employees.line(), employees.column())).as("positions %s", positions)
          .containsExactly(4, 5);
      InputError notAnObject = file.entries().get(2).errors().get(0);
      assertThat(List.of(notAnObject.line(), notAnObject.column())).containsExactly(5, 2);
      InputError inYaml = read(yaml, InputFormat.YAML, positions).entries().get(0).errors()
          .stream().filter(e -> e.location().equals("/annual/employees")).findFirst()
          .orElseThrow();
      assertThat(List.of(inYaml.line(), inYaml.column())).containsExactly(3, 3);
    }
  }
}

package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.cqcheck.CliTest.Run;
import org.junit.jupiter.api.Test;

/**
 * What the command line says besides reports: usage errors, the catalogue, a rule's explanation,
 * rule tests' results and the schema, in either language and at the width asked for.
 */
class CliMessagesTest {

  private static Run run(String... args) {
    return CliTest.run(args);
  }

  /** Terminal columns: a CJK character takes two. */
  private static int columns(String line) {
    return line.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
  }

  @Test
  void anUnknownOptionIsNamedAsTypedWithTheOptionItResembles() {
    // picocli called the value after it an unknown option too ("'--formt', 'json'").
    Run valueAfter = run("rules", "--formt", "json");
    assertThat(valueAfter.exitCode()).isEqualTo(4);
    assertThat(valueAfter.err()).isEqualTo("cqcheck: unknown option '--formt': did you mean"
        + " --format?\nSee 'cqcheck rules --help' for the usage.\n");
    // ... and named one given with '=' with its value.
    assertThat(run("check", "--widht=80", "examples/").err())
        .startsWith("cqcheck: unknown option '--widht': did you mean --width?\n");
    assertThat(run("check", "--widht", "80", "examples/").err())
        .startsWith("cqcheck: unknown option '--widht': did you mean --width?\n");
    // An unknown option before the command's name, not the command's missing files.
    Run beforeCommand = run("--lnag", "zh", "check");
    assertThat(beforeCommand.exitCode()).isEqualTo(4);
    assertThat(beforeCommand.err()).startsWith("cqcheck: unknown option '--lnag': did you mean"
        + " --lang?\n");
    // One letter is one edit from any other: no guess.
    assertThat(run("check", "-qx", "examples/").err())
        .startsWith("cqcheck: unknown option '-x'\n");
  }

  @Test
  void usageErrorsAreInTheLanguageLangAsksForWhereverItStands() {
    Run zh = run("check", "--lang", "zh", "--formt", "json", CliTest.PASSING);
    assertThat(zh.exitCode()).isEqualTo(4);
    assertThat(zh.err()).isEqualTo("cqcheck: 未知选项 '--formt'：是否应为 --format？\n"
        + "用法见 'cqcheck check --help'。\n");
    Run before = run("--lang", "zh", "check", "--widht", "80", CliTest.PASSING);
    assertThat(before.exitCode()).isEqualTo(4);
    assertThat(before.err()).startsWith("cqcheck: 未知选项 '--widht'：是否应为 --width？\n");
    assertThat(run("--lang=zh", "chek").err())
        .startsWith("cqcheck: 未知命令 'chek'：是否应为 check？\n");
    assertThat(run("--lang", "zh", "check").err()).startsWith("cqcheck: 缺少 FILE|DIR\n");
    // --lang before the command's name is the command's --lang.
    Run moved = run("--lang", "zh", "check", "--width", "300", CliTest.FAILING);
    assertThat(moved.exitCode()).isEqualTo(1);
    assertThat(moved.out()).isEqualTo(run("check", "--lang", "zh", "--width", "300",
        CliTest.FAILING).out());
  }

  @Test
  void rulesListsThoseWhoseIdStartsWithAPrefixInAnyCase() {
    Run chemical = run("rules", "--lang", "en", "--format", "json", "cq2012-chem");
    assertThat(chemical.exitCode()).isZero();
    List<String> ids = new ArrayList<>();
    readTree(chemical.out()).get("rules").forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("CQ2012-CHEM"));
    Run misspelt = run("rules", "--lang", "en", "cq2012-chme");
    assertThat(misspelt.exitCode()).isEqualTo(4);
    assertThat(misspelt.err()).isEqualTo("cqcheck: no rule id starts with cq2012-chme: did you"
        + " mean CQ2012-CHEM? `cqcheck rules` lists them\n");
    assertThat(run("rules", "--lang", "zh", "XYZ").err())
        .isEqualTo("cqcheck: 没有以 XYZ 开头的规则；`cqcheck rules` 列出全部规则\n");
  }

  @Test
  void rulesExplainAndTestFitTheWidthInEitherLanguage() {
    for (String lang : List.of("en", "zh")) {
      for (List<String> command : List.of(List.of("rules"), List.of("explain", "CQ2012-ZONE-FIT"),
          List.of("test", "rules/tests"))) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--lang", lang, "--width", "80"));
        Run run = run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as("%s", args).isZero();
        assertThat(run.out().lines()).as("%s", args).isNotEmpty()
            .allSatisfy(line -> assertThat(columns(line)).as(line).isLessThanOrEqualTo(80));
      }
    }
    // A table when it fits, as wide as it needs.
    String wide = run("rules", "--lang", "en", "--width", "200").out();
    assertThat(wide).startsWith("Rule ").containsPattern("\nCQ2012-CHEM-GAS-YIELD +CQ2012 ");
    assertThat(run("test", "rules/tests", "--lang", "zh").out()).contains("通过  ")
        .containsPattern("共 \\d+ 个用例：通过 \\d+，失败 0");
    assertThat(run("rules", "--width", "39").exitCode()).isEqualTo(4);
  }

  @Test
  void theSchemaPrintedAllowsUnknownFieldsUnlessStrict() {
    JsonNode lenient = readTree(run("schema").out());
    JsonNode strict = readTree(run("schema", "--strict").out());
    assertThat(lenient.findValues("additionalProperties")).isEmpty();
    assertThat(strict.findValues("additionalProperties")).hasSize(11)
        .allSatisfy(v -> assertThat(v.asBoolean(true)).isFalse());
    // Otherwise the same schema: the same fields, with the same types.
    ((com.fasterxml.jackson.databind.node.ObjectNode) strict).remove("additionalProperties");
    strict.findParents("additionalProperties").forEach(o ->
        ((com.fasterxml.jackson.databind.node.ObjectNode) o).remove("additionalProperties"));
    assertThat(lenient).isEqualTo(strict);
  }

  private static JsonNode readTree(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

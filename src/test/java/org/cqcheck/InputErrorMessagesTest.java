package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.cqcheck.input.InputError;
import org.cqcheck.input.InputFormat;
import org.cqcheck.input.InputOptions;
import org.cqcheck.internal.input.ProposalFile;
import org.cqcheck.internal.input.ProposalReader;
import org.cqcheck.internal.report.Messages;
import org.cqcheck.report.Language;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad input gets one message per problem, naming the field (JSON pointer) and its
 * line and column, and saying what was expected. The texts are asserted exactly.
 */
class InputErrorMessagesTest {

  static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);
  static final String MINIMAL = "\"schemaVersion\": 1, \"id\": \"P-1\", \"submittedOn\": \"2013-03-15\","
      + " \"sector\": \"chemical\", \"projectType\": \"new\"";
  static final String MINIMAL_YAML =
      "schemaVersion: 1\nid: P-1\nsubmittedOn: 2013-03-15\nsector: chemical\nprojectType: new\n";

  private final ProposalReader reader =
      new ProposalReader(InputOptions.defaults().withClock(TODAY));
  private final Messages en = new Messages(Language.EN);

  /** Errors of every proposal of the file, as the text report prints them; then warnings. */
  private List<String> problems(ProposalReader reader, String name, byte[] content) {
    InputFormat format = name.endsWith(".json") ? InputFormat.JSON : InputFormat.YAML;
    ProposalFile file = reader.read(name, content, format);
    return file.entries().stream()
        .flatMap(e -> java.util.stream.Stream.concat(
            e.errors().stream().map(en::placed),
            e.warnings().stream().map(w -> "warning: " + en.placed(w))))
        .toList();
  }

  private List<String> problems(String name, String content) {
    return problems(reader, name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void truncatedJson() {
    assertThat(problems("t.json", "{\n  " + MINIMAL + ",\n  \"annual\": {\n    \"employees\": 30"))
        .containsExactly("(line 4, column 20): the file ends too early: the object or list opened"
            + " at line 3, column 13 is not closed (a truncated file?)");
  }

  @Test
  void trailingComma() {
    assertThat(problems("t.json", "{\n  " + MINIMAL + ",\n  \"annual\": { \"employees\": 300, }\n}"))
        .containsExactly(
            "(line 3, column 33): a comma before the closing bracket: remove the trailing comma");
  }

  @Test
  void yamlIndentedWithATab() {
    assertThat(problems("t.yaml", "schemaVersion: 1\nid: P-1\nannual:\n\temployees: 3\n"))
        .containsExactly(
            "(line 4, column 1): YAML does not allow tabs for indentation: indent with spaces");
  }

  @Test
  void wrongTypesNameWhatWasExpected() {
    assertThat(problems("t.json", "{\n  " + MINIMAL + ",\n  \"annual\": {\n"
        + "    \"employees\": \"three hundred\",\n    \"outputValueYuan\": true\n  },\n"
        + "  \"wholeMachine\": \"yes\"\n}"))
        .containsExactly(
            "/annual/employees (line 4, column 5): annual.employees must be a whole number;"
                + " found \"three hundred\"",
            "/annual/outputValueYuan (line 5, column 5): annual.outputValueYuan must be a number,"
                + " or a number with a unit; found true",
            "/wholeMachine (line 7, column 3): wholeMachine must be true or false; found \"yes\"");
  }

  @Test
  void unknownSectorAndSubsectorSuggestTheClosestValue() {
    List<String> problems = problems("t.yaml", "schemaVersion: 1\nid: P-1\nsubmittedOn: 2013-03-15\n"
        + "sector: chemcial\nsubsector: cemnet\nprojectType: new\n");
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).isEqualTo("/sector (line 4, column 1): sector is \"chemcial\": did"
        + " you mean \"chemical\"? Allowed: electronics, automotive, equipment, chemical, materials,"
        + " energy, consumer");
    assertThat(problems.get(1)).startsWith(
        "/subsector (line 5, column 1): subsector is \"cemnet\": did you mean \"cement\"? Allowed:"
            + " pharmaceutical, medical-devices, home-appliances, cement,");
  }

  @Test
  void aValueFarFromEveryCodeGetsNoSuggestion() {
    assertThat(problems("t.yaml", MINIMAL_YAML.replace("chemical", "aerospace")))
        .singleElement().asString().startsWith("/sector (line 4, column 1): sector is"
            + " \"aerospace\", which is not one of: electronics,");
  }

  @Test
  void aRateOf72() {
    assertThat(problems("t.json", "{\n  " + MINIMAL + ",\n  \"supply\": { \"localComponentRate\": 72 }\n}"))
        .containsExactly("/supply/localComponentRate (line 3, column 15): supply.localComponentRate"
            + " is 72: rates are fractions: did you mean 0.72 or \"72%\"?");
  }

  @Test
  void aPercentAbove100() {
    assertThat(problems("t.yaml", MINIMAL_YAML + "quality:\n  brandedSalesShare: 120%\n"))
        .containsExactly("/quality/brandedSalesShare (line 7, column 3): quality.brandedSalesShare"
            + " is 120%: a rate cannot exceed 100%");
  }

  @Test
  void negativeAmounts() {
    assertThat(problems("t.json", "{\n  " + MINIMAL + ",\n"
        + "  \"annual\": { \"outputValueYuan\": -5, \"salesRevenueYuan\": \"-3亿元\" }\n}"))
        .containsExactly(
            "/annual/outputValueYuan (line 3, column 15): annual.outputValueYuan is -5: it cannot"
                + " be negative",
            "/annual/salesRevenueYuan (line 3, column 38): annual.salesRevenueYuan is -3亿元: it"
                + " cannot be negative");
  }

  @Test
  void nanAndInfinityInJson() {
    assertThat(problems("t.json", "{\n  " + MINIMAL + ",\n"
        + "  \"annual\": { \"outputValueYuan\": NaN, \"electricityKwh\": -Infinity }\n}"))
        .containsExactly(
            "/annual/outputValueYuan (line 3, column 15): annual.outputValueYuan must be a finite"
                + " number",
            "/annual/electricityKwh (line 3, column 39): annual.electricityKwh must be a finite"
                + " number");
  }

  @Test
  void nanInYaml() {
    assertThat(problems("t.yaml", MINIMAL_YAML + "annual:\n  outputValueYuan: .nan\n"))
        .containsExactly("/annual/outputValueYuan (line 7, column 24): annual.outputValueYuan must"
            + " be a finite number");
  }

  @Test
  void foreignCurrencyAndUnparseableAmountsAreRefusedNeverConverted() {
    assertThat(problems("t.yaml", MINIMAL_YAML
        + "investment:\n  totalYuan: 3.1亿美元\nannual:\n  outputValueYuan: lots\n"))
        .containsExactly(
            "/investment/totalYuan (line 7, column 3): investment.totalYuan is \"3.1亿美元\":"
                + " expected a number, or a number followed by one of: 元, 万元, 亿元, 万亿元",
            "/annual/outputValueYuan (line 9, column 3): annual.outputValueYuan is \"lots\":"
                + " expected a number, or a number followed by one of: 元, 万元, 亿元, 万亿元");
  }

  @Test
  void aUnitOfTheWrongKind() {
    assertThat(problems("t.yaml", MINIMAL_YAML + "annual:\n  outputValueYuan: 15亿立方米\n"))
        .containsExactly("/annual/outputValueYuan (line 7, column 3): annual.outputValueYuan is"
            + " \"15亿立方米\": expected a number, or a number followed by one of: 元, 万元, 亿元,"
            + " 万亿元");
  }

  @Test
  void submittedOnNotADateOrInTheFuture() {
    assertThat(problems("t.json", "[{\"schemaVersion\":1,\"id\":\"A\",\"submittedOn\":\"2013-02-30\","
        + "\"sector\":\"energy\",\"projectType\":\"new\"},\n {\"schemaVersion\":1,\"id\":\"B\","
        + "\"submittedOn\":\"next week\",\"sector\":\"energy\",\"projectType\":\"new\"},\n"
        + " {\"schemaVersion\":1,\"id\":\"C\",\"submittedOn\":\"2027-01-01\",\"sector\":\"energy\","
        + "\"projectType\":\"new\"}]"))
        .containsExactly(
            "/0/submittedOn (line 1, column 30): submittedOn is \"2013-02-30\": written as"
                + " YYYY-MM-DD, but there is no such day in the calendar",
            "/1/submittedOn (line 2, column 30): submittedOn is \"next week\": expected a date as"
                + " YYYY-MM-DD",
            "/2/submittedOn (line 3, column 30): submittedOn is 2027-01-01, in the future (today"
                + " is 2026-11-23)");
  }

  @Test
  void schemaVersionAsTextIsToldToBeTheNumberOne() {
    assertThat(problems("t.json", "{\"schemaVersion\": \"1\", \"id\": \"A\", \"submittedOn\":"
        + " \"2013-03-15\", \"sector\": \"energy\", \"projectType\": \"new\"}"))
        .containsExactly("/schemaVersion (line 1, column 2): schemaVersion is \"1\": it must be the"
            + " number 1, the proposal format version this cqcheck reads");
  }

  /** The JSON mistakes most often made, said in cqcheck's words, in Chinese with no English. */
  @Test
  void commonJsonSyntaxErrorsAreSaidInBothLanguages() {
    Messages zh = new Messages(Language.ZH);
    String[][] cases = {
        {"{\"id\": \"x\" \"b\": 1}", "a comma between two fields was expected here, but the file has \"",
            "此处应为两个字段之间的逗号，实际为 \""},
        {"{id: 1}", "a field name in double quotes was expected here, but the file has i",
            "此处应为用双引号括起的字段名，实际为 i"},
        {"{\"id\": x}", "a value (text in double quotes, a number, true, false, null, a list or an"
            + " object) was expected here, but the file has x", "此处应为一个值"},
        {"{\"a\": 1]", "a closing brace } was expected here, but the file has ]",
            "此处应为右花括号 }，实际为 ]"},
    };
    for (String[] c : cases) {
      ProposalFile file = reader.read("t.json", c[0].getBytes(StandardCharsets.UTF_8),
          InputFormat.JSON);
      InputError error = file.entries().get(0).errors().get(0);
      assertThat(en.error(error)).as(c[0]).isEqualTo("not valid JSON: " + c[1]);
      // English words left in Chinese, JSON's own keywords aside.
      assertThat(zh.error(error).replaceAll("true|false|null", "")).as(c[0])
          .startsWith("不是有效的 JSON：").contains(c[2]).doesNotContainPattern("[a-z]{4,}");
    }
  }

  @Test
  void duplicateKeysAreRefusedInJsonAndYaml() {
    assertThat(problems("t.json", "{\n  " + MINIMAL + ",\n  \"sector\": \"energy\"\n}"))
        .containsExactly(
            "/sector (line 3, column 11): the field sector appears twice; each field may appear once");
    assertThat(problems("t.yaml", "schemaVersion: 1\nid: P-1\nid: P-2\n"))
        .containsExactly(
            "/id (line 3, column 3): the field id appears twice; each field may appear once");
  }

  @Test
  void missingRequiredFieldsAreAllNamedTogether() {
    assertThat(problems("t.yaml", "schemaVersion: 1\ntitle: x\n")).containsExactly(
        "/id (line 1, column 1): id is required",
        "/projectType (line 1, column 1): projectType is required",
        "/sector (line 1, column 1): sector is required",
        "/submittedOn (line 1, column 1): submittedOn is required");
  }

  @Test
  void anEmptyFile() {
    assertThat(problems("t.json", "")).containsExactly(
        "the file is empty; expected a proposal (a JSON or YAML object)");
    assertThat(problems("t.yaml", "  \n")).containsExactly(
        "the file is empty; expected a proposal (a JSON or YAML object)");
  }

  @Test
  void aUtf8ByteOrderMarkIsAccepted() {
    byte[] bom = ("\uFEFF{" + MINIMAL + "}").getBytes(StandardCharsets.UTF_8);
    assertThat(reader.read("bom.json", bom, InputFormat.JSON).entries().get(0).proposal())
        .isNotNull();
  }

  @Test
  void aGbkFileIsRefusedWithAMessageAboutTheEncoding() {
    byte[] gbk = ("{" + MINIMAL + ", \"title\": \"天然气制乙炔\"}").getBytes(Charset.forName("GBK"));
    assertThat(problems(reader, "gbk.json", gbk)).containsExactly(
        "the file is not UTF-8 encoded (is it GBK?); save it as UTF-8");
  }

  @Test
  void unknownFieldsAreWarningsWithTheirLocationAndTheNameTheyResemble() {
    String json = "{\n  " + MINIMAL + ",\n  \"annual\": { \"naturalGasM³\": 5 },\n  \"colour\": \"red\"\n}";
    assertThat(problems("t.json", json)).containsExactly(
        "warning: /annual/naturalGasM³ (line 3, column 15): annual.naturalGasM³ is not a field of"
            + " proposal format 1: did you mean naturalGasM3? It is ignored (--strict refuses it)",
        "warning: /colour (line 4, column 3): colour is not a field of proposal format 1; it is"
            + " ignored (--strict refuses it)");
    assertThat(reader.read("t.json", json.getBytes(StandardCharsets.UTF_8), InputFormat.JSON)
        .entries().get(0).proposal()).isNotNull();
  }

  @Test
  void strictMakesUnknownFieldsErrors() {
    ProposalReader strict = new ProposalReader(InputOptions.defaults().withClock(TODAY).withStrict(true));
    String json = "{\n  " + MINIMAL + ",\n  \"annual\": { \"naturalGasM³\": 5 }\n}";
    ProposalFile file = strict.read("t.json", json.getBytes(StandardCharsets.UTF_8), InputFormat.JSON);
    assertThat(file.entries().get(0).proposal()).isNull();
    assertThat(file.entries().get(0).errors()).extracting(InputError::kind)
        .containsExactly(InputError.Kind.UNKNOWN_FIELD_SUGGESTION_REFUSED);
  }

  @Test
  void capacityFiguresNeedTheirUnit() {
    assertThat(problems("t.json", "{\n  " + MINIMAL + ",\n  \"capacity\": { \"newCapacity\": 100 }\n}"))
        .containsExactly("/capacity/unit (line 3, column 3): capacity.unit is required when"
            + " capacity figures are given: both figures are in that unit");
  }

  @Test
  void anArrayElementThatIsNotAnObject() {
    assertThat(problems("t.json", "[1, \"x\"]")).containsExactly(
        "/0 (line 1, column 2): expected a proposal (an object with fields such as id, sector,"
            + " projectType)",
        "/1 (line 1, column 5): expected a proposal (an object with fields such as id, sector,"
            + " projectType)");
  }

  @Test
  void messagesAreInChineseToo() {
    ProposalFile file = reader.read("t.json", ("{\n  " + MINIMAL + ",\n  \"supply\": {"
        + " \"localComponentRate\": 72 }\n}").getBytes(StandardCharsets.UTF_8), InputFormat.JSON);
    assertThat(new Messages(Language.ZH).placed(file.entries().get(0).errors().get(0)))
        .isEqualTo("/supply/localComponentRate （第 3 行第 15 列）: supply.localComponentRate 为"
            + " 72：比率应写成小数，是否应为 0.72 或 \"72%\"？");
  }

  @Test
  void numbersOutOfRangeAreRefusedNotExpanded() {
    assertThat(problems("t.json", "{\n  " + MINIMAL + ",\n  \"annual\": { \"employees\": 0e31933193409 }\n}"))
        .containsExactly("/annual/employees: annual.employees is out of range: figures must be below"
            + " 10^18, with at most 18 decimals");
    assertThat(problems("t.json", "{\n  " + MINIMAL + ",\n  \"annual\": { \"outputValueYuan\": 1e999999,"
        + " \"valueAddedYuan\": 1e-40 }\n}"))
        .containsExactly(
            "/annual/outputValueYuan (line 3, column 15): annual.outputValueYuan is out of range:"
                + " figures must be below 10^18, with at most 18 decimals",
            "/annual/valueAddedYuan (line 3, column 44): annual.valueAddedYuan is out of range:"
                + " figures must be below 10^18, with at most 18 decimals");
    assertThat(problems("t.yaml", MINIMAL_YAML + "annual:\n  outputValueYuan: 99999999999999999999万亿元\n"))
        .containsExactly("/annual/outputValueYuan (line 7, column 3): annual.outputValueYuan is out of"
            + " range: figures must be below 10^18, with at most 18 decimals");
  }

  @Test
  void aDuplicateKeyHoldingALineBreakOrAQuote() {
    assertThat(problems("t.json", "{\"a\\nb\": 1, \"a\\nb\": 2}")).singleElement().asString()
        .contains("the field a\nb appears twice");
    assertThat(problems("t.json", "{\"it's\": 1, \"it's\": 2}")).singleElement().asString()
        .contains("the field it's appears twice");
  }
}

package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cqcheck.input.InputError;
import org.cqcheck.input.InputFormat;
import org.cqcheck.input.ProposalFile;
import org.cqcheck.input.ProposalReader;
import org.cqcheck.model.Proposal;
import org.cqcheck.report.Language;
import org.cqcheck.report.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading proposals: unit strings, percent strings, YAML, arrays, and input errors. */
class ProposalInputTest {

  private static final String MINIMAL =
      "\"schemaVersion\":1,\"id\":\"P-1\",\"submittedOn\":\"2013-03-15\","
          + "\"sector\":\"chemical\",\"projectType\":\"new\"";

  private final ProposalReader reader = new ProposalReader();
  private final Messages en = new Messages(Language.EN);
  private final Messages zh = new Messages(Language.ZH);

  private ProposalFile.Entry readJson(String extraFields) {
    String json = "{" + MINIMAL + (extraFields.isEmpty() ? "" : "," + extraFields) + "}";
    ProposalFile file = reader.read("p.json", json.getBytes(StandardCharsets.UTF_8), InputFormat.JSON);
    assertThat(file.entries()).hasSize(1);
    return file.entries().get(0);
  }

  private Proposal proposal(String extraFields) {
    ProposalFile.Entry entry = readJson(extraFields);
    assertThat(entry.errors()).isEmpty();
    return entry.proposal();
  }

  private List<String> errors(String extraFields) {
    return readJson(extraFields).errors().stream()
        .map(e -> e.location() + ": " + en.error(e))
        .toList();
  }

  @ParameterizedTest(name = "{0} is {1} yuan")
  @CsvSource({
      "450万元, 4500000",
      "3.1亿元, 310000000",
      "1.2万亿元, 1200000000000",
      "3100000元, 3100000",
      "' 3.1 亿元 ', 310000000"})
  void amountsInYuanAcceptChineseUnits(String text, String yuan) {
    Proposal p = proposal("\"investment\":{\"totalYuan\":\"" + text.replace("'", "") + "\"}");
    assertThat(p.investmentTotalYuan()).isEqualByComparingTo(yuan);
  }

  @ParameterizedTest(name = "{0} = {1} {2}")
  @CsvSource({
      "naturalGasM3, 15亿立方米, 1500000000",
      "naturalGasM3, 2000万立方米, 20000000",
      "electricityKwh, 12亿千瓦时, 1200000000",
      "electricityKwh, 3000万千瓦时, 30000000",
      "electricityKwh, 3000万度, 30000000",
      "electricityKwh, 500度, 500",
      "energyConsumptionTce, 90万吨标准煤, 900000",
      "energyConsumptionTce, 1200吨标准煤, 1200"})
  void physicalQuantitiesAcceptChineseUnits(String field, String text, String value) {
    Proposal p = proposal("\"annual\":{\"" + field + "\":\"" + text + "\"}");
    BigDecimal read = switch (field) {
      case "naturalGasM3" -> p.annual().naturalGasM3();
      case "electricityKwh" -> p.annual().electricityKwh();
      default -> p.annual().energyConsumptionTce();
    };
    assertThat(read).isEqualByComparingTo(value);
  }

  @Test
  void percentStringsAreExactFractions() {
    Proposal p = proposal("\"supply\":{\"localComponentRate\":\"72%\",\"localMaterialRate\":\"0.5%\"}");
    assertThat(p.supply().localComponentRate()).isEqualByComparingTo("0.72");
    assertThat(p.supply().localMaterialRate()).isEqualByComparingTo("0.005");
  }

  @Test
  void aRateAboveOneAsABareNumberSuggestsTheFraction() {
    assertThat(errors("\"supply\":{\"localComponentRate\":72}")).containsExactly(
        "/supply/localComponentRate: supply.localComponentRate is 72: rates are fractions:"
            + " did you mean 0.72 or \"72%\"?");
  }

  @Test
  void aPercentAbove100IsRefused() {
    assertThat(errors("\"quality\":{\"brandedSalesShare\":\"120%\"}")).containsExactly(
        "/quality/brandedSalesShare: quality.brandedSalesShare is 120%: a rate cannot exceed 100%");
  }

  @Test
  void missingRequiredFieldsAreAllNamed() {
    ProposalFile file = reader.read("p.json",
        "{\"schemaVersion\":1,\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8), InputFormat.JSON);
    assertThat(file.entries().get(0).errors()).extracting(e -> e.location() + ": " + en.error(e))
        .containsExactly(
            "/id: id is required",
            "/submittedOn: submittedOn is required",
            "/sector: sector is required",
            "/projectType: projectType is required");
  }

  @Test
  void unknownEnumValuesListWhatIsAllowed() {
    assertThat(errors("\"subsector\":\"cemnet\"")).singleElement().asString()
        .startsWith("/subsector: subsector is \"cemnet\", which is not one of: pharmaceutical,")
        .contains("cement");
    assertThat(readJson("").proposal()).isNotNull();
  }

  @Test
  void negativeAndNonFiniteNumbersAreRefused() {
    assertThat(errors("\"annual\":{\"employees\":-3,\"outputValueYuan\":NaN,"
        + "\"electricityKwh\":Infinity}")).containsExactly(
        "/annual/outputValueYuan: annual.outputValueYuan must be a finite number",
        "/annual/employees: annual.employees is -3: it cannot be negative",
        "/annual/electricityKwh: annual.electricityKwh must be a finite number");
  }

  @Test
  void aLossIsANegativeProfitAndAllowed() {
    assertThat(proposal("\"finance\":{\"netProfitYuan\":\"-2亿元\"}").finance().netProfitYuan())
        .isEqualByComparingTo("-200000000");
    assertThat(errors("\"annual\":{\"outputValueYuan\":\"-2亿元\"}")).containsExactly(
        "/annual/outputValueYuan: annual.outputValueYuan is -200000000: it cannot be negative");
    assertThat(proposal("\"finance\":{\"netProfitYuan\":-200000000}").finance().netProfitYuan())
        .isEqualByComparingTo("-200000000");
  }

  @Test
  void aForeignCurrencyIsRefusedNeverConverted() {
    assertThat(errors("\"investment\":{\"totalYuan\":\"3.1亿美元\"}")).containsExactly(
        "/investment/totalYuan: investment.totalYuan is \"3.1亿美元\": expected a number,"
            + " or a number followed by one of: 元, 万元, 亿元, 万亿元");
  }

  @Test
  void aUnitOfTheWrongKindIsRefused() {
    assertThat(errors("\"annual\":{\"outputValueYuan\":\"15亿立方米\"}")).singleElement()
        .asString().startsWith("/annual/outputValueYuan: annual.outputValueYuan is \"15亿立方米\"");
  }

  @Test
  void aDuplicateKeyIsRefused() {
    ProposalFile.Entry entry = readJson("\"sector\":\"energy\"");
    assertThat(entry.errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(InputError.Kind.SYNTAX);
      assertThat(en.error(e)).contains("Duplicate field 'sector'");
    });
  }

  @Test
  void wrongTypesNameTheExpectedType() {
    String json = "{\"schemaVersion\":1,\"id\":\"P-1\",\"sector\":\"chemical\","
        + "\"projectType\":\"new\",\"wholeMachine\":\"yes\",\"annual\":{\"employees\":12.5},"
        + "\"submittedOn\":\"15/03/2013\"}";
    assertThat(reader.read("p.json", json.getBytes(StandardCharsets.UTF_8), InputFormat.JSON)
        .entries().get(0).errors()).extracting(e -> e.location() + ": " + en.error(e))
        .containsExactlyInAnyOrder(
        "/submittedOn: submittedOn is \"15/03/2013\": expected a date as YYYY-MM-DD",
        "/wholeMachine: wholeMachine must be true or false; found \"yes\"",
        "/annual/employees: annual.employees is 12.5: expected a whole number");
  }

  @Test
  void errorsAreWrittenInChineseToo() {
    InputError error = readJson("\"supply\":{\"localComponentRate\":72}").errors().get(0);
    assertThat(zh.error(error)).isEqualTo(
        "supply.localComponentRate 为 72：比率应写成小数，是否应为 0.72 或 \"72%\"？");
  }

  @Test
  void yamlReadsTheSameProposal() {
    String yaml = """
        schemaVersion: 1
        id: Y-1
        submittedOn: 2013-03-15
        sector: chemical
        projectType: new
        annual:
          naturalGasM3: 15亿立方米
          outputValueYuan: 500亿元
        supply:
          localMaterialRate: 55%
        """;
    ProposalFile file = reader.read("p.yaml", yaml.getBytes(StandardCharsets.UTF_8), InputFormat.YAML);
    Proposal p = file.entries().get(0).proposal();
    assertThat(p.submittedOn()).hasToString("2013-03-15");
    assertThat(p.annual().naturalGasM3()).isEqualByComparingTo("1500000000");
    assertThat(p.supply().localMaterialRate()).isEqualByComparingTo("0.55");
  }

  @Test
  void aJsonArrayIsSeveralProposalsEachCheckedOnItsOwn() {
    String json = "[{" + MINIMAL + "}, {\"schemaVersion\":1,\"id\":\"P-2\"}]";
    ProposalFile file = reader.read("batch.json", json.getBytes(StandardCharsets.UTF_8),
        InputFormat.JSON);
    assertThat(file.entries()).hasSize(2);
    assertThat(file.entries().get(0).proposal()).isNotNull();
    assertThat(file.entries().get(1).errors()).extracting(InputError::location)
        .containsExactly("/1/submittedOn", "/1/sector", "/1/projectType");
    assertThat(file.entries().get(1).proposalId()).isEqualTo("P-2");
  }

  @Test
  void aSyntaxErrorNamesLineAndColumn() {
    ProposalFile file = reader.read("p.json", "{\n  \"id\": \"x\",\n  \"sector\" \n}"
        .getBytes(StandardCharsets.UTF_8), InputFormat.JSON);
    InputError error = file.entries().get(0).errors().get(0);
    assertThat(error.kind()).isEqualTo(InputError.Kind.SYNTAX);
    assertThat(en.error(error)).startsWith("not valid JSON or YAML at line 4, column 1:");
  }

  @Test
  void aBomIsAcceptedAndGbkRefused() {
    byte[] bom = ("\uFEFF{" + MINIMAL + "}").getBytes(StandardCharsets.UTF_8);
    assertThat(reader.read("bom.json", bom, InputFormat.JSON).entries().get(0).proposal()).isNotNull();
    byte[] gbk = ("{" + MINIMAL + ",\"title\":\"天然气制乙炔\"}").getBytes(Charset.forName("GBK"));
    assertThat(reader.read("gbk.json", gbk, InputFormat.JSON).entries().get(0).errors())
        .extracting(InputError::kind).containsExactly(InputError.Kind.NOT_UTF8);
  }

  @Test
  void anEmptyFileIsAnError() {
    assertThat(reader.read("e.yaml", new byte[0], InputFormat.YAML).entries().get(0).errors())
        .extracting(InputError::kind).containsExactly(InputError.Kind.EMPTY);
  }
}

package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cqcheck.input.InputError;
import org.cqcheck.input.InputFormat;
import org.cqcheck.internal.input.ProposalFile;
import org.cqcheck.internal.input.ProposalReader;
import org.cqcheck.internal.report.Messages;
import org.cqcheck.model.Proposal;
import org.cqcheck.report.Language;
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
  void aLossIsANegativeProfitAndAllowed() {
    assertThat(proposal("\"finance\":{\"netProfitYuan\":\"-2亿元\"}").finance().netProfitYuan())
        .isEqualByComparingTo("-200000000");
    assertThat(proposal("\"finance\":{\"netProfitYuan\":-200000000}").finance().netProfitYuan())
        .isEqualByComparingTo("-200000000");
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
        .containsExactlyInAnyOrder("/1/submittedOn", "/1/sector", "/1/projectType");
    assertThat(file.entries().get(1).proposalId()).isEqualTo("P-2");
  }
}

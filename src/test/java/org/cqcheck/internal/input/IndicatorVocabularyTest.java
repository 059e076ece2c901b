package org.cqcheck.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vocabulary file is the catalogue's table, key for key. */
class IndicatorVocabularyTest {

  private static final IndicatorVocabulary VOCABULARY = IndicatorVocabulary.builtIn();

  @Test
  void everyKeyOfTheCatalogueIsInTheVocabularyWithItsUnitAndKind() throws IOException {
    String text = Files.readString(Path.of("docs/AGGREGATE-TARGETS.md"), StandardCharsets.UTF_8);
    String section = text.substring(text.indexOf("## Indicator vocabulary"),
        text.indexOf("\n## Targets"));
    List<String[]> rows = section.lines().filter(l -> l.startsWith("| `"))
        .map(l -> l.substring(1, l.length() - 1).split("\\|"))
        .toList();
    assertThat(rows).hasSizeGreaterThan(100);
    assertThat(VOCABULARY.indicators()).extracting(IndicatorVocabulary.Indicator::key)
        .containsExactlyElementsOf(rows.stream().map(c -> c[0].strip().replace("`", "")).toList());
    for (String[] c : rows) {
      IndicatorVocabulary.Indicator indicator =
          VOCABULARY.indicator(c[0].strip().replace("`", "")).orElseThrow();
      assertThat(indicator.meaning()).isEqualTo(c[1].strip());
      IndicatorVocabulary.Kind kind = IndicatorVocabulary.Kind.valueOf(
          c[3].strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
      assertThat(indicator.kind()).as(indicator.key()).isEqualTo(kind);
      assertThat(indicator.unit()).as(indicator.key())
          .isEqualTo(IndicatorVocabulary.unitOf(c[2].strip(), kind));
    }
  }

  @Test
  void aShareIsALevelRatioAndAGrowthMayBeNegative() {
    assertThat(VOCABULARY.indicator("industry.grossOutputValueYuan").orElseThrow().unit())
        .isEqualTo(IndicatorUnit.YUAN);
    assertThat(VOCABULARY.indicator("industry.salesOutputValueAvgGrowth").orElseThrow().unit())
        .isEqualTo(IndicatorUnit.CHANGE);
    assertThat(VOCABULARY.indicators()).filteredOn(i -> i.unit() == IndicatorUnit.SHARE)
        .allSatisfy(i -> assertThat(i.kind()).isEqualTo(IndicatorVocabulary.Kind.LEVEL));
    assertThat(VOCABULARY.closest("industry.grossOutputValueYaun"))
        .contains("industry.grossOutputValueYuan");
  }
}

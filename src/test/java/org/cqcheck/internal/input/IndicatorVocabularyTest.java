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
      // Messages name the unit kind in the catalogue's word.
      assertThat(indicator.unit().code()).as(indicator.key()).isEqualTo(c[2].strip());
    }
  }

  @Test
  void aShareIsALevelOrCumulativeRatioAndAGrowthMayBeNegative() {
    assertThat(VOCABULARY.indicator("industry.grossOutputValueYuan").orElseThrow().unit())
        .isEqualTo(IndicatorUnit.YUAN);
    assertThat(VOCABULARY.indicator("industry.salesOutputValueAvgGrowth").orElseThrow().unit())
        .isEqualTo(IndicatorUnit.CHANGE);
    assertThat(VOCABULARY.indicators()).filteredOn(i -> i.unit() == IndicatorUnit.SHARE)
        .allSatisfy(i -> assertThat(i.kind()).isIn(
            IndicatorVocabulary.Kind.LEVEL, IndicatorVocabulary.Kind.CUMULATIVE));
    assertThat(VOCABULARY.indicators()).filteredOn(i -> i.unit() == IndicatorUnit.CHANGE)
        .allSatisfy(i -> assertThat(i.kind()).isIn(IndicatorVocabulary.Kind.GROWTH,
            IndicatorVocabulary.Kind.AVERAGE_GROWTH, IndicatorVocabulary.Kind.CHANGE,
            IndicatorVocabulary.Kind.REDUCTION));
    // A cumulative ratio is a share of the span's total, 0 to 1, not a change.
    assertThat(VOCABULARY.indicator("parks.fixedAssetInvestmentCumulativeShare").orElseThrow()
        .unit()).isEqualTo(IndicatorUnit.SHARE);
    assertThat(VOCABULARY.indicator("energy.intensityPerGdpReduction").orElseThrow().unit())
        .isEqualTo(IndicatorUnit.CHANGE);
    assertThat(VOCABULARY.indicator("enterprises.stInputIntensityChange").orElseThrow().unit())
        .isEqualTo(IndicatorUnit.CHANGE);
    assertThat(VOCABULARY.closest("industry.grossOutputValueYaun"))
        .contains("industry.grossOutputValueYuan");
  }

  @Test
  void aRatioIsAShareWhenALevelOrCumulativeAndAChangeOtherwise() {
    assertThat(IndicatorVocabulary.unitOf("ratio", IndicatorVocabulary.Kind.LEVEL))
        .isEqualTo(IndicatorUnit.SHARE);
    assertThat(IndicatorVocabulary.unitOf("ratio", IndicatorVocabulary.Kind.CUMULATIVE))
        .isEqualTo(IndicatorUnit.SHARE);
    for (IndicatorVocabulary.Kind kind : List.of(IndicatorVocabulary.Kind.GROWTH,
        IndicatorVocabulary.Kind.AVERAGE_GROWTH, IndicatorVocabulary.Kind.CHANGE,
        IndicatorVocabulary.Kind.REDUCTION)) {
      assertThat(IndicatorVocabulary.unitOf("ratio", kind)).as(kind.name())
          .isEqualTo(IndicatorUnit.CHANGE);
    }
    assertThat(IndicatorVocabulary.unitOf("yuan", IndicatorVocabulary.Kind.CUMULATIVE))
        .isEqualTo(IndicatorUnit.YUAN);
  }
}

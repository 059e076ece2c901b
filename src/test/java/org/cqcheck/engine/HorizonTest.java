package org.cqcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cqcheck.Checker;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.Region;
import org.cqcheck.model.RegionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An aggregate target's horizon or span and region, as rule metadata states them. */
class HorizonTest {

  private static final Path GOOD = Path.of("src/test/resources/packs/good");

  @Test
  void aHorizonIsAYearAndASpanTwoInOrder() {
    assertThat(Horizon.ofMetadata("2015", null, "city"))
        .isEqualTo(new Horizon(2015, 2015, false, "city"));
    assertThat(Horizon.ofMetadata(null, "2011-2015", "city"))
        .isEqualTo(new Horizon(2011, 2015, true, "city"));
    assertThat(Horizon.ofMetadata(null, null, null)).isNull();
    Horizon wanzhou = Horizon.ofMetadata(null, "2011-2015", "district 万州区");
    assertThat(wanzhou).hasToString("2011-2015 district 万州区");
    assertThat(wanzhou.level()).isEqualTo(RegionLevel.DISTRICT);
    assertThat(wanzhou.regionName()).contains("万州区");
  }

  @Test
  void whatIsWrongIsSaid() {
    assertThatThrownBy(() -> Horizon.ofMetadata(null, "2015-2011", "city"))
        .hasMessageContaining("expected YYYY-YYYY, the earlier year first");
    assertThatThrownBy(() -> Horizon.ofMetadata("二〇一五", null, "city"))
        .hasMessageContaining("expected a year such as 2015");
    assertThatThrownBy(() -> Horizon.ofMetadata("2015", "2011-2015", "city"))
        .hasMessageContaining("both @horizon and @span");
    assertThatThrownBy(() -> Horizon.ofMetadata("2015", null, null))
        .hasMessageContaining("no @region");
    assertThatThrownBy(() -> Horizon.ofMetadata("2015", null, "district"))
        .hasMessageContaining("expected city, or district or park and its name");
    assertThatThrownBy(() -> Horizon.ofMetadata("2015", null, "chongqing"))
        .hasMessageContaining("expected city, or district or park and its name");
  }

  @Test
  void whichReportsATargetAppliesTo() {
    Horizon city2015 = Horizon.ofMetadata("2015", null, "city");
    Horizon wanzhouSpan = Horizon.ofMetadata(null, "2011-2015", "district 万州区");
    assertThat(city2015.exclusionOf(report(Region.city(), 2015, null))).isEmpty();
    assertThat(city2015.exclusionOf(report(Region.city(), 2014, null)))
        .contains(NotApplicable.OTHER_YEAR);
    assertThat(city2015.exclusionOf(report(new Region(RegionLevel.DISTRICT, "万州区"), 2015,
        null))).contains(NotApplicable.OTHER_REGION);
    Region wanzhou = new Region(RegionLevel.DISTRICT, "万州区");
    assertThat(wanzhouSpan.exclusionOf(report(wanzhou, 2015, "2011-2015"))).isEmpty();
    assertThat(wanzhouSpan.exclusionOf(report(wanzhou, 2015, "2006-2010")))
        .contains(NotApplicable.OTHER_SPAN);
    assertThat(wanzhouSpan.exclusionOf(report(new Region(RegionLevel.DISTRICT, "长寿区"), 2015,
        "2011-2015"))).contains(NotApplicable.OTHER_REGION);
  }

  @Test
  void aSpanIsThatSpanExactlyAndARegionIsReadByLevelAndName() {
    Horizon span = Horizon.ofMetadata(null, "2011-2015", "city");
    for (String other : new String[] {"2011-2016", "2010-2015", "2011/2015", "20x1-2015",
        "2011-201", " 2011-2015", "2011-20155", "", null}) {
      assertThat(span.exclusionOf(report(Region.city(), 2015, other))).as(other)
          .contains(NotApplicable.OTHER_SPAN);
    }
    Horizon park = new Horizon(2015, 2015, false, "park  两江新区 ");
    assertThat(park.level()).isEqualTo(RegionLevel.PARK);
    assertThat(park.regionName()).contains("两江新区");
    assertThat(Horizon.ofMetadata("2015", null, "city").regionName()).isEmpty();
    assertThat(park.exclusionOf(report(new Region(RegionLevel.PARK, "两江新区"), 2015, null)))
        .isEmpty();
  }

  private static IndicatorReport report(Region region, int year, String span) {
    return new IndicatorReport("R", null, region, year, span, null, null, Map.of());
  }

  @Test
  void aRulePackTargetCarriesItsHorizonAndABadSpanIsRefusedAtItsLine(@TempDir Path dir)
      throws IOException {
    Path pack = packWithTarget(dir.resolve("with-horizon"), "@span(\"2016-2020\")");
    RuleInfo rule = Checker.withDefaultRules().withRulePack(pack).catalogue()
        .rule("WZ2020-AGG-RD-INTENSITY").orElseThrow();
    assertThat(rule.horizon()).contains(new Horizon(2016, 2020, true, "district 万州区"));
    assertThat(rule.isTarget()).isTrue();

    Path bad = packWithTarget(dir.resolve("bad-span"), "@span(\"2020-2016\")");
    assertThatThrownBy(() -> Checker.withDefaultRules().withRulePack(bad))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("wanzhou.drl:")
        .hasMessageContaining("has @span \"2020-2016\"");
  }

  @Test
  void aTargetWithAProjectRulesSeverityIsRefused(@TempDir Path dir) throws IOException {
    Path pack = packWithTarget(dir.resolve("severity"),
        "@span(\"2016-2020\") @severity(\"ADVISORY\")");
    assertThatThrownBy(() -> Checker.withDefaultRules().withRulePack(pack))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("has @severity, which only a project-level rule has");
  }

  private static Path packWithTarget(Path to, String horizon) throws IOException {
    Files.createDirectories(to);
    Files.writeString(to.resolve("editions.yaml"),
        Files.readString(GOOD.resolve("editions.yaml"), StandardCharsets.UTF_8),
        StandardCharsets.UTF_8);
    Files.writeString(to.resolve("wanzhou.drl"), """
        package org.cqcheck.pack;

        import org.cqcheck.model.IndicatorReport;
        import org.cqcheck.model.RegionLevel;

        global org.cqcheck.engine.TargetRecorder targets;

        rule "WZ2020-AGG-RD-INTENSITY"
            @edition("WZ2020") @document("wz-2020-example.txt") @clause("一")
            @quote("规模以上工业企业研发投入强度达到3%")
            @requires("enterprises.rdIntensity >= 0.03")
            HORIZON @region("district 万州区")
        when
            $report : IndicatorReport( region.level == RegionLevel.DISTRICT,
                                       region.name == "万州区", span == "2016-2020" )
        then
            targets.check(kcontext, $report);
        end
        """.replace("HORIZON", horizon), StandardCharsets.UTF_8);
    return to;
  }
}

package org.cqcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.Region;
import org.cqcheck.model.RegionLevel;
import org.junit.jupiter.api.Test;

/** The built-in targets are built into one KieBase per edition, and a report runs those it needs. */
class TargetGroupTest {

  private static IndicatorReport report(Region region, int year, String span) {
    return new IndicatorReport("R", null, region, year, span, null, null, Map.of());
  }

  private static List<String> groupsFor(IndicatorReport report) {
    return RuleLoader.builtInTargetGroups().stream().filter(g -> g.mayApplyTo(report))
        .map(TargetGroup::name).toList();
  }

  @Test
  void oneGroupPerEditionHoldsItsTargetsHorizons() {
    assertThat(RuleLoader.builtInTargetGroups())
        .extracting(TargetGroup::name, g -> g.horizons().size())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CQ2008", 70),
            org.assertj.core.groups.Tuple.tuple("CQ2012", 67),
            org.assertj.core.groups.Tuple.tuple("CQ2013", 5),
            org.assertj.core.groups.Tuple.tuple("CQ2021", 14));
  }

  @Test
  void aReportRunsTheEditionsWithATargetCoveringIt() {
    assertThat(groupsFor(report(Region.city(), 2015, "2011-2015"))).containsExactly("CQ2012");
    assertThat(groupsFor(report(Region.city(), 2025, null))).containsExactly("CQ2021");
    assertThat(groupsFor(report(Region.city(), 2010, "2006-2010"))).containsExactly("CQ2008");
    assertThat(groupsFor(report(Region.city(), 2020, "2016-2020"))).isEmpty();
    assertThat(groupsFor(report(new Region(RegionLevel.DISTRICT, "长寿区"), 2015, "2011-2015")))
        .isEmpty();
  }

  @Test
  void aGroupRunsForAReportExactlyWhenOneOfItsTargetsApplies() {
    // The same verdicts by the catalogue's metadata, target by target, for every year a target
    // names and a year none does, and the spans.
    RuleCatalogue catalogue = RuleBase.loadBuiltIn().catalogue();
    for (int year = 2007; year <= 2026; year++) {
      for (String span : new String[] {null, (year - 4) + "-" + year}) {
        IndicatorReport r = report(Region.city(), year, span);
        List<String> applying = catalogue.targets().stream()
            .filter(t -> t.horizon().orElseThrow().exclusionOf(r).isEmpty())
            .map(RuleInfo::edition).distinct().sorted().toList();
        assertThat(groupsFor(r)).as(year + " " + span).containsExactlyElementsOf(applying);
      }
    }
  }
}

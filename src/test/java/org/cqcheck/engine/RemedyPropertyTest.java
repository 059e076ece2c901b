package org.cqcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.cqcheck.Checker;
import org.cqcheck.model.Field;
import org.cqcheck.model.ProjectType;
import org.cqcheck.model.Proposal;
import org.cqcheck.model.Sector;
import org.cqcheck.model.Subsector;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Remedies hold what they say, over thousands of generated proposals: applying any one value
 * remedy alone (for a strict comparator, the bound plus the field's smallest step) turns its
 * finding to PASS, and changes no finding whose formula does not read the changed field. A finding
 * whose scope, not its formula, turns on a field (gas use for the gas yield, new capacity of 0) may
 * change with it and is not compared.
 */
class RemedyPropertyTest {

  private static final Checker CHECKER = Checker.withDefaultRules().withThreads(1);
  private static final int PROPOSALS = 4000;

  private static final List<String> DISTRICTS = List.of("渝北区", "万州区", "长寿区", "涪陵区",
      "巴南区", "开州区", "城口县", "沙坪坝区", "九龙坡区");
  private static final List<String> PARKS = List.of("两江新区", "西永综合保税区", "长寿经济技术开发区",
      "万州经济技术开发区", "白市驿工业园");

  @Test
  void everyValueRemedyAloneTurnsItsFindingToPassAndLeavesTheOthers() {
    Random random = new Random(20261202);
    int applied = 0;
    int noValue = 0;
    Map<String, Integer> byRule = new TreeMap<>();
    for (int i = 0; i < PROPOSALS; i++) {
      Proposal proposal = generate(random, i);
      CheckResult result = CHECKER.check(proposal);
      assertThat(result.verdict()).as("generated %s is valid: %s", proposal.id(), result.errors())
          .isNotEqualTo(Verdict.ERROR);
      Checker onItsDate = CHECKER.asOf(result.asOf());
      for (Finding finding : result.findings()) {
        for (Remedy remedy : result.remedies(finding)) {
          if (remedy instanceof Remedy.NoValue) {
            noValue++;
          }
          if (!(remedy instanceof Remedy.Value value)) {
            continue;
          }
          Field field = Field.byPath(value.field()).orElseThrow();
          BigDecimal applies = switch (value.comparator()) {
            case GREATER_THAN -> value.value().add(Remedies.step(field));
            case LESS_THAN -> value.value().subtract(Remedies.step(field));
            default -> value.value();
          };
          CheckResult mended = onItsDate.check(with(proposal, field, applies));
          String what = finding.ruleId() + " on " + proposal.id() + " with " + value;
          assertThat(mended.verdict()).as(what).isNotEqualTo(Verdict.ERROR);
          Finding after = find(mended, finding.ruleId());
          assertThat(after.status()).as(what + ": " + after).isEqualTo(Status.PASS);
          for (Finding other : result.findings()) {
            boolean reads = other.metric() == null
                || other.metric().inputs().contains(field);
            if (!reads) {
              assertThat(find(mended, other.ruleId())).as(what + " leaves " + other.ruleId())
                  .isEqualTo(other);
            }
          }
          applied++;
          byRule.merge(finding.ruleId(), 1, Integer::sum);
        }
      }
    }
    System.out.printf("remedies: %d values applied, %d say no value passes, by rule %s%n",
        applied, noValue, byRule);
    // The generator must make the property bite: many remedies, of most rules with a figure.
    assertThat(applied).as("value remedies applied").isGreaterThan(3000);
    assertThat(noValue).as("remedies that say no value passes").isPositive();
    assertThat(byRule.keySet()).as("rules whose remedies were applied: %s", byRule)
        .contains("CQ2012-CHEM-GAS-YIELD", "CQ2012-LOCAL-COMPONENT", "CQ2012-ROE",
            "CQ2012-ASSET-CONTRIBUTION", "CQ2012-ENERGY-REDUCTION", "CQ2012-LABOR-PRODUCTIVITY",
            "CQ2012-CAPACITY-REPLACEMENT", "CQ2012-OVERCAPACITY", "CQ2008-NEW-PRODUCT-RATE",
            "CQ2008-ENERGY-INTENSITY", "CQ2012-QUALITY-LOSS");
  }

  @Test
  void aLossCannotBeMendedByNetAssetsAndMissingDataNamesItsUnit() {
    Proposal loss = Proposal.builder("LOSS-1", LocalDate.of(2013, 5, 20), Sector.EQUIPMENT,
            ProjectType.NEW)
        .set(Field.NET_PROFIT, -5_000_000).set(Field.NET_ASSETS, 100_000_000).build();
    CheckResult result = CHECKER.check(loss);
    Finding roe = find(result, "CQ2012-ROE");
    assertThat(result.remedies(roe)).containsExactly(
        new Remedy.Value("finance.netProfitYuan", Comparator.AT_LEAST,
            new BigDecimal("10000000"), "yuan"),
        new Remedy.NoValue("finance.netAssetsYuan"));
    Finding gas = find(CHECKER.check(Proposal.builder("GAS-1", LocalDate.of(2013, 5, 20),
        Sector.CHEMICAL, ProjectType.NEW).set(Field.OUTPUT_VALUE, 2_000_000_000).build()),
        "CQ2012-CHEM-GAS-YIELD");
    assertThat(CHECKER.check(Proposal.builder("GAS-1", LocalDate.of(2013, 5, 20),
        Sector.CHEMICAL, ProjectType.NEW).set(Field.OUTPUT_VALUE, 2_000_000_000).build())
        .remedies(gas)).containsExactly(new Remedy.Supply("annual.naturalGasM3", "m³", false));
  }

  @Test
  void aGasYieldOfTwentyNamesTheOutputAndTheGasThatWouldPass() {
    Proposal proposal = Proposal.builder("GAS-2", LocalDate.of(2013, 5, 20), Sector.CHEMICAL,
            ProjectType.NEW)
        .set(Field.OUTPUT_VALUE, new BigDecimal("30000000000"))
        .set(Field.NATURAL_GAS, new BigDecimal("1500000000")).build();
    CheckResult result = CHECKER.check(proposal);
    assertThat(result.remedies(find(result, "CQ2012-CHEM-GAS-YIELD"))).containsExactly(
        new Remedy.Value("annual.outputValueYuan", Comparator.AT_LEAST,
            new BigDecimal("37500000000"), "yuan"),
        new Remedy.Value("annual.naturalGasM3", Comparator.AT_MOST,
            new BigDecimal("1200000000"), "m³"));
  }

  private static Finding find(CheckResult result, String ruleId) {
    return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst()
        .orElseThrow(() -> new AssertionError(ruleId + " not in force for " + result));
  }

  /** {@code proposal} with one field changed. */
  private static Proposal with(Proposal proposal, Field changed, Object value) {
    Proposal.Builder copy = Proposal.builder(proposal.id(), proposal.submittedOn(),
        proposal.sector(), proposal.projectType());
    for (Field field : Field.values()) {
      copy.set(field, field == changed ? value : field.of(proposal));
    }
    return copy.build();
  }

  /** A valid proposal whose figures fall on both sides of the thresholds. */
  private static Proposal generate(Random r, int i) {
    Sector sector = Sector.values()[r.nextInt(Sector.values().length)];
    Proposal.Builder p = Proposal.builder("G-" + i,
        LocalDate.of(2008 + r.nextInt(17), 1 + r.nextInt(12), 1 + r.nextInt(28)), sector,
        ProjectType.values()[r.nextInt(ProjectType.values().length)]);
    p.set(Field.SUBSECTOR, Subsector.values()[r.nextInt(Subsector.values().length)]);
    p.set(Field.WHOLE_MACHINE, r.nextBoolean());
    p.set(Field.KEY_PRODUCT, r.nextBoolean());
    p.set(Field.DISTRICT, DISTRICTS.get(r.nextInt(DISTRICTS.size())));
    if (r.nextInt(3) > 0) {
      p.set(Field.PARK, PARKS.get(r.nextInt(PARKS.size())));
    }
    long output = 100_000_000L * (1 + r.nextInt(400));
    p.set(Field.OUTPUT_VALUE, sometimes(r, BigDecimal.valueOf(output)));
    p.set(Field.SALES_REVENUE, sometimes(r, BigDecimal.valueOf(output * (80 + r.nextInt(40)) / 100)));
    long valueAdded = output * (15 + r.nextInt(30)) / 100;
    p.set(Field.VALUE_ADDED, sometimes(r, BigDecimal.valueOf(valueAdded)));
    p.set(Field.EMPLOYEES, sometimes(r, BigDecimal.valueOf(100 + r.nextInt(20_000))));
    p.set(Field.RD_EXPENDITURE, sometimes(r, BigDecimal.valueOf(output * r.nextInt(50) / 1000)));
    p.set(Field.ENERGY_CONSUMPTION,
        sometimes(r, BigDecimal.valueOf(valueAdded / 10_000 * (50 + r.nextInt(300)) / 100)));
    p.set(Field.ELECTRICITY, sometimes(r, BigDecimal.valueOf(output / (15 + r.nextInt(30)))));
    p.set(Field.NATURAL_GAS, sometimes(r, BigDecimal.valueOf(output / (10 + r.nextInt(30)))));
    p.set(Field.NEW_PRODUCT_OUTPUT_VALUE,
        sometimes(r, BigDecimal.valueOf(output * r.nextInt(60) / 100)));
    long assets = output * (50 + r.nextInt(100)) / 100;
    p.set(Field.TOTAL_ASSETS, sometimes(r, BigDecimal.valueOf(assets)));
    p.set(Field.NET_ASSETS, sometimes(r, BigDecimal.valueOf(assets * (20 + r.nextInt(60)) / 100)));
    p.set(Field.NET_PROFIT, sometimes(r, BigDecimal.valueOf(assets * (r.nextInt(30) - 5) / 100)));
    p.set(Field.TOTAL_PROFIT, sometimes(r, BigDecimal.valueOf(assets * (r.nextInt(30) - 5) / 100)));
    p.set(Field.TAXES, sometimes(r, BigDecimal.valueOf(assets * r.nextInt(10) / 100)));
    p.set(Field.INTEREST, sometimes(r, BigDecimal.valueOf(assets * r.nextInt(5) / 100)));
    p.set(Field.BASELINE_ENERGY_CONSUMPTION,
        sometimes(r, BigDecimal.valueOf(valueAdded / 10_000 * (80 + r.nextInt(300)) / 100)));
    p.set(Field.BASELINE_VALUE_ADDED,
        sometimes(r, BigDecimal.valueOf(valueAdded * (60 + r.nextInt(60)) / 100)));
    p.set(Field.LOCAL_COMPONENT_RATE, sometimes(r, rate(r)));
    p.set(Field.LOCAL_MATERIAL_RATE, sometimes(r, rate(r)));
    p.set(Field.FIRST_GRADE_PRODUCT_SHARE, sometimes(r, rate(r)));
    p.set(Field.QUALITY_LOSS_RATE, sometimes(r, BigDecimal.valueOf(r.nextInt(50), 4)));
    p.set(Field.BRANDED_SALES_SHARE, sometimes(r, rate(r)));
    if (r.nextInt(3) > 0) {
      p.set(Field.NEW_CAPACITY, BigDecimal.valueOf(r.nextInt(4) * 60));
      p.set(Field.REPLACED_CAPACITY, sometimes(r, BigDecimal.valueOf(r.nextInt(300))));
      p.set(Field.CAPACITY_UNIT, "万吨");
    }
    p.set(Field.HIGH_RISK_EQUIPMENT_COMPLIANT, r.nextInt(3) == 0 ? null : r.nextBoolean());
    p.set(Field.CERTIFICATIONS, r.nextBoolean() ? List.of("GMP-2010") : List.of("GMP-1998"));
    return p.build();
  }

  private static BigDecimal rate(Random r) {
    return BigDecimal.valueOf(r.nextInt(10_001), 4);
  }

  private static BigDecimal sometimes(Random r, BigDecimal value) {
    return r.nextInt(8) == 0 ? null : value;
  }
}

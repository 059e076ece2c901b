package org.cqcheck.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cqcheck.model.Ownership;
import org.cqcheck.model.ProjectType;
import org.cqcheck.model.Proposal;
import org.cqcheck.model.Sector;
import org.cqcheck.model.Subsector;

/**
 * Generates proposals for benchmarks, repeatably from a seed: every sector, subsector, project
 * type and zone, dates across all editions, figures on both sides of every threshold, and some
 * absent fields and zero divisors, so that every rule is seen in every state.
 */
public final class ProposalGenerator {

  private static final String[] DISTRICTS = {"长寿区", "万州区", "江津区", "渝中区", "北碚区", "开州区",
      "黔江区", "涪陵区", "渝北区", "沙坪坝区", "綦江区", "南岸区"};
  private static final String[] PARKS = {"两江新区鱼复工业园", "西永综合保税区", "长寿经济技术开发区",
      "重庆经开区", "万州经济技术开发区", "某某工业园区", "重庆高新区"};

  private final Random random;
  /** Ids are numbered across calls, so that batches of one generator never repeat an id. */
  private int generated;

  public ProposalGenerator(long seed) {
    this.random = new Random(seed);
  }

  public List<Proposal> generate(int count) {
    List<Proposal> proposals = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      proposals.add(next("GEN-" + generated++));
    }
    return proposals;
  }

  private Proposal next(String id) {
    Sector sector = pick(Sector.values());
    Subsector subsector = random.nextInt(5) == 0 ? null : pick(Subsector.values());
    LocalDate submitted = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(18 * 365));
    String park = random.nextInt(10) < 7 ? pick(PARKS) : null;
    return new Proposal(id, "生成的项目 " + id, submitted,
        new Proposal.Applicant("某公司", pick(Ownership.values())),
        new Proposal.Location(pick(DISTRICTS), park),
        sector, subsector, pick(ProjectType.values()),
        random.nextInt(10) < 3, random.nextInt(10) < 3,
        amount(1e9),
        new Proposal.Annual(amount(2e10), amount(2e10), amount(5e9), divisor(5000), amount(5e8),
            amount(5e5), divisor(2e9), gas(), amount(1e10)),
        new Proposal.Finance(amount(2e9), divisor(1e10), amount(2e9), amount(1e9), amount(3e8),
            divisor(2e10)),
        new Proposal.Baseline(divisor(5e5), divisor(5e9)),
        new Proposal.Supply(rate(), rate()),
        new Proposal.Quality(rate(), smallRate(), rate()),
        capacity(),
        new Proposal.Safety(random.nextInt(10) == 0 ? null : random.nextBoolean()),
        certifications());
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Absent one time in twelve; otherwise up to {@code max}, whole. */
  private BigDecimal amount(double max) {
    return random.nextInt(12) == 0 ? null : BigDecimal.valueOf((long) (random.nextDouble() * max));
  }

  /** As {@link #amount}, and zero one time in fifty, to exercise zero divisors. */
  private BigDecimal divisor(double max) {
    return random.nextInt(50) == 0 ? BigDecimal.ZERO : amount(max);
  }

  private BigDecimal gas() {
    int r = random.nextInt(10);
    return r == 0 ? null : r == 1 ? BigDecimal.ZERO : BigDecimal.valueOf((long) (random.nextDouble() * 2e9));
  }

  private BigDecimal rate() {
    return random.nextInt(12) == 0 ? null : BigDecimal.valueOf(random.nextInt(101), 2);
  }

  private BigDecimal smallRate() {
    return random.nextInt(12) == 0 ? null : BigDecimal.valueOf(random.nextInt(6), 3);
  }

  private Proposal.Capacity capacity() {
    if (random.nextInt(6) == 0) {
      return new Proposal.Capacity(null, null, null);
    }
    return new Proposal.Capacity(BigDecimal.valueOf(random.nextInt(300)),
        BigDecimal.valueOf(random.nextInt(300)), "万吨");
  }

  private List<String> certifications() {
    List<String> held = new ArrayList<>();
    for (String c : List.of("GMP-2010", "GMP-1998", "ISO9001")) {
      if (random.nextBoolean()) {
        held.add(c);
      }
    }
    return held;
  }

  /** The proposal as a document of proposal format 1, for writing files. */
  public static Map<String, Object> toDocument(Proposal p) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("schemaVersion", 1);
    d.put("id", p.id());
    d.put("title", p.title());
    d.put("submittedOn", p.submittedOn().toString());
    d.put("applicant", map("name", p.applicant().name(), "ownership", p.applicant().ownership().code()));
    d.put("location", map("district", p.location().district(), "park", p.location().park()));
    d.put("sector", p.sector().code());
    d.put("subsector", p.subsector() == null ? null : p.subsector().code());
    d.put("projectType", p.projectType().code());
    d.put("wholeMachine", p.wholeMachine());
    d.put("keyProduct", p.keyProduct());
    d.put("investment", map("totalYuan", p.investmentTotalYuan()));
    var a = p.annual();
    d.put("annual", map("outputValueYuan", a.outputValueYuan(), "salesRevenueYuan",
        a.salesRevenueYuan(), "valueAddedYuan", a.valueAddedYuan(), "employees", a.employees(),
        "rdExpenditureYuan", a.rdExpenditureYuan(), "energyConsumptionTce",
        a.energyConsumptionTce(), "electricityKwh", a.electricityKwh(), "naturalGasM3",
        a.naturalGasM3(), "newProductOutputValueYuan", a.newProductOutputValueYuan()));
    var f = p.finance();
    d.put("finance", map("netProfitYuan", f.netProfitYuan(), "netAssetsYuan", f.netAssetsYuan(),
        "totalProfitYuan", f.totalProfitYuan(), "taxesYuan", f.taxesYuan(), "interestYuan",
        f.interestYuan(), "totalAssetsYuan", f.totalAssetsYuan()));
    d.put("baseline", map("energyConsumptionTce", p.baseline().energyConsumptionTce(),
        "valueAddedYuan", p.baseline().valueAddedYuan()));
    d.put("supply", map("localComponentRate", p.supply().localComponentRate(),
        "localMaterialRate", p.supply().localMaterialRate()));
    d.put("quality", map("firstGradeProductShare", p.quality().firstGradeProductShare(),
        "qualityLossRate", p.quality().qualityLossRate(), "brandedSalesShare",
        p.quality().brandedSalesShare()));
    d.put("capacity", map("newCapacity", p.capacity().newCapacity(), "replacedCapacity",
        p.capacity().replacedCapacity(), "unit", p.capacity().unit()));
    d.put("safety", map("highRiskEquipmentCompliant", p.safety().highRiskEquipmentCompliant()));
    d.put("certifications", p.certifications());
    return d;
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }
}

package org.cqcheck.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cqcheck.model.Field;
import org.cqcheck.model.Proposal;

/**
 * The figures the rules compare with their thresholds, each with its formula over the fields of the
 * proposal format. Rules name a metric; the formula and unit shown in reports come from here.
 *
 * <p>Arithmetic is exact decimal: inputs are {@link BigDecimal}s as written, and a quotient is
 * rounded only past the 34th significant digit, so that a figure that is exactly at a threshold
 * (25 yuan/m³, a rate of 0.70) compares as equal to it.
 */
public enum Metric {
  GAS_YIELD(
      "gas-yield", "output value per m³ of natural gas", "每立方米天然气产出",
      "annual.outputValueYuan / annual.naturalGasM3", "yuan/m³",
      List.of(Field.OUTPUT_VALUE, Field.NATURAL_GAS),
      p -> quotient(
          "annual.outputValueYuan", p.annual().outputValueYuan(),
          "annual.naturalGasM3", p.annual().naturalGasM3())),
  LOCAL_COMPONENT_RATE(
      "local-component-rate", "local component supply rate", "零部件本地化配套率",
      "supply.localComponentRate", "ratio", List.of(Field.LOCAL_COMPONENT_RATE),
      p -> field("supply.localComponentRate", p.supply().localComponentRate())),
  LOCAL_MATERIAL_RATE(
      "local-material-rate", "local material supply rate", "用材本地满足率",
      "supply.localMaterialRate", "ratio", List.of(Field.LOCAL_MATERIAL_RATE),
      p -> field("supply.localMaterialRate", p.supply().localMaterialRate())),
  ELECTRICITY_YIELD(
      "electricity-yield", "output value per kWh", "用电产出",
      "annual.outputValueYuan / annual.electricityKwh", "yuan/kWh",
      List.of(Field.OUTPUT_VALUE, Field.ELECTRICITY),
      p -> quotient(
          "annual.outputValueYuan", p.annual().outputValueYuan(),
          "annual.electricityKwh", p.annual().electricityKwh())),
  LABOR_PRODUCTIVITY(
      "labor-productivity", "value added per employee", "全员劳动生产率",
      "annual.valueAddedYuan / annual.employees", "yuan/person-year",
      List.of(Field.VALUE_ADDED, Field.EMPLOYEES),
      p -> quotient(
          "annual.valueAddedYuan", p.annual().valueAddedYuan(),
          "annual.employees", p.annual().employees())),
  RETURN_ON_NET_ASSETS(
      "return-on-net-assets", "return on net assets", "净资产回报率",
      "finance.netProfitYuan / finance.netAssetsYuan", "ratio",
      List.of(Field.NET_PROFIT, Field.NET_ASSETS),
      p -> quotient(
          "finance.netProfitYuan", p.finance().netProfitYuan(),
          "finance.netAssetsYuan", p.finance().netAssetsYuan())),
  ASSET_CONTRIBUTION(
      "asset-contribution", "total asset contribution rate", "总资产贡献率",
      "(finance.totalProfitYuan + finance.taxesYuan + finance.interestYuan) / finance.totalAssetsYuan",
      "ratio", List.of(Field.TOTAL_PROFIT, Field.TAXES, Field.INTEREST, Field.TOTAL_ASSETS),
      Metric::assetContribution),
  RD_INTENSITY(
      "rd-intensity", "R&D expenditure share of sales", "研发经费占销售收入比重",
      "annual.rdExpenditureYuan / annual.salesRevenueYuan", "ratio",
      List.of(Field.RD_EXPENDITURE, Field.SALES_REVENUE),
      p -> quotient(
          "annual.rdExpenditureYuan", p.annual().rdExpenditureYuan(),
          "annual.salesRevenueYuan", p.annual().salesRevenueYuan())),
  FIRST_GRADE_SHARE(
      "first-grade-share", "share of first-grade products", "一等及以上产品比重",
      "quality.firstGradeProductShare", "ratio", List.of(Field.FIRST_GRADE_PRODUCT_SHARE),
      p -> field("quality.firstGradeProductShare", p.quality().firstGradeProductShare())),
  QUALITY_LOSS_RATE(
      "quality-loss-rate", "quality loss rate", "质量损失率",
      "quality.qualityLossRate", "ratio", List.of(Field.QUALITY_LOSS_RATE),
      p -> field("quality.qualityLossRate", p.quality().qualityLossRate())),
  BRANDED_SALES_SHARE(
      "branded-sales-share", "share of branded products in sales", "品牌产品销售占比",
      "quality.brandedSalesShare", "ratio", List.of(Field.BRANDED_SALES_SHARE),
      p -> field("quality.brandedSalesShare", p.quality().brandedSalesShare())),
  NEW_PRODUCT_RATE(
      "new-product-rate", "new product output rate", "新产品产值率",
      "annual.newProductOutputValueYuan / annual.outputValueYuan", "ratio",
      List.of(Field.NEW_PRODUCT_OUTPUT_VALUE, Field.OUTPUT_VALUE),
      p -> quotient(
          "annual.newProductOutputValueYuan", p.annual().newProductOutputValueYuan(),
          "annual.outputValueYuan", p.annual().outputValueYuan())),
  ENERGY_INTENSITY_RATIO(
      "energy-intensity-ratio", "energy intensity after ÷ before renovation", "改造后÷改造前单位增加值能耗",
      "(annual.energyConsumptionTce / annual.valueAddedYuan)"
          + " / (baseline.energyConsumptionTce / baseline.valueAddedYuan)",
      "ratio",
      List.of(Field.ENERGY_CONSUMPTION, Field.VALUE_ADDED, Field.BASELINE_ENERGY_CONSUMPTION, Field.BASELINE_VALUE_ADDED),
      Metric::energyIntensityRatio),
  ENERGY_INTENSITY(
      "energy-intensity", "energy use per 10,000 yuan of value added", "万元工业增加值能耗",
      "annual.energyConsumptionTce / (annual.valueAddedYuan / 10000)", "tce/10k yuan",
      List.of(Field.ENERGY_CONSUMPTION, Field.VALUE_ADDED),
      Metric::energyIntensity),
  REPLACED_CAPACITY(
      "replaced-capacity", "capacity replaced", "置换（淘汰）产能",
      "capacity.replacedCapacity", null, List.of(Field.REPLACED_CAPACITY),
      p -> field("capacity.replacedCapacity", p.capacity().replacedCapacity())),
  NEW_CAPACITY(
      "new-capacity", "new capacity", "新增产能",
      "capacity.newCapacity", null, List.of(Field.NEW_CAPACITY),
      p -> field("capacity.newCapacity", p.capacity().newCapacity())),
  NET_ADDED_CAPACITY(
      "net-added-capacity", "net added capacity", "净增产能",
      "capacity.newCapacity - capacity.replacedCapacity", null,
      List.of(Field.NEW_CAPACITY, Field.REPLACED_CAPACITY),
      Metric::netAddedCapacity),
  HIGH_RISK_EQUIPMENT_COMPLIANT(
      "high-risk-equipment-compliant", "safety equipment for high-risk industry in place",
      "高危行业安全技术装备和防护设施到位",
      "safety.highRiskEquipmentCompliant", null, List.of(Field.HIGH_RISK_EQUIPMENT_COMPLIANT),
      p -> p.safety().highRiskEquipmentCompliant() == null
          ? new Figure.Missing(List.of("safety.highRiskEquipmentCompliant"))
          : new Figure.Flag(p.safety().highRiskEquipmentCompliant())),
  CERTIFICATIONS(
      "certifications", "certifications held", "所获认证",
      "certifications", null, List.of(Field.CERTIFICATIONS),
      p -> new Figure.Codes(p.certifications())),
  PARK(
      "park", "industrial park of the site", "所在工业园区",
      "location.park", null, List.of(Field.PARK),
      p -> new Figure.Text(p.location().park())),
  ZONE_DESIGNATION(
      "zone-designation", "sector designated by the site's zones", "所在区域的产业定位",
      "sector ∈ designated sectors of the zones of location.park / location.district", null,
      List.of(Field.SECTOR, Field.PARK, Field.DISTRICT),
      p -> new Figure.Text(p.sector().code()));

  private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private final String key;
  private final String labelEn;
  private final String labelZh;
  private final String formula;
  private final String unit;
  private final List<Field> inputs;
  private final Function<Proposal, Figure> definition;

  Metric(
      String key,
      String labelEn,
      String labelZh,
      String formula,
      String unit,
      List<Field> inputs,
      Function<Proposal, Figure> definition) {
    this.inputs = List.copyOf(inputs);
    this.key = key;
    this.labelEn = labelEn;
    this.labelZh = labelZh;
    this.formula = formula;
    this.unit = unit;
    this.definition = definition;
  }

  /** The figure of this metric for {@code proposal}. */
  public Figure of(Proposal proposal) {
    return definition.apply(proposal);
  }

  /** Stable identifier used in machine-readable reports. */
  public String key() {
    return key;
  }

  public String label(boolean chinese) {
    return chinese ? labelZh : labelEn;
  }

  public String formula() {
    return formula;
  }

  /** The fields of the proposal format the formula reads, in the order it names them. */
  public List<Field> inputs() {
    return inputs;
  }

  /**
   * The unit of the figure; capacity figures are in the unit the proposal names (for no proposal:
   * "capacity.unit"), others in a fixed unit, and flags, texts and code lists have none.
   */
  public String unitFor(Proposal proposal) {
    return switch (this) {
      case REPLACED_CAPACITY, NEW_CAPACITY, NET_ADDED_CAPACITY ->
          proposal == null ? "capacity.unit" : proposal.capacity().unit();
      default -> unit;
    };
  }

  private static Figure field(String name, BigDecimal value) {
    return value == null ? new Figure.Missing(List.of(name)) : new Figure.Amount(value);
  }

  private static Figure quotient(
      String dividendName, BigDecimal dividend, String divisorName, BigDecimal divisor) {
    List<String> missing = new ArrayList<>(2);
    if (dividend == null) {
      missing.add(dividendName);
    }
    if (divisor == null) {
      missing.add(divisorName);
    }
    if (!missing.isEmpty()) {
      return new Figure.Missing(missing);
    }
    if (divisor.signum() == 0) {
      return new Figure.ZeroDivisor(divisorName);
    }
    return new Figure.Amount(dividend.divide(divisor, EXACT_ENOUGH));
  }

  private static Figure assetContribution(Proposal p) {
    var f = p.finance();
    List<String> missing = new ArrayList<>(4);
    addIfNull(missing, "finance.totalProfitYuan", f.totalProfitYuan());
    addIfNull(missing, "finance.taxesYuan", f.taxesYuan());
    addIfNull(missing, "finance.interestYuan", f.interestYuan());
    addIfNull(missing, "finance.totalAssetsYuan", f.totalAssetsYuan());
    if (!missing.isEmpty()) {
      return new Figure.Missing(missing);
    }
    if (f.totalAssetsYuan().signum() == 0) {
      return new Figure.ZeroDivisor("finance.totalAssetsYuan");
    }
    BigDecimal contribution = f.totalProfitYuan().add(f.taxesYuan()).add(f.interestYuan());
    return new Figure.Amount(contribution.divide(f.totalAssetsYuan(), EXACT_ENOUGH));
  }

  /**
   * (E1 / V1) / (E0 / V0), computed as (E1 × V0) / (V1 × E0) so that there is one rounding at
   * most, and an exact 0.80 stays exact.
   */
  private static Figure energyIntensityRatio(Proposal p) {
    BigDecimal energyAfter = p.annual().energyConsumptionTce();
    BigDecimal valueAfter = p.annual().valueAddedYuan();
    BigDecimal energyBefore = p.baseline().energyConsumptionTce();
    BigDecimal valueBefore = p.baseline().valueAddedYuan();
    List<String> missing = new ArrayList<>(4);
    addIfNull(missing, "annual.energyConsumptionTce", energyAfter);
    addIfNull(missing, "annual.valueAddedYuan", valueAfter);
    addIfNull(missing, "baseline.energyConsumptionTce", energyBefore);
    addIfNull(missing, "baseline.valueAddedYuan", valueBefore);
    if (!missing.isEmpty()) {
      return new Figure.Missing(missing);
    }
    if (valueAfter.signum() == 0) {
      return new Figure.ZeroDivisor("annual.valueAddedYuan");
    }
    if (valueBefore.signum() == 0) {
      return new Figure.ZeroDivisor("baseline.valueAddedYuan");
    }
    if (energyBefore.signum() == 0) {
      return new Figure.ZeroDivisor("baseline.energyConsumptionTce");
    }
    return new Figure.Amount(
        energyAfter.multiply(valueBefore).divide(valueAfter.multiply(energyBefore), EXACT_ENOUGH));
  }

  private static Figure energyIntensity(Proposal p) {
    BigDecimal energy = p.annual().energyConsumptionTce();
    BigDecimal valueAdded = p.annual().valueAddedYuan();
    List<String> missing = new ArrayList<>(2);
    addIfNull(missing, "annual.energyConsumptionTce", energy);
    addIfNull(missing, "annual.valueAddedYuan", valueAdded);
    if (!missing.isEmpty()) {
      return new Figure.Missing(missing);
    }
    if (valueAdded.signum() == 0) {
      return new Figure.ZeroDivisor("annual.valueAddedYuan");
    }
    return new Figure.Amount(energy.multiply(TEN_THOUSAND).divide(valueAdded, EXACT_ENOUGH));
  }

  private static Figure netAddedCapacity(Proposal p) {
    BigDecimal added = p.capacity().newCapacity();
    BigDecimal replaced = p.capacity().replacedCapacity();
    List<String> missing = new ArrayList<>(2);
    addIfNull(missing, "capacity.newCapacity", added);
    addIfNull(missing, "capacity.replacedCapacity", replaced);
    return missing.isEmpty()
        ? new Figure.Amount(added.subtract(replaced))
        : new Figure.Missing(missing);
  }

  private static void addIfNull(List<String> missing, String name, Object value) {
    if (value == null) {
      missing.add(name);
    }
  }
}

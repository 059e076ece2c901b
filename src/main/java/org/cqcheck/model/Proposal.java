package org.cqcheck.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One project proposal, as read from a file of proposal format version 1. Immutable.
 *
 * <p>The nested groups are never null: an absent group is a group whose figures are all absent, so
 * that rules and metrics navigate without null checks. An absent figure is {@code null}; amounts
 * are exact decimals in base units (yuan, m³, kWh, tce), rates are fractions.
 */
public record Proposal(
    String id,
    String title,
    LocalDate submittedOn,
    Applicant applicant,
    Location location,
    Sector sector,
    Subsector subsector,
    ProjectType projectType,
    boolean wholeMachine,
    boolean keyProduct,
    BigDecimal investmentTotalYuan,
    Annual annual,
    Finance finance,
    Baseline baseline,
    Supply supply,
    Quality quality,
    Capacity capacity,
    Safety safety,
    List<String> certifications) {

  public Proposal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(submittedOn, "submittedOn");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(projectType, "projectType");
    applicant = applicant == null ? new Applicant(null, null) : applicant;
    location = location == null ? new Location(null, null) : location;
    annual = annual == null ? Annual.EMPTY : annual;
    finance = finance == null ? Finance.EMPTY : finance;
    baseline = baseline == null ? new Baseline(null, null) : baseline;
    supply = supply == null ? new Supply(null, null) : supply;
    quality = quality == null ? new Quality(null, null, null) : quality;
    capacity = capacity == null ? new Capacity(null, null, null) : capacity;
    safety = safety == null ? new Safety(null) : safety;
    certifications = certifications == null ? List.of() : List.copyOf(certifications);
  }

  public record Applicant(String name, Ownership ownership) {}

  /** The site: district or county, and the industrial park, null when outside any park. */
  public record Location(String district, String park) {}

  /** Figures of a year at design capacity (达产后年均). */
  public record Annual(
      BigDecimal outputValueYuan,
      BigDecimal salesRevenueYuan,
      BigDecimal valueAddedYuan,
      BigDecimal employees,
      BigDecimal rdExpenditureYuan,
      BigDecimal energyConsumptionTce,
      BigDecimal electricityKwh,
      BigDecimal naturalGasM3,
      BigDecimal newProductOutputValueYuan) {
    static final Annual EMPTY = new Annual(null, null, null, null, null, null, null, null, null);
  }

  public record Finance(
      BigDecimal netProfitYuan,
      BigDecimal netAssetsYuan,
      BigDecimal totalProfitYuan,
      BigDecimal taxesYuan,
      BigDecimal interestYuan,
      BigDecimal totalAssetsYuan) {
    static final Finance EMPTY = new Finance(null, null, null, null, null, null);
  }

  /** The enterprise's figures before a technical renovation. */
  public record Baseline(BigDecimal energyConsumptionTce, BigDecimal valueAddedYuan) {}

  public record Supply(BigDecimal localComponentRate, BigDecimal localMaterialRate) {}

  public record Quality(
      BigDecimal firstGradeProductShare, BigDecimal qualityLossRate, BigDecimal brandedSalesShare) {}

  /** New and replaced production capacity, both in {@code unit}. */
  public record Capacity(BigDecimal newCapacity, BigDecimal replacedCapacity, String unit) {}

  public record Safety(Boolean highRiskEquipmentCompliant) {}
}

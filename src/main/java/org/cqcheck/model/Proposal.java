package org.cqcheck.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One project proposal, as read from a file of proposal format version 1. Immutable.
 *
 * <p>Build one in code with {@link #builder}, which names each figure by its {@link Field}; the
 * canonical constructor is the reader's, and its argument list grows with the format. A proposal
 * built in code is validated as a file is when it is checked ({@code Checker.check(Proposal)}).
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

  /**
   * A builder of a proposal with the four fields every proposal has; set the others with {@link
   * Builder#set}.
   */
  public static Builder builder(
      String id, LocalDate submittedOn, Sector sector, ProjectType projectType) {
    return new Builder()
        .set(Field.ID, id)
        .set(Field.SUBMITTED_ON, submittedOn)
        .set(Field.SECTOR, sector)
        .set(Field.PROJECT_TYPE, projectType);
  }

  /** A builder of proposals: each field set by its {@link Field}, the others absent. */
  public static final class Builder {
    private final java.util.EnumMap<Field, Object> values = new java.util.EnumMap<>(Field.class);

    private Builder() {}

    /**
     * Sets {@code field} to {@code value}, or makes it absent with null. Numbers may be given as
     * any {@link Number} (a double as the decimal it prints as: 0.7, not 0.69999...), amounts in
     * the base unit of the field's kind (yuan, m³, kWh, tce) and rates as fractions.
     *
     * @throws IllegalArgumentException when the value is not of the field's kind
     */
    public Builder set(Field field, Object value) {
      Object stored = value;
      if (value instanceof Number number && field.kind().isNumber()) {
        if ((number instanceof Double || number instanceof Float)
            && !Double.isFinite(number.doubleValue())) {
          throw new IllegalArgumentException(field.path() + " is " + number
              + ": a figure must be a finite number");
        }
        stored = normalized(number instanceof BigDecimal d ? d : new BigDecimal(number.toString()));
      } else if (value instanceof java.util.Collection<?> list
          && field.kind() == Field.Kind.CODES) {
        list.forEach(code -> {
          if (!(code instanceof String)) {
            throw new IllegalArgumentException(field.path() + " holds codes (strings), not "
                + code);
          }
        });
        stored = List.copyOf(list);
      } else if (value != null && !field.valueType().isInstance(value)) {
        throw new IllegalArgumentException(field.path() + " holds a "
            + field.valueType().getSimpleName() + ", not " + value);
      }
      if (stored == null) {
        values.remove(field);
      } else {
        values.put(field, stored);
      }
      return this;
    }

    /**
     * The proposal.
     *
     * @throws NullPointerException when id, submittedOn, sector or projectType is absent
     */
    public Proposal build() {
      return new Proposal(text(Field.ID), text(Field.TITLE),
          (LocalDate) values.get(Field.SUBMITTED_ON),
          new Applicant(text(Field.APPLICANT_NAME),
              (Ownership) values.get(Field.APPLICANT_OWNERSHIP)),
          new Location(text(Field.DISTRICT), text(Field.PARK)),
          (Sector) values.get(Field.SECTOR), (Subsector) values.get(Field.SUBSECTOR),
          (ProjectType) values.get(Field.PROJECT_TYPE), flag(Field.WHOLE_MACHINE),
          flag(Field.KEY_PRODUCT), amount(Field.INVESTMENT_TOTAL),
          new Annual(amount(Field.OUTPUT_VALUE), amount(Field.SALES_REVENUE),
              amount(Field.VALUE_ADDED), amount(Field.EMPLOYEES), amount(Field.RD_EXPENDITURE),
              amount(Field.ENERGY_CONSUMPTION), amount(Field.ELECTRICITY),
              amount(Field.NATURAL_GAS), amount(Field.NEW_PRODUCT_OUTPUT_VALUE)),
          new Finance(amount(Field.NET_PROFIT), amount(Field.NET_ASSETS),
              amount(Field.TOTAL_PROFIT), amount(Field.TAXES), amount(Field.INTEREST),
              amount(Field.TOTAL_ASSETS)),
          new Baseline(amount(Field.BASELINE_ENERGY_CONSUMPTION),
              amount(Field.BASELINE_VALUE_ADDED)),
          new Supply(amount(Field.LOCAL_COMPONENT_RATE), amount(Field.LOCAL_MATERIAL_RATE)),
          new Quality(amount(Field.FIRST_GRADE_PRODUCT_SHARE), amount(Field.QUALITY_LOSS_RATE),
              amount(Field.BRANDED_SALES_SHARE)),
          new Capacity(amount(Field.NEW_CAPACITY), amount(Field.REPLACED_CAPACITY),
              text(Field.CAPACITY_UNIT)),
          new Safety((Boolean) values.get(Field.HIGH_RISK_EQUIPMENT_COMPLIANT)),
          codes(Field.CERTIFICATIONS));
    }

    /**
     * The number in its shortest exact form, in plain notation (0.7500 is 0.75, 9.0E+5 is 900000):
     * equal values make equal proposals and equal findings, however they were written.
     */
    private static BigDecimal normalized(BigDecimal value) {
      BigDecimal stripped = value.stripTrailingZeros();
      // An absurd exponent (1e999999999) is left as written: spelt out it would not fit, and
      // validation refuses it as out of range.
      return stripped.scale() < 0 && stripped.scale() > -MAX_PLAIN_EXPONENT
          ? stripped.setScale(0) : stripped;
    }

    /** Beyond this power of ten a number is kept in scientific notation. */
    private static final int MAX_PLAIN_EXPONENT = 1000;

    private String text(Field field) {
      return (String) values.get(field);
    }

    private boolean flag(Field field) {
      return Boolean.TRUE.equals(values.get(field));
    }

    private BigDecimal amount(Field field) {
      return (BigDecimal) values.get(field);
    }

    @SuppressWarnings("unchecked")
    private List<String> codes(Field field) {
      return (List<String>) values.get(field);
    }
  }
}

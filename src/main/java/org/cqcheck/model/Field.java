package org.cqcheck.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every field of the proposal format, with its path, the kind of value it holds and how to read it
 * from a {@link Proposal}: the one registry that the proposal builder, the file mapper, the
 * metrics' formulas, the in-memory validation and the reports' locations share. The published
 * JSON Schema is checked against it by a test, so that the two cannot drift apart.
 */
public enum Field {
  ID("id", Kind.TEXT, Proposal::id),
  TITLE("title", Kind.TEXT, Proposal::title),
  SUBMITTED_ON("submittedOn", Kind.DATE, Proposal::submittedOn),
  SECTOR("sector", Kind.CODE, Proposal::sector),
  SUBSECTOR("subsector", Kind.CODE, Proposal::subsector),
  PROJECT_TYPE("projectType", Kind.CODE, Proposal::projectType),
  WHOLE_MACHINE("wholeMachine", Kind.FLAG, Proposal::wholeMachine),
  KEY_PRODUCT("keyProduct", Kind.FLAG, Proposal::keyProduct),
  APPLICANT_NAME("applicant.name", Kind.TEXT, p -> p.applicant().name()),
  APPLICANT_OWNERSHIP("applicant.ownership", Kind.CODE, p -> p.applicant().ownership()),
  DISTRICT("location.district", Kind.TEXT, p -> p.location().district()),
  PARK("location.park", Kind.TEXT, p -> p.location().park()),
  INVESTMENT_TOTAL("investment.totalYuan", Kind.YUAN, Proposal::investmentTotalYuan),
  OUTPUT_VALUE("annual.outputValueYuan", Kind.YUAN, p -> p.annual().outputValueYuan()),
  SALES_REVENUE("annual.salesRevenueYuan", Kind.YUAN, p -> p.annual().salesRevenueYuan()),
  VALUE_ADDED("annual.valueAddedYuan", Kind.YUAN, p -> p.annual().valueAddedYuan()),
  EMPLOYEES("annual.employees", Kind.PERSONS, p -> p.annual().employees()),
  RD_EXPENDITURE("annual.rdExpenditureYuan", Kind.YUAN, p -> p.annual().rdExpenditureYuan()),
  ENERGY_CONSUMPTION("annual.energyConsumptionTce", Kind.TONNES_COAL_EQUIVALENT,
      p -> p.annual().energyConsumptionTce()),
  ELECTRICITY("annual.electricityKwh", Kind.KILOWATT_HOURS, p -> p.annual().electricityKwh()),
  NATURAL_GAS("annual.naturalGasM3", Kind.CUBIC_METRES, p -> p.annual().naturalGasM3()),
  NEW_PRODUCT_OUTPUT_VALUE("annual.newProductOutputValueYuan", Kind.YUAN,
      p -> p.annual().newProductOutputValueYuan()),
  NET_PROFIT("finance.netProfitYuan", Kind.SIGNED_YUAN, p -> p.finance().netProfitYuan()),
  NET_ASSETS("finance.netAssetsYuan", Kind.YUAN, p -> p.finance().netAssetsYuan()),
  TOTAL_PROFIT("finance.totalProfitYuan", Kind.SIGNED_YUAN, p -> p.finance().totalProfitYuan()),
  TAXES("finance.taxesYuan", Kind.YUAN, p -> p.finance().taxesYuan()),
  INTEREST("finance.interestYuan", Kind.YUAN, p -> p.finance().interestYuan()),
  TOTAL_ASSETS("finance.totalAssetsYuan", Kind.YUAN, p -> p.finance().totalAssetsYuan()),
  BASELINE_ENERGY_CONSUMPTION("baseline.energyConsumptionTce", Kind.TONNES_COAL_EQUIVALENT,
      p -> p.baseline().energyConsumptionTce()),
  BASELINE_VALUE_ADDED("baseline.valueAddedYuan", Kind.YUAN, p -> p.baseline().valueAddedYuan()),
  LOCAL_COMPONENT_RATE("supply.localComponentRate", Kind.RATE,
      p -> p.supply().localComponentRate()),
  LOCAL_MATERIAL_RATE("supply.localMaterialRate", Kind.RATE, p -> p.supply().localMaterialRate()),
  FIRST_GRADE_PRODUCT_SHARE("quality.firstGradeProductShare", Kind.RATE,
      p -> p.quality().firstGradeProductShare()),
  QUALITY_LOSS_RATE("quality.qualityLossRate", Kind.RATE, p -> p.quality().qualityLossRate()),
  BRANDED_SALES_SHARE("quality.brandedSalesShare", Kind.RATE,
      p -> p.quality().brandedSalesShare()),
  NEW_CAPACITY("capacity.newCapacity", Kind.CAPACITY, p -> p.capacity().newCapacity()),
  REPLACED_CAPACITY("capacity.replacedCapacity", Kind.CAPACITY,
      p -> p.capacity().replacedCapacity()),
  CAPACITY_UNIT("capacity.unit", Kind.TEXT, p -> p.capacity().unit()),
  HIGH_RISK_EQUIPMENT_COMPLIANT("safety.highRiskEquipmentCompliant", Kind.FLAG,
      p -> p.safety().highRiskEquipmentCompliant()),
  CERTIFICATIONS("certifications", Kind.CODES, Proposal::certifications);

  /**
   * What a field holds. Amounts are exact decimals in the base unit of their kind; a file may
   * write them with a larger Chinese unit ("3.1亿元"), which the reader converts.
   */
  public enum Kind {
    TEXT(String.class, null, null),
    DATE(LocalDate.class, null, null),
    CODE(Coded.class, null, null),
    FLAG(Boolean.class, null, null),
    CODES(List.class, null, null),
    /** Yuan, never negative. */
    YUAN(BigDecimal.class, "yuan", "元"),
    /** Yuan of a figure that may be a loss or a deficit (profit, net assets). */
    SIGNED_YUAN(BigDecimal.class, "yuan", "元"),
    CUBIC_METRES(BigDecimal.class, "m³", "立方米"),
    KILOWATT_HOURS(BigDecimal.class, "kWh", "千瓦时"),
    TONNES_COAL_EQUIVALENT(BigDecimal.class, "tce", "吨标准煤"),
    /** A whole number of people. */
    PERSONS(BigDecimal.class, "persons", "人"),
    /** Capacity, in the unit the proposal names in {@code capacity.unit}. */
    CAPACITY(BigDecimal.class, "capacity.unit", "capacity.unit"),
    /** A fraction from 0 to 1 (a file may write a percent). */
    RATE(BigDecimal.class, "%", "%");

    private final Class<?> type;
    private final String unitEn;
    private final String unitZh;

    Kind(Class<?> type, String unitEn, String unitZh) {
      this.type = type;
      this.unitEn = unitEn;
      this.unitZh = unitZh;
    }

    /** The Java type of the value: a field of this kind holds an instance of it, or null. */
    public Class<?> type() {
      return type;
    }

    /** Whether the field holds a number. */
    public boolean isNumber() {
      return type == BigDecimal.class;
    }

    /** Whether the number may be below zero. */
    public boolean mayBeNegative() {
      return this == SIGNED_YUAN;
    }

    /**
     * The unit in which a value is stated, in English or Chinese; empty when not a number.
     */
    public Optional<String> unit(boolean chinese) {
      return Optional.ofNullable(chinese ? unitZh : unitEn);
    }
  }

  private static final Map<String, Field> BY_PATH = Arrays.stream(values())
      .collect(Collectors.toUnmodifiableMap(Field::path, f -> f));

  private final String path;
  private final Kind kind;
  private final Function<Proposal, Object> reader;

  Field(String path, Kind kind, Function<Proposal, Object> reader) {
    this.path = path;
    this.kind = kind;
    this.reader = reader;
  }

  /** The field's dotted path in the proposal format, such as {@code annual.naturalGasM3}. */
  public String path() {
    return path;
  }

  /** The field's JSON pointer within one proposal, such as {@code /annual/naturalGasM3}. */
  public String pointer() {
    return "/" + path.replace('.', '/');
  }

  public Kind kind() {
    return kind;
  }

  /**
   * The Java type of the field's value, as {@link Proposal.Builder#set} takes it and {@link #of}
   * returns it: {@code BigDecimal} for amounts and rates (the builder takes any {@code Number}),
   * {@code String} for text, {@code LocalDate}, {@code Boolean}, the enum of a code ({@code
   * Sector}, {@code Subsector}, {@code ProjectType}, {@code Ownership}), and a {@code List} of
   * strings for certifications (the builder takes any collection).
   */
  public Class<?> valueType() {
    return switch (this) {
      case SECTOR -> Sector.class;
      case SUBSECTOR -> Subsector.class;
      case PROJECT_TYPE -> ProjectType.class;
      case APPLICANT_OWNERSHIP -> Ownership.class;
      default -> kind.type();
    };
  }

  /** The value of this field in {@code proposal}; null when absent (a flag absent is false). */
  public Object of(Proposal proposal) {
    return reader.apply(proposal);
  }

  /** The field whose dotted path is {@code path}, if the format has one. */
  public static Optional<Field> byPath(String path) {
    return Optional.ofNullable(BY_PATH.get(path));
  }
}

package org.cqcheck.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.cqcheck.model.Coded;
import org.cqcheck.model.Ownership;
import org.cqcheck.model.ProjectType;
import org.cqcheck.model.Proposal;
import org.cqcheck.model.Sector;
import org.cqcheck.model.Subsector;

/**
 * Maps one proposal document onto a {@link Proposal}, converting unit and percent strings, and
 * checks what the schema cannot express: finite numbers, percentages up to 100%, real calendar
 * dates not in the future, and a unit for capacity figures. Shape problems (types, required
 * fields, enumerations, ranges) are the schema's to report; where a field has the wrong shape this
 * class skips it silently, and no proposal is built while any error stands. One instance maps one
 * document.
 */
final class ProposalMapper {

  private final JsonNode root;
  private final LocalDate today;
  private final List<InputError> errors = new ArrayList<>();

  private ProposalMapper(JsonNode root, LocalDate today) {
    this.root = root;
    this.today = today;
  }

  /** The result: the proposal when the document is free of errors (schema errors included). */
  record Mapped(Proposal proposal, List<InputError> errors) {}

  static Mapped map(JsonNode document, LocalDate today, boolean schemaValid) {
    ProposalMapper mapper = new ProposalMapper(document, today);
    Proposal proposal = mapper.map();
    boolean valid = schemaValid && mapper.errors.isEmpty() && proposal != null;
    return new Mapped(valid ? proposal : null, List.copyOf(mapper.errors));
  }

  private Proposal map() {
    String id = text("id");
    LocalDate submittedOn = date("submittedOn");
    Sector sector = code("sector", Sector.class);
    ProjectType projectType = code("projectType", ProjectType.class);
    Proposal.Applicant applicant = new Proposal.Applicant(
        text("applicant.name"), code("applicant.ownership", Ownership.class));
    Proposal.Location site = new Proposal.Location(
        nonBlank("location.district"), nonBlank("location.park"));
    Proposal.Annual annual = new Proposal.Annual(
        amount("annual.outputValueYuan", Quantity.YUAN),
        amount("annual.salesRevenueYuan", Quantity.YUAN),
        amount("annual.valueAddedYuan", Quantity.YUAN),
        amount("annual.employees", Quantity.PLAIN),
        amount("annual.rdExpenditureYuan", Quantity.YUAN),
        amount("annual.energyConsumptionTce", Quantity.TONNES_COAL_EQUIVALENT),
        amount("annual.electricityKwh", Quantity.KILOWATT_HOURS),
        amount("annual.naturalGasM3", Quantity.CUBIC_METRES),
        amount("annual.newProductOutputValueYuan", Quantity.YUAN));
    Proposal.Finance finance = new Proposal.Finance(
        amount("finance.netProfitYuan", Quantity.YUAN),
        amount("finance.netAssetsYuan", Quantity.YUAN),
        amount("finance.totalProfitYuan", Quantity.YUAN),
        amount("finance.taxesYuan", Quantity.YUAN),
        amount("finance.interestYuan", Quantity.YUAN),
        amount("finance.totalAssetsYuan", Quantity.YUAN));
    Proposal.Baseline baseline = new Proposal.Baseline(
        amount("baseline.energyConsumptionTce", Quantity.TONNES_COAL_EQUIVALENT),
        amount("baseline.valueAddedYuan", Quantity.YUAN));
    Proposal.Supply supply =
        new Proposal.Supply(rate("supply.localComponentRate"), rate("supply.localMaterialRate"));
    Proposal.Quality quality = new Proposal.Quality(
        rate("quality.firstGradeProductShare"),
        rate("quality.qualityLossRate"),
        rate("quality.brandedSalesShare"));
    Proposal.Capacity capacity = new Proposal.Capacity(
        amount("capacity.newCapacity", Quantity.PLAIN),
        amount("capacity.replacedCapacity", Quantity.PLAIN),
        nonBlank("capacity.unit"));
    if ((capacity.newCapacity() != null || capacity.replacedCapacity() != null)
        && capacity.unit() == null) {
      errors.add(InputError.of(InputError.Kind.CAPACITY_UNIT_MISSING, "/capacity/unit"));
    }
    Proposal.Safety safety = new Proposal.Safety(flag("safety.highRiskEquipmentCompliant"));
    List<String> certifications = new ArrayList<>();
    JsonNode codes = node("certifications");
    if (codes != null && codes.isArray()) {
      codes.forEach(c -> certifications.add(c.asText()));
    }
    if (id == null || submittedOn == null || sector == null || projectType == null) {
      return null;
    }
    Boolean wholeMachine = flag("wholeMachine");
    Boolean keyProduct = flag("keyProduct");
    return new Proposal(id, text("title"), submittedOn, applicant, site, sector,
        code("subsector", Subsector.class), projectType, Boolean.TRUE.equals(wholeMachine),
        Boolean.TRUE.equals(keyProduct), amount("investment.totalYuan", Quantity.YUAN), annual,
        finance, baseline, supply, quality, capacity, safety, certifications);
  }

  /** The node at a dotted path, or null when it or a parent is absent or null. */
  private JsonNode node(String path) {
    JsonNode current = root;
    for (String part : path.split("\\.")) {
      if (current == null || !current.isObject()) {
        return null;
      }
      current = current.get(part);
    }
    return current == null || current.isNull() ? null : current;
  }

  private static String pointer(String path) {
    return "/" + path.replace('.', '/');
  }

  private String text(String path) {
    JsonNode node = node(path);
    return node != null && node.isTextual() ? node.asText() : null;
  }

  /** Text where a blank value means none: an empty park name is no park. */
  private String nonBlank(String path) {
    String value = text(path);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private Boolean flag(String path) {
    JsonNode node = node(path);
    return node != null && node.isBoolean() ? node.booleanValue() : null;
  }

  private <E extends Enum<E> & Coded> E code(String path, Class<E> type) {
    String value = text(path);
    return value == null ? null : Coded.byCode(type, value).orElse(null);
  }

  /** A real calendar date, not after today: the pattern alone lets 2013-02-30 through. */
  private LocalDate date(String path) {
    String value = text(path);
    if (value == null) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      // The schema's pattern let it through: the form is right and the day does not exist.
      errors.add(InputError.of(value.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")
          ? InputError.Kind.NO_SUCH_DAY : InputError.Kind.BAD_DATE, pointer(path), path, value));
      return null;
    }
    if (date.isAfter(today)) {
      errors.add(InputError.of(InputError.Kind.FUTURE_DATE, pointer(path), path, value,
          today.toString()));
      return null;
    }
    return date;
  }

  /** A number, or a string of a number and a unit of {@code quantity}, in base units. */
  private BigDecimal amount(String path, Quantity quantity) {
    JsonNode node = node(path);
    if (node == null) {
      return null;
    }
    if (node.isNumber()) {
      // NaN and Infinity arrive as doubles; every other number as an exact decimal.
      if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
        errors.add(InputError.of(InputError.Kind.NOT_FINITE, pointer(path), path));
        return null;
      }
      return node.decimalValue();
    }
    BigDecimal value = node.isTextual() ? quantity.parse(node.asText()).orElse(null) : null;
    if (value != null && !Quantity.inRange(value)) {
      errors.add(InputError.of(InputError.Kind.OUT_OF_RANGE, pointer(path), path));
      return null;
    }
    return value;
  }

  /** A fraction, or a percent string; the schema refuses bare numbers above 1. */
  private BigDecimal rate(String path) {
    BigDecimal value = amount(path, Quantity.RATE);
    JsonNode node = node(path);
    if (value != null && node.isTextual() && value.compareTo(BigDecimal.ONE) > 0) {
      errors.add(InputError.of(InputError.Kind.PERCENT_ABOVE_100, pointer(path), path,
          node.asText()));
      return null;
    }
    return value;
  }
}

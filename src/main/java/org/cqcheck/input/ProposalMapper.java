package org.cqcheck.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.cqcheck.model.Coded;
import org.cqcheck.model.Ownership;
import org.cqcheck.model.ProjectType;
import org.cqcheck.model.Proposal;
import org.cqcheck.model.Sector;
import org.cqcheck.model.Subsector;

/**
 * Maps one parsed proposal document onto a {@link Proposal}, field by field, collecting every
 * problem with its JSON pointer instead of stopping at the first. One instance maps one document.
 */
final class ProposalMapper {

  private final JsonNode root;
  private final String base;
  private final List<InputError> errors = new ArrayList<>();

  private ProposalMapper(JsonNode root, String base) {
    this.root = root;
    this.base = base;
  }

  static ProposalFile.Entry map(JsonNode document, String location) {
    if (!document.isObject()) {
      return new ProposalFile.Entry(location, null, null,
          List.of(InputError.of(InputError.Kind.NOT_AN_OBJECT, location)));
    }
    return new ProposalMapper(document, location).map();
  }

  private ProposalFile.Entry map() {
    JsonNode version = node("schemaVersion");
    if (version == null) {
      required("schemaVersion");
    } else if (!version.isIntegralNumber() || version.asInt() != 1) {
      errors.add(InputError.of(InputError.Kind.SCHEMA_VERSION, pointer("schemaVersion"),
          version.toString()));
    }
    String id = requiredText("id");
    LocalDate submittedOn = date("submittedOn");
    Sector sector = code("sector", Sector.class, true);
    ProjectType projectType = code("projectType", ProjectType.class, true);

    Proposal.Applicant applicant = new Proposal.Applicant(
        text("applicant.name"), code("applicant.ownership", Ownership.class, false));
    String title = text("title");
    Proposal.Location site = new Proposal.Location(
        nonBlank("location.district"), nonBlank("location.park"));
    Subsector subsector = code("subsector", Subsector.class, false);
    boolean wholeMachine = flag("wholeMachine", false);
    boolean keyProduct = flag("keyProduct", false);
    BigDecimal investment = amount("investment.totalYuan", Quantity.YUAN);
    Proposal.Annual annual = new Proposal.Annual(
        amount("annual.outputValueYuan", Quantity.YUAN),
        amount("annual.salesRevenueYuan", Quantity.YUAN),
        amount("annual.valueAddedYuan", Quantity.YUAN),
        wholeNumber("annual.employees"),
        amount("annual.rdExpenditureYuan", Quantity.YUAN),
        amount("annual.energyConsumptionTce", Quantity.TONNES_COAL_EQUIVALENT),
        amount("annual.electricityKwh", Quantity.KILOWATT_HOURS),
        amount("annual.naturalGasM3", Quantity.CUBIC_METRES),
        amount("annual.newProductOutputValueYuan", Quantity.YUAN));
    Proposal.Finance finance = new Proposal.Finance(
        amount("finance.netProfitYuan", Quantity.YUAN, true),
        amount("finance.netAssetsYuan", Quantity.YUAN),
        amount("finance.totalProfitYuan", Quantity.YUAN, true),
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
        text("capacity.unit"));
    Proposal.Safety safety = new Proposal.Safety(optionalFlag("safety.highRiskEquipmentCompliant"));
    List<String> certifications = codes("certifications");

    if (!errors.isEmpty()) {
      return new ProposalFile.Entry(base, id, null, errors);
    }
    return new ProposalFile.Entry(base, id, new Proposal(id, title, submittedOn,
        applicant, site, sector, subsector, projectType, wholeMachine, keyProduct, investment,
        annual, finance, baseline, supply, quality, capacity, safety, certifications), List.of());
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

  private String pointer(String path) {
    return base + "/" + path.replace('.', '/');
  }

  private void required(String path) {
    errors.add(InputError.of(InputError.Kind.REQUIRED, pointer(path), path));
  }

  private void wrongType(String path, String expected, JsonNode found) {
    errors.add(InputError.of(InputError.Kind.WRONG_TYPE, pointer(path), path, expected,
        abbreviate(found.toString())));
  }

  private String requiredText(String path) {
    JsonNode node = node(path);
    if (node == null || (node.isTextual() && node.asText().isBlank())) {
      required(path);
      return null;
    }
    return text(path);
  }

  private String text(String path) {
    JsonNode node = node(path);
    if (node == null) {
      return null;
    }
    if (!node.isTextual()) {
      wrongType(path, "text", node);
      return null;
    }
    return node.asText();
  }

  /** Text where a blank value means none: an empty park name is no park. */
  private String nonBlank(String path) {
    String value = text(path);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private LocalDate date(String path) {
    JsonNode node = node(path);
    if (node == null) {
      required(path);
      return null;
    }
    if (!node.isTextual()) {
      wrongType(path, "date", node);
      return null;
    }
    try {
      return LocalDate.parse(node.asText());
    } catch (DateTimeParseException e) {
      errors.add(InputError.of(InputError.Kind.BAD_DATE, pointer(path), path, node.asText()));
      return null;
    }
  }

  private <E extends Enum<E> & Coded> E code(String path, Class<E> type, boolean mandatory) {
    JsonNode node = node(path);
    if (node == null) {
      if (mandatory) {
        required(path);
      }
      return null;
    }
    if (!node.isTextual()) {
      wrongType(path, "text", node);
      return null;
    }
    return Coded.byCode(type, node.asText()).orElseGet(() -> {
      String allowed = Arrays.stream(type.getEnumConstants())
          .map(Coded::code)
          .collect(Collectors.joining(", "));
      errors.add(InputError.of(InputError.Kind.UNKNOWN_CODE, pointer(path), path, node.asText(),
          allowed));
      return null;
    });
  }

  private boolean flag(String path, boolean absent) {
    Boolean value = optionalFlag(path);
    return value == null ? absent : value;
  }

  private Boolean optionalFlag(String path) {
    JsonNode node = node(path);
    if (node == null) {
      return null;
    }
    if (!node.isBoolean()) {
      wrongType(path, "boolean", node);
      return null;
    }
    return node.booleanValue();
  }

  private List<String> codes(String path) {
    JsonNode node = node(path);
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      wrongType(path, "list", node);
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (item.isTextual()) {
        values.add(item.asText());
      } else {
        wrongType(path + "." + i, "text", item);
      }
    }
    return values;
  }

  private BigDecimal amount(String path, Quantity quantity) {
    return amount(path, quantity, false);
  }

  /**
   * A non-negative figure: a number, or a string with a unit of {@code quantity}. Profits may be
   * negative (a loss), so {@code signed} allows that.
   */
  private BigDecimal amount(String path, Quantity quantity, boolean signed) {
    JsonNode node = node(path);
    if (node == null) {
      return null;
    }
    BigDecimal value;
    if (node.isNumber()) {
      // NaN and Infinity arrive as doubles; every other number as an exact decimal.
      if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
        errors.add(InputError.of(InputError.Kind.NOT_FINITE, pointer(path), path));
        return null;
      }
      value = node.decimalValue();
    } else if (node.isTextual() && quantity.unitNames().isEmpty()) {
      wrongType(path, "number", node);
      return null;
    } else if (node.isTextual()) {
      value = quantity.parse(node.asText()).orElse(null);
      if (value == null) {
        errors.add(InputError.of(InputError.Kind.BAD_QUANTITY, pointer(path), path, node.asText(),
            String.join(", ", quantity.unitNames())));
        return null;
      }
    } else {
      wrongType(path, "number", node);
      return null;
    }
    if (!signed && value.signum() < 0) {
      errors.add(InputError.of(InputError.Kind.NEGATIVE, pointer(path), path, plain(value)));
      return null;
    }
    return value;
  }

  private BigDecimal wholeNumber(String path) {
    JsonNode node = node(path);
    if (node == null) {
      return null;
    }
    BigDecimal value = amount(path, Quantity.PLAIN);
    if (value != null && value.stripTrailingZeros().scale() > 0) {
      errors.add(InputError.of(InputError.Kind.NOT_WHOLE, pointer(path), path, plain(value)));
      return null;
    }
    return value;
  }

  /** A fraction 0..1, or a percent string; a bare number above 1 is refused with a suggestion. */
  private BigDecimal rate(String path) {
    JsonNode node = node(path);
    if (node == null) {
      return null;
    }
    BigDecimal value = amount(path, Quantity.RATE);
    if (value == null || value.compareTo(BigDecimal.ONE) <= 0) {
      return value;
    }
    if (node.isNumber()) {
      errors.add(InputError.of(InputError.Kind.RATE_ABOVE_ONE, pointer(path), path, plain(value),
          plain(value.movePointLeft(2)), plain(value) + "%"));
    } else {
      errors.add(InputError.of(InputError.Kind.PERCENT_ABOVE_100, pointer(path), path, node.asText()));
    }
    return null;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}

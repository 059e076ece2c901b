package org.cqcheck.internal.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cqcheck.input.InputError;
import org.cqcheck.model.Coded;
import org.cqcheck.model.Field;
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
    Proposal.Builder proposal = Proposal.builder(null, null, null, null);
    boolean complete = true;
    for (Field field : Field.values()) {
      Object value = read(field);
      proposal.set(field, value);
      complete &= value != null || !REQUIRED.contains(field);
    }
    if ((node(Field.NEW_CAPACITY.path()) != null || node(Field.REPLACED_CAPACITY.path()) != null)
        && nonBlank(Field.CAPACITY_UNIT.path()) == null) {
      errors.add(InputError.of(InputError.Kind.CAPACITY_UNIT_MISSING, "/capacity/unit"));
    }
    // Without one of the required fields the schema or a check above has said which.
    return complete ? proposal.build() : null;
  }

  private static final java.util.Set<Field> REQUIRED =
      java.util.EnumSet.of(Field.ID, Field.SUBMITTED_ON, Field.SECTOR, Field.PROJECT_TYPE);

  /** The value of {@code field} in the document, converted to its kind; null if unusable. */
  private Object read(Field field) {
    String path = field.path();
    return switch (field.kind()) {
      case TEXT -> field == Field.ID || field == Field.TITLE || field == Field.APPLICANT_NAME
          ? text(path) : nonBlank(path);
      case DATE -> date(path);
      case CODE -> code(path, codeType(field));
      case FLAG -> flag(path);
      case CODES -> codes(path);
      case YUAN, SIGNED_YUAN -> amount(path, Quantity.YUAN);
      case CUBIC_METRES -> amount(path, Quantity.CUBIC_METRES);
      case KILOWATT_HOURS -> amount(path, Quantity.KILOWATT_HOURS);
      case TONNES_COAL_EQUIVALENT -> amount(path, Quantity.TONNES_COAL_EQUIVALENT);
      case PERSONS, CAPACITY -> amount(path, Quantity.PLAIN);
      case RATE -> rate(path);
    };
  }

  private static Class<? extends Enum<?>> codeType(Field field) {
    return switch (field) {
      case SECTOR -> Sector.class;
      case SUBSECTOR -> Subsector.class;
      case PROJECT_TYPE -> ProjectType.class;
      case APPLICANT_OWNERSHIP -> Ownership.class;
      default -> throw new IllegalArgumentException(field + " holds no code");
    };
  }

  private List<String> codes(String path) {
    JsonNode codes = node(path);
    if (codes == null || !codes.isArray()) {
      return null;
    }
    List<String> values = new ArrayList<>();
    codes.forEach(c -> values.add(c.asText()));
    return values;
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

  private Object code(String path, Class<? extends Enum<?>> type) {
    String value = text(path);
    return value == null ? null : Arrays.stream(type.getEnumConstants())
        .filter(e -> ((Coded) e).code().equals(value)).findFirst().orElse(null);
  }

  /** A real calendar date, not after today: the pattern alone lets 2013-02-30 through. */
  private LocalDate date(String path) {
    String value = text(path);
    return value == null ? null
        : DateFields.notAfter(today, value, pointer(path), path, errors);
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

package org.cqcheck.internal.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cqcheck.input.InputError;

/**
 * The published JSON Schema of proposal format version 1 (draft 2020-12), validated with networknt's
 * json-schema-validator; each violation becomes an {@link InputError} in cqcheck's words. The schema
 * references nothing outside itself, so validation never opens a file or a connection.
 */
public final class ProposalSchema {

  /** Where the schema is, in the repository under src/main/resources and in the jar. */
  public static final String RESOURCE = "/cqcheck/proposal-v1.schema.json";

  private static final Pattern UNIT_ALTERNATIVES = Pattern.compile("\\(([^()]*\\|[^()]*)\\)\\\\s\\*\\$$");

  private final JsonSchema schema;

  /** The schema is the same for every reader: it is loaded once, when first needed. */
  private static final class Shared {
    static final ProposalSchema SCHEMA = new ProposalSchema();
  }

  /** The schema, loaded once; thread-safe. */
  static ProposalSchema shared() {
    return Shared.SCHEMA;
  }

  /**
   * Loads the schema now, if it is not loaded yet, so that a later first read does not wait for it
   * (the command line does this on a second thread while it parses its arguments).
   */
  public static void load() {
    shared();
  }

  private ProposalSchema() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
    try (InputStream in = ProposalSchema.class.getResourceAsStream(RESOURCE)) {
      this.schema = factory.getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException("the proposal schema is missing from the jar", e);
    }
  }

  /**
   * Where the schema of a proposal file is (one proposal, or a list of them), which refers to the
   * proposal schema by its {@code $id}.
   */
  public static final String FILE_RESOURCE = "/cqcheck/proposal-file-v1.schema.json";

  /** The schema's text, as published. */
  public static String text() {
    return resource(RESOURCE);
  }

  /** The text of the schema of a proposal file, as published. */
  public static String fileText() {
    return resource(FILE_RESOURCE);
  }

  private static String resource(String name) {
    try (InputStream in = ProposalSchema.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the schema " + name + " is missing from the jar", e);
    }
  }

  /** Every violation of the schema by {@code proposal}, in cqcheck's words; pointers are relative. */
  List<InputError> validate(JsonNode proposal) {
    Set<ValidationMessage> messages = schema.validate(proposal);
    List<InputError> errors = new ArrayList<>(messages.size());
    Map<String, List<ValidationMessage>> alternatives = new LinkedHashMap<>();
    for (ValidationMessage m : messages) {
      if (m.getEvaluationPath().toString().contains("/anyOf/")) {
        alternatives.computeIfAbsent(m.getInstanceLocation().toString(), k -> new ArrayList<>())
            .add(m);
      } else {
        errors.add(translate(m));
      }
    }
    alternatives.values().forEach(failed -> errors.addAll(translateAlternatives(failed)));
    return errors;
  }

  /**
   * A value that fits none of a field's alternatives (a number, or a string with units, or null)
   * fails each of them. What it lacks is said by the alternative of its own type: a rate of 72
   * exceeds the number's maximum, "72" misses the string's pattern. A value of none of their types
   * gets one error naming them all.
   */
  private static List<InputError> translateAlternatives(List<ValidationMessage> failed) {
    List<InputError> ofItsType = failed.stream().filter(m -> !m.getType().equals("type"))
        .map(ProposalSchema::translate).toList();
    if (!ofItsType.isEmpty()) {
      return ofItsType;
    }
    ValidationMessage first = failed.get(0);
    String at = first.getInstanceLocation().toString();
    String types = failed.stream().map(m -> m.getSchemaNode().toString())
        .collect(java.util.stream.Collectors.joining(","));
    return List.of(InputError.of(InputError.Kind.WRONG_TYPE, at, dotted(at), typeWord(types),
        abbreviate(first.getInstanceNode())));
  }

  private static InputError translate(ValidationMessage m) {
    String at = m.getInstanceLocation().toString();
    String field = dotted(at);
    JsonNode value = m.getInstanceNode();
    String shown = value == null ? "" : value.isTextual() ? value.asText() : value.toString();
    return switch (m.getType()) {
      case "required" -> {
        String missing = at + "/" + m.getProperty();
        yield InputError.of(InputError.Kind.REQUIRED, missing, dotted(missing));
      }
      case "minLength" -> InputError.of(InputError.Kind.REQUIRED, at, field);
      case "additionalProperties" -> {
        String unknown = at + "/" + m.getProperty();
        List<String> known = new ArrayList<>();
        KNOWN_FIELDS.path(dotted(at)).fieldNames().forEachRemaining(known::add);
        yield Suggestions.closest(m.getProperty(), known)
            .map(s -> InputError.of(InputError.Kind.UNKNOWN_FIELD_SUGGESTION, unknown, dotted(unknown), s))
            .orElse(InputError.of(InputError.Kind.UNKNOWN_FIELD, unknown, dotted(unknown)));
      }
      // As JSON writes it, so that the text "1" shows its quotes beside the number 1 required.
      case "const" -> InputError.of(InputError.Kind.SCHEMA_VERSION, at,
          value == null ? "" : value.toString());
      case "enum" -> {
        List<String> allowed = new ArrayList<>();
        m.getSchemaNode().forEach(v -> {
          if (!v.isNull()) {
            allowed.add(v.asText());
          }
        });
        String list = String.join(", ", allowed);
        yield Suggestions.closest(shown, allowed)
            .map(s -> InputError.of(InputError.Kind.UNKNOWN_CODE_SUGGESTION, at, field, shown, list, s))
            .orElse(InputError.of(InputError.Kind.UNKNOWN_CODE, at, field, shown, list));
      }
      case "type" -> value != null && value.isNumber() && isIntegerOnly(m)
          ? InputError.of(InputError.Kind.NOT_WHOLE, at, field, shown)
          : InputError.of(InputError.Kind.WRONG_TYPE, at, field,
              typeWord(m.getSchemaNode().toString()), abbreviate(value));
      case "minimum" -> InputError.of(InputError.Kind.NEGATIVE, at, field, shown);
      case "maximum" -> {
        BigDecimal v = value.decimalValue().stripTrailingZeros();
        yield InputError.of(InputError.Kind.RATE_ABOVE_ONE, at, field, v.toPlainString(),
            v.movePointLeft(2).toPlainString(), v.toPlainString() + "%");
      }
      case "pattern" -> pattern(m, at, field, shown);
      default -> InputError.of(InputError.Kind.SCHEMA, at, field, m.getMessage());
    };
  }

  /** A string that is not of the field's form: a date, a rate, or an amount with its units. */
  private static InputError pattern(ValidationMessage m, String at, String field, String shown) {
    String regex = String.valueOf(m.getArguments()[0]);
    if (at.endsWith("/submittedOn")) {
      return InputError.of(InputError.Kind.BAD_DATE, at, field, shown);
    }
    if (regex.contains("[%％]")) {
      // The pattern admits 0% to 100%; a percent above is said as such.
      return InputError.of(PERCENT.matcher(shown).matches()
          ? InputError.Kind.PERCENT_ABOVE_100 : InputError.Kind.BAD_RATE, at, field, shown);
    }
    Matcher units = UNIT_ALTERNATIVES.matcher(regex);
    String list = units.find() ? units.group(1).replace("|", ", ") : "";
    if (shown.strip().startsWith("-") && shown.strip().length() > 1
        && Character.isDigit(shown.strip().charAt(1))) {
      return InputError.of(InputError.Kind.NEGATIVE, at, field, shown);
    }
    return InputError.of(InputError.Kind.BAD_QUANTITY, at, field, shown, list);
  }

  /** Any percent string, whatever its size. */
  private static final Pattern PERCENT = Pattern.compile("\\s*[0-9]+(\\.[0-9]+)?\\s*[%％]\\s*");

  private static boolean isIntegerOnly(ValidationMessage m) {
    return m.getSchemaNode().toString().contains("integer");
  }

  /** The word for what a field holds, as the messages name it (type.* keys). */
  private static String typeWord(String types) {
    if (types.contains("integer")) {
      return "whole";
    }
    if (types.contains("number") && types.contains("string")) {
      return "amount";
    }
    if (types.contains("number")) {
      return "number";
    }
    if (types.contains("boolean")) {
      return "boolean";
    }
    if (types.contains("array")) {
      return "list";
    }
    if (types.contains("object")) {
      return "object";
    }
    return "text";
  }

  /** The field names the schema allows in each object, keyed by the object's dotted path. */
  private static final JsonNode KNOWN_FIELDS = knownFieldsOfSchema();

  private static JsonNode knownFieldsOfSchema() {
    try {
      JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text());
      com.fasterxml.jackson.databind.node.ObjectNode byPath =
          com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      byPath.set("", root.get("properties"));
      Iterator<String> names = root.get("properties").fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        JsonNode nested = root.get("properties").get(name).get("properties");
        if (nested != null) {
          byPath.set(name, nested);
        }
      }
      return byPath;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String dotted(String pointer) {
    String path = pointer.startsWith("/") ? pointer.substring(1) : pointer;
    return path.replace('/', '.').replace("~1", "/").replace("~0", "~");
  }

  private static String abbreviate(JsonNode value) {
    String text = value == null ? "null" : value.toString();
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}

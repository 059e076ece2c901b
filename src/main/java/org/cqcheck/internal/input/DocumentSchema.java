package org.cqcheck.internal.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cqcheck.input.InputError;

/**
 * A published JSON Schema of an input format (draft 2020-12: the proposal's, the indicator
 * report's), validated with networknt's json-schema-validator; each violation becomes an {@link
 * InputError} in cqcheck's words. A schema references nothing outside itself, so validation never
 * opens a file or a connection. Immutable and thread-safe once built.
 */
final class DocumentSchema {

  /**
   * The kinds of error that name the format: a field unknown to it, and a schemaVersion it does
   * not read.
   */
  record Words(InputError.Kind unknownField, InputError.Kind unknownFieldSuggestion,
      InputError.Kind schemaVersion) {}

  private static final Pattern UNIT_ALTERNATIVES = Pattern.compile("\\(([^()]*\\|[^()]*)\\)\\\\s\\*\\$$");

  private final JsonSchema schema;
  /** The schema's own tree, to find the fields an object may have (for a did-you-mean). */
  private final JsonNode tree;
  private final Words words;

  /** The schema at {@code resource} (a class path resource, as {@link #text} reads it). */
  DocumentSchema(String resource, Words words) {
    this.words = words;
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
    String text = text(resource);
    this.schema = factory.getSchema(text, config);
    try {
      this.tree = new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("the schema " + resource + " is not JSON", e);
    }
  }

  /** The text of the schema at {@code resource}, as published. */
  static String text(String resource) {
    try (InputStream in = DocumentSchema.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the schema " + resource + " is missing from the jar", e);
    }
  }

  /** Every violation of the schema by {@code document}, in cqcheck's words; pointers are relative. */
  List<InputError> validate(JsonNode document) {
    Set<ValidationMessage> messages = schema.validate(document);
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
    // An object alternative that failed inside (an indicator report's figure of the object form,
    // with a bad basis) is said where it failed; that the value is not a number or a string, as
    // the other alternatives wanted, is then no news.
    Set<String> failedInside = new java.util.HashSet<>();
    for (String at : alternatives.keySet()) {
      for (int slash = at.lastIndexOf('/'); slash > 0; slash = at.lastIndexOf('/', slash - 1)) {
        failedInside.add(at.substring(0, slash));
      }
    }
    alternatives.forEach((at, failed) -> {
      boolean onlyTypes = failed.stream().allMatch(m -> m.getType().equals("type"));
      if (!(onlyTypes && failedInside.contains(at))) {
        errors.addAll(translateAlternatives(failed));
      }
    });
    return errors;
  }

  /**
   * A value that fits none of a field's alternatives (a number, or a string with units, or null)
   * fails each of them. What it lacks is said by the alternative of its own type: a rate of 72
   * exceeds the number's maximum, "72" misses the string's pattern. A value of none of their types
   * gets one error naming them all.
   */
  private List<InputError> translateAlternatives(List<ValidationMessage> failed) {
    List<InputError> ofItsType = failed.stream().filter(m -> !m.getType().equals("type"))
        .map(this::translate).toList();
    if (!ofItsType.isEmpty()) {
      return ofItsType;
    }
    ValidationMessage first = failed.get(0);
    String at = first.getInstanceLocation().toString();
    String types = failed.stream().map(m -> m.getSchemaNode().toString())
        .collect(Collectors.joining(","));
    return List.of(InputError.of(InputError.Kind.WRONG_TYPE, at, dotted(at), typeWord(types),
        abbreviate(first.getInstanceNode())));
  }

  private InputError translate(ValidationMessage m) {
    String at = m.getInstanceLocation().toString();
    String field = dotted(at);
    JsonNode value = m.getInstanceNode();
    // Not an object's or a list's text: the messages that name the value are of a scalar, and
    // an unknown field's message has the object as its value, however large (ten thousand
    // unknown fields took minutes).
    String shown = value == null || value.isContainerNode() ? ""
        : value.isTextual() ? value.asText() : value.toString();
    return switch (m.getType()) {
      case "required" -> {
        String missing = at + "/" + m.getProperty();
        yield InputError.of(InputError.Kind.REQUIRED, missing, dotted(missing));
      }
      case "minLength" -> InputError.of(InputError.Kind.REQUIRED, at, field);
      case "additionalProperties" -> {
        String unknown = at + "/" + m.getProperty();
        yield Suggestions.closest(m.getProperty(), knownFields(at))
            .map(s -> InputError.of(words.unknownFieldSuggestion(), unknown, dotted(unknown), s))
            .orElse(InputError.of(words.unknownField(), unknown, dotted(unknown)));
      }
      // As JSON writes it, so that the text "1" shows its quotes beside the number 1 required.
      case "const" -> at.equals("/kind")
          ? InputError.of(InputError.Kind.UNKNOWN_KIND, at, shown, m.getSchemaNode().asText())
          : InputError.of(words.schemaVersion(), at, value == null ? "" : value.toString());
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
      // A year is the one field bounded otherwise than by 0 and 1 (1900 to 2100).
      case "minimum" -> at.endsWith("/year")
          ? InputError.of(InputError.Kind.BAD_YEAR, at, shown)
          : InputError.of(InputError.Kind.NEGATIVE, at, field, shown);
      case "maximum" -> {
        if (at.endsWith("/year")) {
          yield InputError.of(InputError.Kind.BAD_YEAR, at, shown);
        }
        BigDecimal v = value.decimalValue().stripTrailingZeros();
        yield InputError.of(InputError.Kind.RATE_ABOVE_ONE, at, field, v.toPlainString(),
            v.movePointLeft(2).toPlainString(), v.toPlainString() + "%");
      }
      case "pattern" -> pattern(m, at, field, shown);
      default -> InputError.of(InputError.Kind.SCHEMA, at, field, m.getMessage());
    };
  }

  /**
   * A string that is not of the field's form: a date, a span of years, a rate, or an amount with
   * its units.
   */
  private static InputError pattern(ValidationMessage m, String at, String field, String shown) {
    String regex = String.valueOf(m.getArguments()[0]);
    if (at.endsWith("/submittedOn") || at.endsWith("/publishedOn")) {
      return InputError.of(InputError.Kind.BAD_DATE, at, field, shown);
    }
    if (at.endsWith("/span")) {
      return InputError.of(InputError.Kind.BAD_SPAN, at, shown);
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
    if (types.contains("number") && types.contains("string") && types.contains("object")) {
      return "figure";
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

  /**
   * The fields the schema allows in the object at {@code pointer} of a document: found by walking
   * the schema along the pointer, through the properties named, the schema of every other
   * property ({@code additionalProperties}: a report's figures), references and alternatives.
   */
  List<String> knownFields(String pointer) {
    JsonNode node = objectSchema(tree);
    for (String segment : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
      String name = segment.replace("~1", "/").replace("~0", "~");
      JsonNode next = node.path("properties").get(name);
      if (next == null && node.path("additionalProperties").isObject()) {
        next = node.get("additionalProperties");
      }
      if (next == null) {
        return List.of();
      }
      node = objectSchema(next);
    }
    List<String> known = new ArrayList<>();
    node.path("properties").fieldNames().forEachRemaining(known::add);
    return known;
  }

  /**
   * The schema of the object {@code node} describes: itself, what it refers to, or its alternative
   * that is an object.
   */
  private JsonNode objectSchema(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; hops < 8; hops++) {
      JsonNode ref = current.get("$ref");
      if (ref != null && ref.asText().startsWith("#")) {
        current = tree.at(ref.asText().substring(1));
        continue;
      }
      JsonNode anyOf = current.get("anyOf");
      if (anyOf != null && !current.has("properties")) {
        JsonNode withProperties = null;
        for (JsonNode alternative : anyOf) {
          if (alternative.has("properties") || alternative.has("$ref")) {
            withProperties = alternative;
          }
        }
        if (withProperties != null) {
          current = withProperties;
          continue;
        }
      }
      return current;
    }
    return current;
  }

  /** A JSON pointer as a dotted path ("/annual/employees" is annual.employees). */
  static String dotted(String pointer) {
    String path = pointer.startsWith("/") ? pointer.substring(1) : pointer;
    return path.replace('/', '.').replace("~1", "/").replace("~0", "~");
  }

  private static String abbreviate(JsonNode value) {
    String text = value == null ? "null" : value.toString();
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}

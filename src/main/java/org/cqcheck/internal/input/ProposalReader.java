package org.cqcheck.internal.input;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cqcheck.input.InputError;
import org.cqcheck.input.InputFormat;
import org.cqcheck.input.InputOptions;
import org.cqcheck.input.Position;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.Region;
import org.cqcheck.model.RegionLevel;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads proposal files (JSON or YAML, proposal format version 1) into {@link ProposalFile}s. Never
 * throws for bad input: every problem becomes an {@link InputError} with its JSON pointer and, where
 * the parser knows it, its line and column; all problems of a proposal are reported together.
 *
 * <p>A document whose {@code kind} is {@code indicator-report} is an indicator report
 * (docs/INDICATOR-FORMAT.md), read into an entry of its own ({@link ProposalFile.Entry#ofReport});
 * a file, or a list, may hold both. A document with no {@code kind} is a proposal.
 *
 * <p>Shape is checked against the published JSON Schema ({@link ProposalSchema}, {@link
 * IndicatorReportSchema}); the domain checks a schema cannot express follow. Hostile input is refused early and cheaply: files over the size
 * limit are not read, nesting, string and number lengths are capped while parsing, and YAML type
 * tags, anchors and aliases are refused (SnakeYAML's event parser underneath Jackson builds no Java
 * object from a document in any case). Immutable and thread-safe.
 */
public final class ProposalReader {

  private final InputOptions options;
  private final ObjectMapper mapper;
  private final JsonFactory json;
  private final YAMLFactory yaml;
  private final ProposalCheck check;

  public ProposalReader() {
    this(InputOptions.defaults());
  }

  public ProposalReader(InputOptions options) {
    this(options, ProposalCheck.NONE);
  }

  /**
   * @param check warnings on each proposal read without error, beside those of the format (the
   *     checker's: a district the rule data knows under no name)
   */
  public ProposalReader(InputOptions options, ProposalCheck check) {
    this.options = options;
    this.check = check;
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxNestingDepth(InputOptions.MAX_DEPTH)
        .maxStringLength(InputOptions.MAX_STRING_LENGTH)
        .maxNumberLength(InputOptions.MAX_NUMBER_LENGTH)
        .build();
    this.json = JsonFactory.builder()
        .streamReadConstraints(limits)
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();
    this.json.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    LoaderOptions loader = new LoaderOptions();
    loader.setAllowDuplicateKeys(false);
    loader.setMaxAliasesForCollections(0);
    loader.setNestingDepthLimit(InputOptions.MAX_DEPTH);
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, options.maxFileBytes()));
    this.yaml = YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(limits).build();
    this.yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    this.mapper = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .build();
  }

  private ProposalReader(ProposalReader from, ProposalCheck check) {
    this.options = from.options;
    this.check = check;
    this.json = from.json;
    this.yaml = from.yaml;
    this.mapper = from.mapper;
  }

  /** A reader like this one (its parsers shared, being thread-safe) with another check. */
  public ProposalReader withCheck(ProposalCheck check) {
    return new ProposalReader(this, check);
  }

  /** Reads {@code file}; its format is chosen by extension. */
  public ProposalFile read(Path file) {
    String name = file.toString();
    InputFormat format = InputFormat.of(file).orElse(null);
    if (format == null) {
      return failed(name, InputError.of(InputError.Kind.UNKNOWN_EXTENSION, "", ".json, .yaml, .yml"));
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > options.maxFileBytes()) {
        return failed(name, InputError.of(InputError.Kind.TOO_LARGE, "", String.valueOf(size),
            String.valueOf(options.maxFileBytes())));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      return failed(name, InputError.unreadable(e));
    }
    return read(name, bytes, format);
  }

  /** Reads proposals held in memory; {@code name} names them in reports. */
  public ProposalFile read(String name, byte[] bytes, InputFormat format) {
    if (bytes.length > options.maxFileBytes()) {
      return failed(name, InputError.of(InputError.Kind.TOO_LARGE, "",
          String.valueOf(bytes.length), String.valueOf(options.maxFileBytes())));
    }
    String text;
    try {
      text = decodeUtf8(bytes);
    } catch (CharacterCodingException e) {
      return failed(name, InputError.of(InputError.Kind.NOT_UTF8, ""));
    }
    if (text.isBlank()) {
      return failed(name, InputError.of(InputError.Kind.EMPTY, ""));
    }
    LocatingParser parser = null;
    JsonFactory factory = format == InputFormat.JSON ? json : yaml;
    JsonNode root;
    try {
      parser = new LocatingParser(factory.createParser(text), options.fieldPositions());
      root = mapper.readTree(parser);
    } catch (LocatingParser.Refused e) {
      return failed(name, e.error);
    } catch (JacksonException e) {
      return failed(name, syntaxError(e, text, parser == null ? "" : parser.currentPointer()));
    } catch (NumberFormatException e) {
      // Jackson throws this bare, not as a JacksonException, for exponents such as 0e31933193409
      // (found by ProposalFuzzTest).
      String at = parser == null ? "" : parser.currentPointer();
      return failed(name, InputError.of(InputError.Kind.OUT_OF_RANGE, at, ProposalSchema.dotted(at)));
    } catch (IOException e) {
      return failed(name, InputError.unreadable(e));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return failed(name, InputError.of(InputError.Kind.EMPTY, ""));
    }
    List<ProposalFile.Entry> entries = new ArrayList<>();
    FileLocations locations = options.fieldPositions()
        ? FileLocations.recorded(parser)
        : FileLocations.onDemand(text, factory);
    Map<String, Map<String, Position>> positions = options.fieldPositions()
        ? locations.positionsByProposal(root.isArray())
        : Map.of();
    if (root.isArray()) {
      if (root.isEmpty()) {
        return failed(name, InputError.of(InputError.Kind.NO_PROPOSALS_IN_FILE, ""));
      }
      for (int i = 0; i < root.size(); i++) {
        String at = "/" + i;
        entries.add(entry(root.get(i), at, locations, positions.getOrDefault(at, Map.of())));
      }
    } else {
      entries.add(entry(root, "", locations, positions.getOrDefault("", Map.of())));
    }
    return new ProposalFile(name, entries);
  }

  /**
   * One document of the file, read as its {@code kind} says: none for a proposal, {@code
   * indicator-report} for an indicator report; any other kind is an error.
   */
  private ProposalFile.Entry entry(JsonNode document, String location, FileLocations locations,
      Map<String, Position> positions) {
    if (!document.isObject()) {
      return failedEntry(location, null,
          List.of(placed(InputError.of(InputError.Kind.NOT_AN_OBJECT, ""), location, locations)));
    }
    JsonNode kind = document.get("kind");
    if (kind == null && !check.readsProposals()) {
      return ProposalFile.Entry.failed(location, idOf(document),
          List.of(placed(NOT_AN_INDICATOR_REPORT, location, locations)));
    }
    if (kind == null) {
      return proposal(document, location, locations, positions);
    }
    if (kind.isTextual() && kind.asText().equals(IndicatorReportSchema.KIND)) {
      return report(document, location, locations, positions);
    }
    return failedEntry(location, idOf(document), List.of(placed(
        InputError.of(InputError.Kind.UNKNOWN_KIND, "/kind",
            kind.isTextual() ? kind.asText() : kind.toString(), IndicatorReportSchema.KIND),
        location, locations)));
  }

  private ProposalFile.Entry proposal(JsonNode document, String location, FileLocations locations,
      Map<String, Position> positions) {
    check.proposalFound();
    Shape shape = shape(document, ProposalSchema.shared()::validate);
    LocalDate today = LocalDate.now(options.clock());
    ProposalMapper.Mapped mapped = ProposalMapper.map(document, today, shape.errors.isEmpty());
    List<InputError> errors = oneErrorPerField(shape.errors, mapped.errors(), location, locations);
    List<InputError> warnings = shape.warnings;
    if (errors.isEmpty()) {
      warnings.addAll(check.warnings(mapped.proposal()));
    }
    return new ProposalFile.Entry(location, idOf(document),
        errors.isEmpty() ? mapped.proposal() : null, errors,
        inFileOrder(warnings, location, locations), positions);
  }

  /**
   * A report's region, year and span as written, before any check, as a report without figures;
   * null when they cannot be read as such.
   */
  private static IndicatorReport headingOf(JsonNode document) {
    JsonNode region = document.path("region");
    JsonNode year = document.path("year");
    Optional<RegionLevel> level = RegionLevel.ofCode(region.path("level").asText(""));
    if (level.isEmpty() || !year.isIntegralNumber() || !year.canConvertToInt()) {
      return null;
    }
    JsonNode span = document.path("span");
    return new IndicatorReport("", null, new Region(level.get(), region.path("name").asText("")),
        year.asInt(), span.isTextual() ? span.asText() : null, null, null, Map.of());
  }

  /** An indicator report: its schema's checks, then those of the vocabulary. */
  private ProposalFile.Entry report(JsonNode document, String location, FileLocations locations,
      Map<String, Position> positions) {
    check.reportFound(headingOf(document));
    // Read on another thread while this one checks the report's schema; this one waits for it
    // only if it needs it sooner. A run of proposals never reads it.
    IndicatorVocabulary.readAhead();
    Shape shape = shape(document, IndicatorReportSchema.shared()::validate);
    LocalDate today = LocalDate.now(options.clock());
    IndicatorReportMapper.Mapped mapped = IndicatorReportMapper.map(
        document, IndicatorVocabulary.builtIn(), today, shape.errors.isEmpty());
    List<InputError> errors = oneErrorPerField(shape.errors, mapped.errors(), location, locations);
    List<InputError> warnings = shape.warnings;
    warnings.addAll(mapped.warnings());
    if (errors.isEmpty()) {
      warnings.addAll(check.warnings(mapped.report()));
    }
    return ProposalFile.Entry.ofReport(location, idOf(document),
        errors.isEmpty() ? mapped.report() : null, errors,
        inFileOrder(warnings, location, locations), positions);
  }

  /** What a schema said of a document: its errors, and its warnings (unknown fields). */
  private record Shape(List<InputError> errors, List<InputError> warnings) {}

  /**
   * The errors of unusable numbers and of the document's {@code schema}; unknown fields are
   * warnings, or errors under --strict.
   */
  private Shape shape(JsonNode document,
      java.util.function.Function<JsonNode, List<InputError>> schema) {
    List<InputError> errors = new ArrayList<>();
    JsonNode finite = withoutNonFiniteNumbers(document, "", errors);
    List<InputError> warnings = new ArrayList<>();
    for (InputError e : schema.apply(finite)) {
      InputError.Kind refused = REFUSED.get(e.kind());
      if (refused != null && options.strict()) {
        // Refused, not ignored: the message must not say it is ignored.
        errors.add(new InputError(refused, e.location(), e.line(), e.column(), e.args()));
      } else {
        (refused != null ? warnings : errors).add(e);
      }
    }
    return new Shape(errors, warnings);
  }

  /** Each kind of unknown field, with the kind --strict makes of it. */
  private static final Map<InputError.Kind, InputError.Kind> REFUSED = Map.of(
      InputError.Kind.UNKNOWN_FIELD, InputError.Kind.UNKNOWN_FIELD_REFUSED,
      InputError.Kind.UNKNOWN_FIELD_SUGGESTION, InputError.Kind.UNKNOWN_FIELD_SUGGESTION_REFUSED,
      InputError.Kind.UNKNOWN_REPORT_FIELD, InputError.Kind.UNKNOWN_REPORT_FIELD_REFUSED,
      InputError.Kind.UNKNOWN_REPORT_FIELD_SUGGESTION,
      InputError.Kind.UNKNOWN_REPORT_FIELD_SUGGESTION_REFUSED);

  /**
   * One error per problem, in file order: where the schema and a domain check see the same field,
   * the schema's.
   */
  private static List<InputError> oneErrorPerField(List<InputError> shapeErrors,
      List<InputError> domainErrors, String location, FileLocations locations) {
    Map<String, InputError> byField = new LinkedHashMap<>();
    for (InputError e : shapeErrors) {
      byField.putIfAbsent(e.location(), e);
    }
    for (InputError e : domainErrors) {
      byField.putIfAbsent(e.location(), e);
    }
    return inFileOrder(byField.values(), location, locations);
  }

  /**
   * What a reader of indicator reports alone says of a proposal, which a checker of them says of
   * one built in code too.
   */
  public static final InputError NOT_AN_INDICATOR_REPORT =
      InputError.of(InputError.Kind.NOT_AN_INDICATOR_REPORT, "", IndicatorReportSchema.KIND);

  private static String idOf(JsonNode document) {
    JsonNode id = document.get("id");
    return id != null && id.isTextual() ? id.asText() : null;
  }

  /**
   * A copy of {@code node} with NaN and Infinity (NOT_FINITE) and numbers out of range
   * (OUT_OF_RANGE) replaced by null. The schema cannot say "finite"; networknt's minimum/maximum
   * validators throw on NaN (json-schema-validator 1.5.9, MinimumValidator); and a legal exponent
   * such as 1e999999 would later be written out as a million digits. None of these reach it.
   */
  private static JsonNode withoutNonFiniteNumbers(JsonNode node, String at, List<InputError> errors) {
    return hasUnusableNumber(node) ? replaceUnusableNumbers(node, at, errors) : node;
  }

  /** Whether the tree holds a number the schema must not see; most proposals hold none. */
  private static boolean hasUnusableNumber(JsonNode node) {
    if (node.isNumber()) {
      return ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue()))
          || !Quantity.inRange(node.decimalValue());
    }
    for (JsonNode child : node) {
      if (hasUnusableNumber(child)) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode replaceUnusableNumbers(JsonNode node, String at, List<InputError> errors) {
    if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
      errors.add(InputError.of(InputError.Kind.NOT_FINITE, at, ProposalSchema.dotted(at)));
      return com.fasterxml.jackson.databind.node.NullNode.getInstance();
    }
    if (node.isNumber() && !Quantity.inRange(node.decimalValue())) {
      errors.add(InputError.of(InputError.Kind.OUT_OF_RANGE, at, ProposalSchema.dotted(at)));
      return com.fasterxml.jackson.databind.node.NullNode.getInstance();
    }
    if (node.isObject()) {
      com.fasterxml.jackson.databind.node.ObjectNode copy = ((com.fasterxml.jackson.databind.node.ObjectNode) node).deepCopy();
      node.fields().forEachRemaining(f -> copy.set(f.getKey(),
          replaceUnusableNumbers(f.getValue(), at + "/" + f.getKey(), errors)));
      return copy;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode copy = ((com.fasterxml.jackson.databind.node.ArrayNode) node).deepCopy();
      for (int i = 0; i < node.size(); i++) {
        copy.set(i, replaceUnusableNumbers(node.get(i), at + "/" + i, errors));
      }
      return copy;
    }
    return node;
  }

  private static List<InputError> inFileOrder(
      Iterable<InputError> errors, String base, FileLocations locations) {
    List<InputError> placed = new ArrayList<>();
    errors.forEach(e -> placed.add(placed(e, base, locations)));
    placed.sort(Comparator.comparingInt(InputError::line)
        .thenComparingInt(InputError::column)
        .thenComparing(InputError::location));
    return placed;
  }

  /**
   * The error at its place in the file: its pointer under the proposal's, with the line and
   * column of the field, or of the nearest enclosing field that exists (for a missing one).
   */
  private static InputError placed(InputError error, String base, FileLocations locations) {
    InputError absolute = error.under(base);
    String pointer = absolute.location();
    while (true) {
      int[] at = locations.location(pointer);
      if (at != null) {
        return absolute.at(at[0], at[1]);
      }
      if (pointer.isEmpty()) {
        return absolute;
      }
      pointer = pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
    }
  }

  private static final Pattern YAML_MARK = Pattern.compile(" in '[^']*', line (\\d+), column (\\d+):");
  private static final Pattern DUPLICATE_FIELD =
      Pattern.compile("^Duplicate field '(.*)'", Pattern.DOTALL);
  private static final Pattern START_MARKER =
      Pattern.compile("start marker at \\[.*line: (\\d+), column: (\\d+)\\]");

  /**
   * The parser's complaint in cqcheck's words, placed where the problem is. SnakeYAML's own mark is
   * preferred to Jackson's for YAML: it points at the offending character.
   */
  /** The last line of {@code text} that holds anything, or {@code otherwise}. */
  private static String lastLine(String text, String otherwise) {
    return text.lines().filter(l -> !l.isBlank()).reduce((first, second) -> second)
        .orElse(otherwise);
  }

  private static InputError syntaxError(JacksonException e, String text, String pointer) {
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
        : e.getOriginalMessage();
    Matcher mark = YAML_MARK.matcher(original);
    String problem = original;
    // SnakeYAML says what it was reading and where that began, then what it found and where:
    // "while parsing a flow mapping <mark> <snippet> expected ',' or '}' <mark> <snippet>". The
    // second is the problem, at the place it failed; the first, when there is one, its context.
    String context = null;
    if (mark.find()) {
      line = Integer.parseInt(mark.group(1));
      column = Integer.parseInt(mark.group(2));
      problem = lastLine(original.substring(0, mark.start()), original);
      int end = mark.end();
      if (mark.find()) {
        context = problem;
        problem = lastLine(original.substring(end, mark.start()), problem);
        line = Integer.parseInt(mark.group(1));
        column = Integer.parseInt(mark.group(2));
      }
    }
    problem = problem.lines().findFirst().orElse("")
        .replaceAll(" ?\\(StreamReadFeature[^)]*\\)", "")
        .replaceAll(", from `[^`]*`", "");
    InputError error;
    if (e instanceof StreamConstraintsException) {
      error = InputError.of(InputError.Kind.LIMIT_EXCEEDED, pointer, problem);
    } else if (DUPLICATE_FIELD.matcher(original).find()) {
      // The field name may hold a line break or a quote (found by ProposalFuzzTest), so it is
      // taken from the whole message, up to its last quote.
      Matcher duplicate = DUPLICATE_FIELD.matcher(original);
      duplicate.find();
      error = InputError.of(InputError.Kind.DUPLICATE_KEY, pointer, duplicate.group(1));
    } else if (original.contains("\\t(TAB)")) {
      error = InputError.of(InputError.Kind.TAB_INDENT, "");
    } else if (problem.startsWith("Malformed numeric value '.") && problem.matches(".*'[-+]?\\.(?i:nan|inf)'.*")) {
      error = InputError.of(InputError.Kind.NOT_FINITE, pointer, ProposalSchema.dotted(pointer));
    } else if (problem.startsWith("Unexpected end-of-input")) {
      Matcher start = START_MARKER.matcher(original);
      error = start.find()
          ? InputError.of(InputError.Kind.TRUNCATED, "", start.group(1), start.group(2))
          : InputError.of(InputError.Kind.TRUNCATED, "", "?", "?");
    } else if (trailingComma(text, line, column)) {
      error = InputError.of(InputError.Kind.TRAILING_COMMA, "");
    } else {
      error = recognisedSyntaxError(problem)
          .orElse(InputError.of(InputError.Kind.SYNTAX, "", problem.replaceAll(" at \\[Source.*", "")
              + (context == null ? "" : " (" + context + ")")));
    }
    return error.at(line, column);
  }

  /** Jackson's "Unexpected character ('x' (code 120)): was expecting ..." and the like. */
  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("^Unexpected character \\('(.+)' \\(code \\d+\\)\\): was expecting (.*)$");
  private static final Pattern UNRECOGNIZED_TOKEN =
      Pattern.compile("^Unrecognized token '(.*)': was expecting \\(JSON String.*");
  private static final Pattern UNEXPECTED_CLOSE =
      Pattern.compile("^Unexpected close marker '(.)': expected '(.)'.*");

  /**
   * The JSON syntax errors most often met, in words of cqcheck's own (and so in Chinese too):
   * what the file has and what belongs there. Others keep the parser's words.
   */
  private static java.util.Optional<InputError> recognisedSyntaxError(String problem) {
    Matcher m = UNEXPECTED_CHARACTER.matcher(problem);
    if (m.matches()) {
      String expected = switch (m.group(2)) {
        case "comma to separate Object entries" -> "commaBetweenFields";
        case "comma to separate Array entries" -> "commaBetweenItems";
        case "double-quote to start field name" -> "fieldName";
        case "a colon to separate field name and value" -> "colon";
        default -> null;
      };
      return java.util.Optional.ofNullable(expected)
          .map(e -> InputError.of(InputError.Kind.SYNTAX_EXPECTED, "", m.group(1), e));
    }
    Matcher token = UNRECOGNIZED_TOKEN.matcher(problem);
    if (token.matches()) {
      return java.util.Optional.of(
          InputError.of(InputError.Kind.SYNTAX_EXPECTED, "", token.group(1), "value"));
    }
    Matcher close = UNEXPECTED_CLOSE.matcher(problem);
    if (close.matches()) {
      return java.util.Optional.of(InputError.of(InputError.Kind.SYNTAX_EXPECTED, "",
          close.group(1), close.group(2).equals("}") ? "closeObject" : "closeList"));
    }
    if (problem.startsWith("Invalid numeric value: Leading zeroes not allowed")) {
      return java.util.Optional.of(
          InputError.of(InputError.Kind.SYNTAX_EXPECTED, "", "0…", "noLeadingZero"));
    }
    return java.util.Optional.empty();
  }

  /** Whether the character before the error, skipping white space, is a comma. */
  private static boolean trailingComma(String text, int line, int column) {
    if (line <= 0 || column <= 0) {
      return false;
    }
    int offset = 0;
    for (int l = 1; l < line; l++) {
      offset = text.indexOf('\n', offset) + 1;
      if (offset == 0) {
        return false;
      }
    }
    int i = Math.min(text.length(), offset + column - 1) - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && text.charAt(i) == ',' && offset + column - 1 < text.length()
        && "]}".indexOf(text.charAt(offset + column - 1)) >= 0;
  }

  /** Whether this reader reads proposals; a reader of indicator reports alone refuses them. */
  public boolean readsProposals() {
    return check.readsProposals();
  }

  /**
   * The entry of something that could not be read as either kind: counted as a report by a reader
   * of reports alone (a run of cqcheck scorecard holds nothing else), else as a proposal.
   */
  private ProposalFile.Entry failedEntry(String location, String id, List<InputError> errors) {
    return check.readsProposals() ? ProposalFile.Entry.failed(location, id, errors)
        : ProposalFile.Entry.ofReport(location, id, null, errors, List.of(), Map.of());
  }

  private ProposalFile failed(String name, InputError error) {
    return new ProposalFile(name, List.of(failedEntry("", null, List.of(error))));
  }

  /** Strict UTF-8, so that a GBK file is refused rather than read as mojibake; a BOM is dropped. */
  private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

}

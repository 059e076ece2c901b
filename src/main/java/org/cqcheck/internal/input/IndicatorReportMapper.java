package org.cqcheck.internal.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cqcheck.input.InputError;
import org.cqcheck.model.FigureBasis;
import org.cqcheck.model.Fraction;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.Region;
import org.cqcheck.model.RegionLevel;
import org.cqcheck.model.ReportedFigure;

/**
 * Maps one indicator report document (docs/INDICATOR-FORMAT.md) onto an {@link IndicatorReport},
 * and checks what its schema cannot say: that each key of {@code figures} is an indicator of the
 * catalogue's vocabulary, that each value is written in a unit of its indicator's unit kind, that
 * a share lies between 0% and 100%, that amounts, counts and quantities are not negative and
 * counts are whole, that the span runs from an earlier year to a later one, and that publishedOn
 * is a day of the calendar. Values are exact: a number is its decimal, "三分之二" is 2/3.
 *
 * <p>Every problem is reported, each at its JSON pointer; the schema's findings on the same field
 * take precedence in the reader. No report is built while any error stands. One instance maps one
 * document.
 */
final class IndicatorReportMapper {

  /** The fields of a report the mapper reads, in the schema's order. */
  static final List<String> REPORT_FIELDS = List.of("$schema", "schemaVersion", "kind", "id",
      "title", "region", "year", "span", "publishedOn", "source", "figures");
  /** The fields of {@code region}. */
  static final List<String> REGION_FIELDS = List.of("level", "name");
  /** The fields of a figure written as an object. */
  static final List<String> FIGURE_FIELDS = List.of("value", "basis", "quote", "source", "note");

  /** Years a report may describe. */
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2100;

  private static final Pattern SPAN = Pattern.compile("([0-9]{4})-([0-9]{4})");

  /** The format's words for the bases of a figure. */
  private static final Map<String, FigureBasis> BASES = Map.of(
      "exact", FigureBasis.EXACT, "estimate", FigureBasis.ESTIMATE,
      "atLeast", FigureBasis.AT_LEAST, "above", FigureBasis.ABOVE,
      "atMost", FigureBasis.AT_MOST, "below", FigureBasis.BELOW);

  private final JsonNode root;
  private final IndicatorVocabulary vocabulary;
  private final LocalDate today;
  private final List<InputError> errors = new ArrayList<>();
  private final List<InputError> warnings = new ArrayList<>();

  private IndicatorReportMapper(JsonNode root, IndicatorVocabulary vocabulary, LocalDate today) {
    this.root = root;
    this.vocabulary = vocabulary;
    this.today = today;
  }

  /**
   * The result: the report when the document is free of errors (the schema's included), the
   * errors, and the warnings of a report that can be read (a year that is not its span's last).
   */
  record Mapped(IndicatorReport report, List<InputError> errors, List<InputError> warnings) {}

  static Mapped map(JsonNode document, IndicatorVocabulary vocabulary, LocalDate today,
      boolean schemaValid) {
    IndicatorReportMapper mapper = new IndicatorReportMapper(document, vocabulary, today);
    IndicatorReport report = mapper.map();
    boolean valid = schemaValid && mapper.errors.isEmpty() && report != null;
    return new Mapped(valid ? report : null, List.copyOf(mapper.errors),
        List.copyOf(mapper.warnings));
  }

  private IndicatorReport map() {
    String id = text(root.get("id"));
    String title = text(root.get("title"));
    Region region = region(root.get("region"));
    Integer year = year(root.get("year"));
    String span = span(root.get("span"));
    if (year != null && span != null && year != Integer.parseInt(span.substring(5))) {
      warnings.add(InputError.of(InputError.Kind.YEAR_NOT_SPAN_END, "/year",
          String.valueOf(year), span));
    }
    String published = text(root.get("publishedOn"));
    LocalDate publishedOn = published == null ? null
        : DateFields.notAfter(today, published, "/publishedOn", "publishedOn", errors);
    String source = text(root.get("source"));
    Map<String, ReportedFigure> figures = figures(root.get("figures"));
    // Without one of the required fields the schema or a check above has said which.
    if (id == null || id.isEmpty() || region == null || year == null || figures == null) {
      return null;
    }
    return new IndicatorReport(id, title, region, year, span, publishedOn, source, figures);
  }

  private static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.asText() : null;
  }

  /** The region; an unknown level or a missing name is the schema's to report. */
  private static Region region(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    RegionLevel level = RegionLevel.ofCode(String.valueOf(text(node.get("level")))).orElse(null);
    String name = text(node.get("name"));
    return level == null || name == null || name.isBlank() ? null : new Region(level, name.strip());
  }

  /** A whole year from 1900 to 2100; 2015.0 is 2015. */
  private Integer year(JsonNode node) {
    if (node == null || !node.isNumber() || !isFinite(node)) {
      return null;
    }
    BigDecimal value = node.decimalValue();
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      errors.add(InputError.of(InputError.Kind.NOT_WHOLE, "/year", "year",
          value.toPlainString()));
      return null;
    }
    if (value.compareTo(BigDecimal.valueOf(FIRST_YEAR)) < 0
        || value.compareTo(BigDecimal.valueOf(LAST_YEAR)) > 0) {
      errors.add(InputError.of(InputError.Kind.BAD_YEAR, "/year", value.toPlainString()));
      return null;
    }
    return value.intValueExact();
  }

  /** YYYY-YYYY, the earlier year first (a span of one year is the year twice). */
  private String span(JsonNode node) {
    String value = text(node);
    if (value == null) {
      return null;
    }
    if (!isSpan(value)) {
      errors.add(InputError.of(InputError.Kind.BAD_SPAN, "/span", value));
      return null;
    }
    return value;
  }

  /** Whether {@code value} is a span as the format writes it: YYYY-YYYY, the earlier year first. */
  static boolean isSpan(String value) {
    Matcher m = SPAN.matcher(value);
    return m.matches() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2));
  }

  /**
   * What the format does not allow in {@code value} as a figure in {@code unit}: a share outside
   * 0..1 (SHARE_OUT_OF_RANGE), a negative figure but for a growth, change or reduction (NEGATIVE),
   * a count that is not whole (NOT_WHOLE); null when it is allowed.
   */
  static InputError.Kind problemWith(Fraction value, IndicatorUnit unit) {
    if (unit == IndicatorUnit.SHARE) {
      return value.signum() < 0 || value.compareTo(Fraction.of(1, 1)) > 0
          ? InputError.Kind.SHARE_OUT_OF_RANGE : null;
    }
    if (unit != IndicatorUnit.CHANGE && value.signum() < 0) {
      // Growths, changes and reductions may be negative; nothing else may.
      return InputError.Kind.NEGATIVE;
    }
    return unit.isWhole() && !(value.isDecimal()
        && value.numerator().stripTrailingZeros().scale() <= 0)
        ? InputError.Kind.NOT_WHOLE : null;
  }

  /** The figures by key, in the file's order; null when {@code figures} is not an object. */
  private Map<String, ReportedFigure> figures(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    Map<String, ReportedFigure> figures = new LinkedHashMap<>();
    node.fields().forEachRemaining(field -> {
      String key = field.getKey();
      String at = "/figures/" + escaped(key);
      IndicatorVocabulary.Indicator indicator = vocabulary.indicator(key).orElse(null);
      if (indicator == null) {
        // Always an error: a misspelt key would silently leave its targets without data.
        errors.add(vocabulary.closest(key)
            .map(s -> InputError.of(InputError.Kind.UNKNOWN_INDICATOR_SUGGESTION, at, key, s))
            .orElse(InputError.of(InputError.Kind.UNKNOWN_INDICATOR, at, key)));
        return;
      }
      ReportedFigure figure = figure(field.getValue(), at, indicator.unit());
      if (figure != null) {
        figures.put(key, figure);
      }
    });
    return figures;
  }

  /** One figure: a bare value, or an object with its value, basis, quote, source and note. */
  private ReportedFigure figure(JsonNode node, String at, IndicatorUnit unit) {
    if (node.isObject()) {
      JsonNode basisNode = node.get("basis");
      FigureBasis basis = basisNode == null || basisNode.isNull() ? FigureBasis.EXACT
          : BASES.get(text(basisNode));
      JsonNode valueNode = node.get("value");
      if (valueNode == null) {
        return null;
      }
      String written = written(valueNode);
      Fraction value = value(valueNode, at + "/value", unit);
      // An unknown basis is the schema's to report, naming the six.
      return value == null || basis == null ? null : new ReportedFigure(value, basis, written,
          text(node.get("quote")), text(node.get("source")), text(node.get("note")));
    }
    Fraction value = value(node, at, unit);
    return value == null ? null
        : new ReportedFigure(value, FigureBasis.EXACT, written(node), null, null, null);
  }

  /** The value as the file writes it: the string, or the number's digits. */
  private static String written(JsonNode node) {
    if (node.isTextual()) {
      return node.asText();
    }
    return node.isNumber() && isFinite(node) ? node.decimalValue().toPlainString()
        : node.toString();
  }

  /** The value in the base unit of {@code unit}, exactly; null, with the error, if unusable. */
  private Fraction value(JsonNode node, String at, IndicatorUnit unit) {
    String field = DocumentSchema.dotted(at);
    Fraction value;
    if (node.isNumber()) {
      if (!isFinite(node)) {
        errors.add(InputError.of(InputError.Kind.NOT_FINITE, at, field));
        return null;
      }
      if (!Quantity.inRange(node.decimalValue())) {
        // Checked before any arithmetic: 1e999999999 would not fit an expanded number.
        errors.add(InputError.of(InputError.Kind.OUT_OF_RANGE, at, field));
        return null;
      }
      value = Fraction.of(node.decimalValue());
    } else if (node.isTextual()) {
      value = unit.parse(node.asText()).orElse(null);
      if (value == null) {
        errors.add(InputError.of(InputError.Kind.BAD_INDICATOR_UNIT, at, field, node.asText(),
            unit.code(), String.join(", ", unit.unitNames())));
        return null;
      }
    } else {
      // Neither a number nor a string: the schema says what belongs here.
      return null;
    }
    if (!Quantity.inRange(value.numerator())
        || value.denominator().bitLength() > 60) {
      errors.add(InputError.of(InputError.Kind.OUT_OF_RANGE, at, field));
      return null;
    }
    InputError.Kind problem = problemWith(value, unit);
    if (problem == null) {
      return value;
    }
    BigDecimal number = node.isNumber() ? node.decimalValue().stripTrailingZeros() : null;
    // A bare 79 for a share is 79%, written as a percentage number: said as a rate above one is.
    errors.add(problem == InputError.Kind.SHARE_OUT_OF_RANGE && number != null
        && number.compareTo(BigDecimal.valueOf(100)) <= 0 && number.signum() > 0
        ? InputError.of(InputError.Kind.RATE_ABOVE_ONE, at, field, number.toPlainString(),
            number.movePointLeft(2).toPlainString(), number.toPlainString() + "%")
        : InputError.of(problem, at, field, written(node)));
    return null;
  }

  private static boolean isFinite(JsonNode node) {
    return !(node.isDouble() || node.isFloat()) || Double.isFinite(node.doubleValue());
  }

  /** A field name as a JSON pointer segment (RFC 6901), as the parser records it. */
  private static String escaped(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}

package org.cqcheck.internal.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cqcheck.internal.Ahead;

/**
 * The indicators an indicator report may give figures for ({@code rules/indicators.yaml}, from
 * AGGREGATE-TARGETS.md's vocabulary): each key with its meaning, the unit its value is stated in,
 * and its kind. A ratio that is a level or a cumulative figure is a share (0 to 1); a growth, an
 * average growth, a change or a reduction is a ratio that may be negative or above 1. The
 * indicator report reader ({@link IndicatorReportMapper}) reads keys and values through it.
 */
public final class IndicatorVocabulary {

  /** What a figure of an indicator describes. */
  public enum Kind { LEVEL, CUMULATIVE, GROWTH, AVERAGE_GROWTH, CHANGE, REDUCTION }

  /**
   * One indicator.
   *
   * @param key the dotted key, such as {@code industry.grossOutputValueYuan}
   * @param meaning what it measures, with the seeds' Chinese terms
   * @param unit the kind of unit its value is written in
   * @param kind what a figure of it describes
   */
  public record Indicator(String key, String meaning, IndicatorUnit unit, Kind kind) {}

  private static final String RESOURCE = "cqcheck/rules/indicators.yaml";

  private final Map<String, Indicator> byKey;

  private IndicatorVocabulary(Map<String, Indicator> byKey) {
    this.byKey = java.util.Collections.unmodifiableMap(byKey);
  }

  /** Read once, when first asked for; immutable, so the reader and the renderers share it. */
  private static final class Shared {
    static final IndicatorVocabulary VOCABULARY = read();
  }

  /** The built-in vocabulary, read from the jar once. */
  public static IndicatorVocabulary builtIn() {
    return Shared.VOCABULARY;
  }

  private static final AtomicBoolean READ_AHEAD = new AtomicBoolean();

  /**
   * Starts reading the built-in vocabulary on a thread of its own, the first time only: for the
   * reader that has found a report, and for {@code cqcheck scorecard} as it starts.
   */
  public static void readAhead() {
    if (READ_AHEAD.compareAndSet(false, true)) {
      Ahead.start("cqcheck-read-vocabulary", IndicatorVocabulary::builtIn);
    }
  }

  private static IndicatorVocabulary read() {
    try (InputStream in = IndicatorVocabulary.class.getClassLoader()
        .getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return of(new YAMLMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static IndicatorVocabulary of(JsonNode root) {
    Map<String, Indicator> byKey = new LinkedHashMap<>();
    for (JsonNode node : root.path("indicators")) {
      String key = node.path("key").asText();
      Kind kind = Kind.valueOf(node.path("kind").asText().toUpperCase(java.util.Locale.ROOT)
          .replace(' ', '_'));
      Indicator indicator = new Indicator(key, node.path("meaning").asText(),
          unitOf(node.path("unit").asText(), kind), kind);
      if (byKey.put(key, indicator) != null) {
        throw new IllegalStateException(RESOURCE + ": the key " + key + " is listed twice");
      }
    }
    return new IndicatorVocabulary(byKey);
  }

  /**
   * The unit of a catalogue unit kind. A ratio that is a level or a cumulative figure (the parks'
   * share of the span's investment) is a share, 0 to 1; a growth, an average growth, a change or
   * a reduction is a change, which may be negative or above 1.
   */
  static IndicatorUnit unitOf(String unitKind, Kind kind) {
    return switch (unitKind) {
      case "yuan" -> IndicatorUnit.YUAN;
      case "ratio" -> switch (kind) {
        case LEVEL, CUMULATIVE -> IndicatorUnit.SHARE;
        case GROWTH, AVERAGE_GROWTH, CHANGE, REDUCTION -> IndicatorUnit.CHANGE;
      };
      case "count" -> IndicatorUnit.COUNT;
      case "persons" -> IndicatorUnit.PERSONS;
      case "units" -> IndicatorUnit.PRODUCT_UNITS;
      case "tonnes" -> IndicatorUnit.TONNES;
      case "weight-cases" -> IndicatorUnit.WEIGHT_CASES;
      case "m2" -> IndicatorUnit.SQUARE_METRES;
      case "m3" -> IndicatorUnit.CUBIC_METRES;
      case "kW" -> IndicatorUnit.KILOWATTS;
      case "tce-per-10k-yuan" -> IndicatorUnit.TCE_PER_10K_YUAN;
      case "yuan-per-kWh" -> IndicatorUnit.YUAN_PER_KWH;
      case "yuan-per-person-year" -> IndicatorUnit.YUAN_PER_PERSON_YEAR;
      default -> throw new IllegalStateException(RESOURCE + ": unknown unit kind " + unitKind);
    };
  }

  /** Every indicator, in the catalogue's order. */
  public List<Indicator> indicators() {
    return List.copyOf(byKey.values());
  }

  /** The indicator of {@code key}, if the vocabulary has it. */
  public Optional<Indicator> indicator(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The nearest key to a misspelt one, for a did-you-mean. */
  public Optional<String> closest(String key) {
    return Suggestions.closest(key, byKey.keySet());
  }
}

package org.cqcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cqcheck.Checker;
import org.cqcheck.engine.Horizon;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.engine.Target;

/**
 * Generates indicator reports (docs/INDICATOR-FORMAT.md) for benchmarks, repeatably from a seed,
 * as documents ready to write as JSON or YAML. The keys, their unit kinds and kinds come from the
 * vocabulary the jar ships ({@code cqcheck/rules/indicators.yaml}); the years, spans and
 * thresholds from the built-in aggregate targets ({@code Checker.catalogue().targets()}), so that
 * values fall on both sides of the thresholds and every status is seen. Values are written with
 * the Chinese units of the key's unit kind ("1234.56亿元", "12.3%", "0.30个百分点", "88个",
 * "2.70亿台", "1.200吨标准煤/万元"); bases are mostly exact, some estimates and some bounds.
 */
public final class IndicatorReportGenerator {

  /** The horizon years of the built-in targets (but 2009, which has one). */
  static final int[] YEARS = {2008, 2010, 2012, 2013, 2015, 2021, 2025};

  private static final String VOCABULARY = "cqcheck/rules/indicators.yaml";
  private static final String[] DISTRICTS = {"长寿区", "万州区", "江津区", "涪陵区", "渝北区"};
  private static final String[] PARKS = {"两江新区", "西永综合保税区", "长寿经济技术开发区"};

  /**
   * One key of the vocabulary: its unit kind (yuan, ratio, count...), kind (level...) and the
   * Chinese term its meaning gives, for quotes.
   */
  record Indicator(String key, String unit, String kind, String term) {
    /** Whether its figure is over a span: cumulative, average growth or reduction. */
    boolean overSpan() {
      return kind.equals("cumulative") || kind.equals("average growth")
          || kind.equals("reduction");
    }
  }

  private final List<Indicator> vocabulary;
  /** Key → the thresholds of the targets on it, in the key's base unit. */
  private final Map<String, List<BigDecimal>> thresholds = new HashMap<>();
  /** "2015" or "2011-2015" → the keys of the targets of that horizon or span. */
  private final Map<String, List<String>> keysOf = new HashMap<>();
  private final Map<String, Indicator> byKey = new LinkedHashMap<>();
  private final Random random;
  /** Ids are numbered across calls, so that no two reports of one generator share an id. */
  private int generated;

  public IndicatorReportGenerator(long seed) {
    this.random = new Random(seed);
    this.vocabulary = readVocabulary();
    vocabulary.forEach(i -> byKey.put(i.key(), i));
    for (RuleInfo rule : Checker.withDefaultRules().catalogue().targets()) {
      Target target = rule.target().orElseThrow();
      Horizon horizon = rule.horizon().orElseThrow();
      thresholds.computeIfAbsent(target.indicator(), k -> new ArrayList<>())
          .add(target.threshold().decimal(12));
      String when = horizon.span() ? horizon.from() + "-" + horizon.to() : "" + horizon.to();
      keysOf.computeIfAbsent(when, k -> new ArrayList<>()).add(target.indicator());
    }
  }

  /** How many keys the vocabulary has: the most figures one report can carry. */
  public int vocabularySize() {
    return vocabulary.size();
  }

  /**
   * The city's report for 2015 and the span 2011-2015 (the horizon and span of CQ2012's 67
   * targets) with a figure under every key of the vocabulary.
   */
  public Map<String, Object> scorecard() {
    return scorecard(vocabulary.size());
  }

  /** As {@link #scorecard()}, with figures under the vocabulary's first {@code count} keys only. */
  public Map<String, Object> scorecard(int count) {
    Map<String, Object> figures = new LinkedHashMap<>();
    for (Indicator indicator : vocabulary.subList(0, Math.min(count, vocabulary.size()))) {
      figures.put(indicator.key(), figure(indicator));
    }
    return document("CQ-CITY-2015-ALL-KEYS", "重庆市工业和信息化主要指标（2015年，每个指标）",
        "city", "重庆市", 2015, "2011-2015", LocalDate.of(2016, 2, 4), figures);
  }

  /**
   * {@code count} reports: years among the targets' horizons, mostly the city's (a district's or a
   * park's finds no built-in target), with the five-year span ending in the year (one time in ten
   * none), and 5 to 40 figures, most under keys of targets that apply.
   */
  public List<Map<String, Object>> generate(int count) {
    List<Map<String, Object>> reports = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      reports.add(next("GEN-R-" + generated++));
    }
    return reports;
  }

  private Map<String, Object> next(String id) {
    int year = YEARS[random.nextInt(YEARS.length)];
    String span = spanFor(year);
    int r = random.nextInt(20);
    String level = r < 17 ? "city" : r < 19 ? "district" : "park";
    String name = switch (level) {
      case "city" -> "重庆市";
      case "district" -> pick(DISTRICTS);
      default -> pick(PARKS);
    };
    // The keys of targets that apply first, then any key; a figure over a span only in a report
    // that has one.
    List<String> applying = new ArrayList<>(keysOf.getOrDefault("" + year, List.of()));
    if (span != null) {
      applying.addAll(keysOf.getOrDefault(span, List.of()));
    }
    int wanted = 5 + random.nextInt(36);
    Set<String> keys = new LinkedHashSet<>();
    for (int tries = 0; keys.size() < wanted && tries < 1000; tries++) {
      String key = !applying.isEmpty() && random.nextInt(10) < 7
          ? applying.get(random.nextInt(applying.size()))
          : vocabulary.get(random.nextInt(vocabulary.size())).key();
      if (span != null || !byKey.get(key).overSpan()) {
        keys.add(key);
      }
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    for (String key : keys) {
      figures.put(key, figure(byKey.get(key)));
    }
    LocalDate published = random.nextInt(10) < 8
        ? LocalDate.of(year + 1, 1, 15).plusDays(random.nextInt(60))
        : LocalDate.of(year, 12, 1).plusDays(random.nextInt(25));
    String title = name + year + "年工业和信息化主要指标（生成）";
    return document(id, title, level, name, year, span, published, figures);
  }

  /**
   * The five-year span ending in {@code year}, one time in ten none. Of the horizon years, only
   * 2010, 2012, 2015 and 2025 end the span of a target; 2004-2008, 2009-2013 and 2017-2021 are
   * spans no target has.
   */
  private String spanFor(int year) {
    return random.nextInt(10) == 0 ? null : (year - 4) + "-" + year;
  }

  private static Map<String, Object> document(String id, String title, String level, String name,
      int year, String span, LocalDate published, Map<String, Object> figures) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("schemaVersion", 1);
    d.put("kind", "indicator-report");
    d.put("id", id);
    d.put("title", title);
    d.put("region", map("level", level, "name", name));
    d.put("year", year);
    if (span != null) {
      d.put("span", span);
    }
    d.put("publishedOn", published.toString());
    d.put("source", "generated-" + id + ".txt");
    d.put("figures", figures);
    return d;
  }

  /**
   * A figure: mostly exact (a bare value half the time), one in ten an estimate, the rest bounds
   * (at least, above, at most, below); most written out with a quote.
   */
  private Object figure(Indicator indicator) {
    String value = value(indicator);
    int r = random.nextInt(100);
    String basis = r < 72 ? "exact" : r < 82 ? "estimate" : r < 89 ? "atLeast" : r < 92 ? "above"
        : r < 97 ? "atMost" : "below";
    if (basis.equals("exact") && random.nextBoolean()) {
      return value;
    }
    Map<String, Object> figure = new LinkedHashMap<>();
    figure.put("value", value);
    if (!basis.equals("exact")) {
      figure.put("basis", basis);
    }
    if (random.nextInt(10) < 8) {
      String word = switch (basis) {
        case "estimate" -> "预计达到";
        case "atLeast" -> "迈上";
        case "above" -> "突破";
        case "atMost" -> "控制在";
        case "below" -> "不到";
        default -> "达到";
      };
      figure.put("quote", "全市" + indicator.term() + word + value);
    }
    return figure;
  }

  /** A value in the key's unit, near one of its targets' thresholds, with a Chinese unit. */
  private String value(Indicator indicator) {
    List<BigDecimal> near = thresholds.get(indicator.key());
    double x = near == null || near.isEmpty() ? typical(indicator)
        : near.get(random.nextInt(near.size())).doubleValue() * (0.75 + random.nextDouble() * 0.5);
    return switch (indicator.unit()) {
      case "yuan" -> x >= 1e12 && random.nextBoolean() ? digits(x / 1e12, 3) + "万亿元"
          : x >= 1e8 ? digits(x / 1e8, 2) + "亿元" : digits(x / 1e4, 1) + "万元";
      case "ratio" -> ratio(indicator, x);
      case "count" -> Math.round(x) + pick(new String[] {"个", "家", "户", "项", "件"});
      case "persons" -> x >= 1e4 ? digits(x / 1e4, 1) + "万人" : Math.round(x) + "人";
      case "units" -> x >= 1e8 ? digits(x / 1e8, 2) + "亿台" : digits(x / 1e4, 1) + "万台";
      case "tonnes" -> x >= 1e4 ? digits(x / 1e4, 1) + "万吨" : Math.round(x) + "吨";
      case "weight-cases" -> digits(x / 1e4, 1) + "万重量箱";
      case "m2" -> digits(x / 1e4, 1) + "万平方米";
      case "m3" -> x >= 1e8 ? digits(x / 1e8, 2) + "亿立方米" : digits(x / 1e4, 1) + "万立方米";
      case "kW" -> digits(x / 1e4, 1) + "万千瓦";
      case "tce-per-10k-yuan" -> digits(x, 3) + "吨标准煤/万元";
      case "yuan-per-kWh" -> digits(x, 2) + (random.nextBoolean() ? "元/度" : "元/千瓦时");
      case "yuan-per-person-year" -> digits(x / 1e4, 1) + "万元/人";
      default -> throw new IllegalStateException("unknown unit kind " + indicator.unit());
    };
  }

  /** A share (a level) within 0..100%; a growth, change or reduction as published. */
  private String ratio(Indicator indicator, double x) {
    if (indicator.kind().equals("level")) {
      double share = Math.max(0, Math.min(1, x));
      return random.nextInt(4) == 0 ? digits(share, 4) : digits(share * 100, 1) + "%";
    }
    if (indicator.kind().equals("change")) {
      return digits(x * 100, 2) + "个百分点";
    }
    // Now and then a decline, as a published growth may be.
    double growth = indicator.kind().equals("growth") && random.nextInt(10) == 0 ? -x : x;
    return digits(growth * 100, 1) + "%";
  }

  /** A plausible magnitude for a key no target names. */
  private double typical(Indicator indicator) {
    double f = 0.5 + random.nextDouble();
    return switch (indicator.unit()) {
      case "yuan" -> 5e11 * f;
      case "ratio" -> 0.2 * f;
      case "count" -> 40 * f;
      case "persons" -> 2e5 * f;
      case "units" -> 5e6 * f;
      case "tonnes" -> 2e7 * f;
      case "weight-cases" -> 5e6 * f;
      case "m2" -> 1e7 * f;
      case "m3" -> 1e9 * f;
      case "kW" -> 2e7 * f;
      case "tce-per-10k-yuan" -> 1.2 * f;
      case "yuan-per-kWh" -> 30 * f;
      default -> 3e5 * f;
    };
  }

  private static String digits(double x, int scale) {
    return new BigDecimal(x, MathContext.DECIMAL64).setScale(scale, RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static List<Indicator> readVocabulary() {
    try (InputStream in = Checker.class.getClassLoader().getResourceAsStream(VOCABULARY)) {
      if (in == null) {
        throw new IllegalStateException(VOCABULARY + " is not on the class path");
      }
      List<Indicator> keys = new ArrayList<>();
      for (JsonNode node : new YAMLMapper().readTree(in).path("indicators")) {
        String meaning = node.path("meaning").asText();
        int open = meaning.lastIndexOf('(');
        String term = open < 0 ? meaning
            : meaning.substring(open + 1).replaceAll("[);].*", "").strip();
        keys.add(new Indicator(node.path("key").asText(), node.path("unit").asText(),
            node.path("kind").asText(), term));
      }
      return List.copyOf(keys);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + VOCABULARY, e);
    }
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }
}

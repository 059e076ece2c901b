package org.cqcheck.internal.ruletest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cqcheck.Checker;
import org.cqcheck.engine.Evidence;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Horizon;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.engine.Status;
import org.cqcheck.input.InputFormat;
import org.cqcheck.model.Fraction;
import org.cqcheck.internal.report.FigureFormat;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Verdict;

/**
 * Runs rule tests: YAML files of described cases, each a proposal (a minimal proposal, the file's
 * {@code base} and the case's {@code given}, as dotted paths; null removes a field), an optional
 * as-of date, and what to expect. Expectations name rule ids and statuses
 * ({@code CQ2012-ROE: WARN}), or, for the file's {@code rule}, a status with figures
 * ({@code {status: PASS, actual: 25, required: 25}}; for NOT_APPLICABLE, optionally the
 * {@code reason}: OUT_OF_SCOPE, ADDS_NO_CAPACITY...), optionally the verdict and the kinds of the
 * input warnings ({@code warnings: [UNKNOWN_DISTRICT_SUGGESTION]}). {@code ABSENT} means the rule
 * is not in force. Every case goes through the real reader and rules. Stateless; thread-safe.
 */
public final class RuleTestRunner {

  // Decimals stay exact: a case's 0.0165 is the decimal, not the nearest double.
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Checker checker;

  public RuleTestRunner(Checker checker) {
    this.checker = checker;
  }

  /** One case and what came of it. */
  public record CaseResult(String file, String kind, String name, List<String> failures,
      Map<String, Status> observed) {
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  /** Per rule: how many cases asserted it, and whether it was seen to pass and to miss. */
  public record Coverage(String ruleId, int cases, boolean seenPass, boolean seenMiss) {}

  /** The whole run: cases in file order, coverage of every rule, and files that could not be read. */
  public record Run(List<CaseResult> cases, List<Coverage> coverage, List<String> fileErrors) {
    public boolean passed() {
      return fileErrors.isEmpty() && cases.stream().allMatch(CaseResult::passed);
    }

    /** Whether every rule was asserted, and seen both to pass and to miss (FAIL or WARN). */
    public boolean fullyCovered() {
      return coverage.stream().allMatch(c -> c.cases() > 0 && c.seenPass() && c.seenMiss());
    }
  }

  /**
   * Runs every {@code *.yaml} file under {@code directory} (the aggregate targets' cases are in
   * its {@code aggregate/}), in sorted order.
   */
  public Run run(Path directory) throws IOException {
    return run(List.of(directory));
  }

  /**
   * Runs every {@code *.yaml} file of each of {@code directories} in turn (the built-in rules'
   * tests and a rule pack's, say), each directory's in sorted order, with one coverage of them all.
   */
  public Run run(List<Path> directories) throws IOException {
    List<CaseResult> results = new ArrayList<>();
    List<String> fileErrors = new ArrayList<>();
    for (Path directory : directories) {
      List<Path> files;
      try (Stream<Path> list = Files.walk(directory)) {
        files = list.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
            .sorted().toList();
      }
      if (files.isEmpty()) {
        fileErrors.add(directory + ": no rule test files (*.yaml)");
      }
      for (Path file : files) {
        try {
          results.addAll(runFile(file));
        } catch (IOException | IllegalArgumentException e) {
          fileErrors.add(file + ": " + e.getMessage());
        }
      }
    }
    return new Run(results, coverage(results), fileErrors);
  }

  /** Runs the cases of one file. */
  public List<CaseResult> runFile(Path file) throws IOException {
    JsonNode doc = YAML.readTree(file.toFile());
    if (doc == null || !doc.path("cases").isArray()) {
      throw new IllegalArgumentException("expected a mapping with a list of cases");
    }
    List<CaseResult> results = new ArrayList<>();
    for (JsonNode c : doc.path("cases")) {
      results.add(runCase(file.getFileName().toString(), doc, c));
    }
    return results;
  }

  private CaseResult runCase(String file, JsonNode doc, JsonNode c) throws IOException {
    Optional<RuleInfo> target = checker.catalogue().rule(doc.path("rule").asText())
        .filter(RuleInfo::isTarget);
    if (target.isPresent()) {
      return runTargetCase(file, doc, c, target.get());
    }
    ObjectNode proposal = minimalProposal();
    apply(proposal, doc.path("base"));
    apply(proposal, c.path("given"));
    String name = c.path("name").asText("(unnamed)");
    String kind = c.path("kind").asText("");
    List<String> failures = new ArrayList<>();
    Map<String, Status> observed = new LinkedHashMap<>();
    LocalDate asOf;
    try {
      String text = c.has("asOf") ? c.get("asOf").asText() : doc.path("asOf").asText(null);
      asOf = text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return new CaseResult(file, kind, name, List.of("asOf is not a date: " + e.getParsedString()),
          observed);
    }
    List<CheckResult> results =
        (asOf == null ? checker : checker.asOf(asOf))
            .check(file, JSON.writeValueAsBytes(proposal), InputFormat.JSON);
    CheckResult result = results.get(0);
    for (Map.Entry<String, JsonNode> e : expectations(doc, c).entrySet()) {
      String ruleId = e.getKey();
      JsonNode expect = e.getValue();
      String status = expect.isTextual() ? expect.asText() : expect.path("status").asText();
      Optional<Finding> finding =
          result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
      finding.ifPresent(f -> observed.put(ruleId, f.status()));
      if (status.equals("ABSENT")) {
        finding.ifPresent(f -> failures.add(ruleId + ": expected not in force, got " + f.status()));
        continue;
      }
      if (result.verdict() == Verdict.ERROR) {
        failures.add(ruleId + ": the proposal was not checked: " + result.errors());
        continue;
      }
      if (finding.isEmpty()) {
        failures.add(ruleId + ": expected " + status + ", but the rule is not in force");
        continue;
      }
      Finding f = finding.get();
      if (!f.status().name().equals(status)) {
        failures.add(ruleId + ": expected " + status + ", got " + f.status());
      }
      if (expect.isObject()) {
        compareFigures(ruleId, expect, f, result, failures);
      }
    }
    return new CaseResult(file, kind, name, failures, observed);
  }

  /**
   * A case of an aggregate target: an indicator report of the target's region (the city unless
   * its @region names another), of its horizon year or its span (with the span's last year), with
   * the case's {@code given} as its figures and its {@code report} overriding year, span or
   * region; read by the real reader and checked by the real rules.
   */
  private CaseResult runTargetCase(String file, JsonNode doc, JsonNode c, RuleInfo rule)
      throws IOException {
    String name = c.path("name").asText("(unnamed)");
    String kind = c.path("kind").asText("");
    ObjectNode report = indicatorReport(rule);
    JsonNode overrides = c.path("report");
    overrides.fields().forEachRemaining(e -> report.set(e.getKey(), e.getValue()));
    ObjectNode figures = report.putObject("figures");
    c.path("given").fields().forEachRemaining(e -> figures.set(e.getKey(), e.getValue()));
    List<String> failures = new ArrayList<>();
    Map<String, Status> observed = new LinkedHashMap<>();
    CheckResult result = checker.check(file, JSON.writeValueAsBytes(report), InputFormat.JSON)
        .get(0);
    for (Map.Entry<String, JsonNode> e : expectations(doc, c).entrySet()) {
      String ruleId = e.getKey();
      JsonNode expect = e.getValue();
      String status = expect.isTextual() ? expect.asText() : expect.path("status").asText();
      if (result.verdict() == Verdict.ERROR) {
        failures.add(ruleId + ": the report was not checked: " + result.errors());
        continue;
      }
      Optional<Finding> finding =
          result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
      if (finding.isEmpty()) {
        failures.add(ruleId + ": expected " + status + ", but there is no such target");
        continue;
      }
      Finding f = finding.get();
      observed.put(ruleId, f.status());
      if (!f.status().name().equals(status)) {
        failures.add(ruleId + ": expected " + status + ", got " + f.status());
      }
      if (expect.isObject()) {
        // A target's figures compare exactly, as fractions: 2/3 is not 0.6666666667.
        ObjectNode rest = ((ObjectNode) expect).deepCopy();
        exact(ruleId, "actual", rest.remove("actual"), f.evidence() instanceof Evidence.Reading r
            ? r.figure().value() : null, failures);
        exact(ruleId, "required", rest.remove("required"),
            f.rule().target().orElseThrow().threshold(), failures);
        compareFigures(ruleId, rest, f, result, failures);
        boolean onEstimate = f.evidence() instanceof Evidence.Reading r && r.onEstimate();
        if (expect.has("onEstimate") && expect.get("onEstimate").asBoolean() != onEstimate) {
          failures.add(ruleId + ": expected " + (onEstimate ? "no mention of" : "a mention of")
              + " an estimate");
        }
      }
    }
    return new CaseResult(file, kind, name, failures, observed);
  }

  private static void exact(String ruleId, String what, JsonNode expected, Fraction actual,
      List<String> failures) {
    if (expected == null) {
      return;
    }
    Optional<Fraction> wanted = expected.isNull() ? Optional.empty()
        : Fraction.parse(expected.asText());
    boolean same = expected.isNull() ? actual == null
        : wanted.isPresent() && actual != null && wanted.get().compareTo(actual) == 0;
    if (!same) {
      failures.add(ruleId + ": expected " + what + " " + expected.asText() + ", got " + actual);
    }
  }

  /** The report a target's case starts from: its region, and its horizon year or its span. */
  static ObjectNode indicatorReport(RuleInfo target) {
    Horizon horizon = target.horizon().orElseThrow();
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    r.put("schemaVersion", 1);
    r.put("kind", "indicator-report");
    r.put("id", "CASE");
    ObjectNode region = r.putObject("region");
    region.put("level", horizon.level().code());
    region.put("name", horizon.regionName().orElse("重庆市"));
    r.put("year", horizon.to());
    if (horizon.span()) {
      r.put("span", horizon.from() + "-" + horizon.to());
    }
    return r;
  }

  /**
   * The proposal's value a finding rests on when it is not a number, as a case file writes it
   * ({@code actualText}): a flag's true or false, the codes held, the park; else null.
   */
  private static String proposalValue(Evidence evidence) {
    if (evidence instanceof Evidence.Flag flag) {
      return String.valueOf(flag.value());
    }
    if (evidence instanceof Evidence.Codes codes) {
      return String.join(", ", codes.held());
    }
    if (evidence instanceof Evidence.Name name) {
      return name.value();
    }
    return null;
  }

  private static void compareFigures(
      String ruleId, JsonNode expect, Finding f, CheckResult result, List<String> failures) {
    number(ruleId, "actual", expect, FigureFormat.forMachine(f.actual()), failures);
    number(ruleId, "required", expect, FigureFormat.forMachine(f.required()), failures);
    String value = proposalValue(f.evidence());
    if (expect.has("actualText") && !expect.get("actualText").asText().equals(value)) {
      failures.add(ruleId + ": expected actual text " + expect.get("actualText") + ", got "
          + value);
    }
    if (expect.has("missing")) {
      List<String> missing = new ArrayList<>();
      expect.get("missing").forEach(m -> missing.add(m.asText()));
      if (!missing.equals(f.missingFields())) {
        failures.add(ruleId + ": expected missing " + missing + ", got " + f.missingFields());
      }
    }
    if (expect.has("zeroDivisor")
        && !expect.get("zeroDivisor").asText().equals(f.zeroDivisor())) {
      failures.add(ruleId + ": expected zero divisor " + expect.get("zeroDivisor").asText()
          + ", got " + f.zeroDivisor());
    }
    if (expect.has("quote") && !expect.get("quote").asText().equals(f.quote())) {
      failures.add(ruleId + ": expected to cite 「" + expect.get("quote").asText() + "」, cites 「"
          + f.quote() + "」");
    }
    if (expect.has("reason") && (f.notApplicable() == null
        || !expect.get("reason").asText().equals(f.notApplicable().name()))) {
      failures.add(ruleId + ": expected not applicable because " + expect.get("reason").asText()
          + ", got " + f.notApplicable());
    }
    if (expect.has("warnings")) {
      List<String> expected = new ArrayList<>();
      expect.get("warnings").forEach(w -> expected.add(w.asText()));
      List<String> warned = result.warnings().stream().map(w -> w.kind().name()).toList();
      if (!expected.equals(warned)) {
        failures.add("warnings: expected " + expected + ", got " + warned);
      }
    }
    if (expect.has("verdict") && !expect.get("verdict").asText().equals(result.verdict().name())) {
      failures.add("verdict: expected " + expect.get("verdict").asText() + ", got "
          + result.verdict());
    }
  }

  private static void number(String ruleId, String what, JsonNode expect, BigDecimal actual,
      List<String> failures) {
    if (!expect.has(what)) {
      return;
    }
    JsonNode expected = expect.get(what);
    boolean same = expected.isNull() ? actual == null
        : actual != null && actual.compareTo(new BigDecimal(expected.asText())) == 0;
    if (!same) {
      failures.add(ruleId + ": expected " + what + " " + expected.asText() + ", got "
          + (actual == null ? "null" : actual.toPlainString()));
    }
  }

  /** Rule id → expectation: the file's rule with {@code expect}, or the rule ids listed in it. */
  private static Map<String, JsonNode> expectations(JsonNode doc, JsonNode c) {
    Map<String, JsonNode> expectations = new LinkedHashMap<>();
    JsonNode expect = c.path("expect");
    if (expect.has("status")) {
      expectations.put(doc.path("rule").asText(), expect);
    } else {
      expect.fields().forEachRemaining(e -> expectations.put(e.getKey(), e.getValue()));
    }
    return expectations;
  }

  private List<Coverage> coverage(List<CaseResult> results) {
    List<Coverage> coverage = new ArrayList<>();
    List<RuleInfo> all = new ArrayList<>(checker.catalogue().rules());
    all.addAll(checker.catalogue().targets());
    for (RuleInfo rule : all) {
      int cases = 0;
      boolean pass = false;
      boolean miss = false;
      for (CaseResult r : results) {
        Status s = r.observed().get(rule.id());
        if (s != null) {
          cases++;
          pass |= s == Status.PASS;
          miss |= s == Status.FAIL || s == Status.WARN;
        }
      }
      coverage.add(new Coverage(rule.id(), cases, pass, miss));
    }
    return coverage;
  }

  /** The proposal every case starts from: only the five required fields. */
  public static ObjectNode minimalProposal() {
    ObjectNode p = JsonNodeFactory.instance.objectNode();
    p.put("schemaVersion", 1);
    p.put("id", "CASE");
    p.put("submittedOn", "2013-03-15");
    p.put("sector", "consumer");
    p.put("subsector", "food");
    p.put("projectType", "new");
    return p;
  }

  /** Sets each dotted path of {@code given} on {@code proposal}; a null value removes the field. */
  static void apply(ObjectNode proposal, JsonNode given) {
    Iterator<Map.Entry<String, JsonNode>> fields = given.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      String[] parts = e.getKey().split("\\.");
      ObjectNode parent = proposal;
      for (int i = 0; i < parts.length - 1; i++) {
        JsonNode child = parent.get(parts[i]);
        parent = child instanceof ObjectNode o ? o : parent.putObject(parts[i]);
      }
      String last = parts[parts.length - 1];
      if (e.getValue().isNull()) {
        parent.remove(last);
      } else {
        parent.set(last, e.getValue());
      }
    }
  }
}

package org.cqcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.cqcheck.engine.Evidence;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Horizon;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.engine.Severity;
import org.cqcheck.engine.Status;
import org.cqcheck.engine.Target;
import org.cqcheck.input.InputError;
import org.cqcheck.input.Position;
import org.cqcheck.internal.report.FigureFormat;
import org.cqcheck.internal.report.FindingText;
import org.cqcheck.internal.report.IndicatorUnits;
import org.cqcheck.internal.report.Messages;

/**
 * SARIF 2.1.0, for code-scanning views: a {@code tool.driver.rules} entry per rule with its source,
 * and one result per finding that is not PASS or NOT_APPLICABLE, located at the proposal file and,
 * where known, the line of the field the metric reads. The aggregate targets of a run's indicator
 * reports are rules too, after the two for inputs, with no default level (a target has no
 * severity): a result of one is an error when its target is missed, a warning when its figure
 * cannot decide it, a note when the report gives no figure, and is located at the report's figure
 * under the target's indicator key, else at the report's file. An input that could not be read or
 * validated is a result too, of the rule {@value #INPUT_RULE} (right after the rule set's rules),
 * level error, naming every problem of the input and located at the first: consumers that read
 * only results (code-scanning views, converters to JUnit or Markdown) would otherwise show a broken
 * proposal as clean. Each of its problems is also a tool execution notification. The model is the
 * handful of records below, serialised by Jackson; only what cqcheck fills in is modelled.
 */
final class SarifRenderer implements ReportRenderer {

  @Override
  public boolean pointsAtLines() {
    return true;
  }

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /**
   * The run's {@code automationDetails.id}: category "cqcheck", no run id. GitHub code scanning
   * files analyses by it (a later upload of the same category replaces the earlier one); the
   * upload-sarif action's {@code category} input then no longer applies, as the action sets an id
   * only where a run has none.
   */
  static final String AUTOMATION_ID = "cqcheck/";

  /** Where to learn about cqcheck: the project's URL in pom.xml, which the build filters in. */
  static final String INFORMATION_URI = buildProperty("url");

  /** The rule id of results for inputs that could not be read or validated. */
  static final String INPUT_RULE = "INPUT-ERROR";
  /**
   * The rule id of what was read but not understood (an unknown field, a district under no known
   * name): a warning at its place, so that CI views that show results show it, with its
   * did-you-mean.
   */
  static final String INPUT_WARNING_RULE = "INPUT-WARNING";

  private static final ObjectMapper MAPPER = JsonMapper.builder(
          new JsonFactoryBuilder().characterEscapes(Escaping.JSON).build())
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

  record Run(Tool tool, AutomationDetails automationDetails, List<Invocation> invocations,
      List<Artifact> artifacts, List<Result> results, Map<String, Object> properties) {}

  record Tool(Driver driver) {}

  record Driver(String name, String fullName, String version, String informationUri,
      String language, List<Rule> rules) {}

  record AutomationDetails(String id) {}

  record Rule(String id, String name, Text shortDescription, Text fullDescription, Text help,
      Configuration defaultConfiguration, Map<String, Object> properties) {}

  record Text(String text) {}

  record Configuration(String level) {}

  record Invocation(boolean executionSuccessful, List<Notification> toolExecutionNotifications) {}

  record Notification(String level, Text message, List<Location> locations) {}

  record Artifact(ArtifactLocation location) {}

  record Result(String ruleId, int ruleIndex, String level, Text message, List<Location> locations,
      List<Suppression> suppressions, Map<String, Object> properties) {}

  record Suppression(String kind, String status, String justification) {}

  record Location(PhysicalLocation physicalLocation) {}

  record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  record ArtifactLocation(String uri) {}

  record Region(int startLine, int startColumn) {}

  @Override
  public void render(Report report, RenderOptions options, Writer out) throws IOException {
    Words words = Words.of(options.language());
    Messages messages = words.messages();
    FindingText text = words.text();
    boolean zh = options.language().chinese();
    List<Rule> rules = new ArrayList<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (RuleInfo rule : report.rules()) {
      index.put(rule.id(), rules.size());
      rules.add(rule(rule, zh));
    }
    int inputRule = rules.size();
    rules.add(new Rule(INPUT_RULE, pascal(INPUT_RULE), new Text(messages.get("sarif.input.short")),
        new Text(messages.get("sarif.input.full")),
        new Text(messages.get("sarif.input.full") + " " + messages.get("sarif.input.help")),
        new Configuration("error"), null));
    int inputWarningRule = rules.size();
    rules.add(new Rule(INPUT_WARNING_RULE, pascal(INPUT_WARNING_RULE),
        new Text(messages.get("sarif.inputWarning.short")),
        new Text(messages.get("sarif.inputWarning.full")),
        new Text(messages.get("sarif.inputWarning.full") + " "
            + messages.get("sarif.inputWarning.help")),
        new Configuration("warning"), null));
    // The aggregate targets of the scorecards, after the rules for inputs: the rule set's rules
    // and those two keep their indices whether or not the run holds indicator reports.
    Map<String, RuleInfo> targets = new java.util.TreeMap<>();
    for (CheckResult r : report.results()) {
      for (Finding f : r.findings()) {
        if (f.rule().isTarget()) {
          targets.putIfAbsent(f.ruleId(), f.rule());
        }
      }
    }
    for (RuleInfo target : targets.values()) {
      index.put(target.id(), rules.size());
      rules.add(targetRule(target, messages, zh));
    }
    List<Result> results = new ArrayList<>();
    List<Notification> notifications = new ArrayList<>();
    // A set: a list searched for every result made a run over 10,000 files quadratic.
    Set<String> files = new LinkedHashSet<>();
    for (CheckResult r : report.results()) {
      if (!r.file().isEmpty()) {
        files.add(uri(r.file()));
      }
      for (InputError e : r.errors()) {
        notifications.add(new Notification("error", new Text(messages.placed(e)),
            List.of(location(r.file(), e.line() > 0 ? new Position(e.line(), e.column()) : null))));
      }
      if (r.verdict() == Verdict.ERROR) {
        results.add(inputResult(r, inputRule, messages));
      }
      for (InputError w : r.warnings()) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (r.proposalId() != null) {
          properties.put("proposalId", r.proposalId());
        }
        properties.put("kind", w.kind().name());
        results.add(new Result(INPUT_WARNING_RULE, inputWarningRule, "warning",
            new Text((r.proposalId() != null ? r.proposalId() : r.file() + r.location()) + ": "
                + messages.placed(w)),
            r.file().isEmpty() ? null : List.of(location(r.file(),
                w.line() > 0 ? new Position(w.line(), w.column()) : null)), null, properties));
      }
      for (Finding f : r.findings()) {
        if (f.status() == Status.PASS || f.status() == Status.NOT_APPLICABLE) {
          continue;
        }
        if (f.rule().isTarget()) {
          results.add(targetResult(r, f, index.get(f.ruleId()), text));
          continue;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("proposalId", r.proposalId());
        properties.put("status", f.status().name());
        properties.put("actual", FigureFormat.forMachine(f.actual()));
        properties.put("required", FigureFormat.forMachine(f.required()));
        properties.put("unit", f.unit());
        String remedy = text.remedy(r.remedies(f));
        if (!remedy.isEmpty()) {
          properties.put("remedy", remedy);
        }
        List<Suppression> suppressions = f.status() != Status.WAIVED ? null
            : List.of(new Suppression("external", "accepted", f.waiver().reason() + " ("
                + f.waiver().approvedBy() + ", until " + f.waiver().expires() + ")"));
        results.add(new Result(f.ruleId(), index.get(f.ruleId()), level(f),
            new Text(r.proposalId() + ": " + (incomplete(f)
                ? messages.get("finding.incomplete", text.message(f)) : text.message(f))),
            List.of(location(r.file(), FindingPlace.of(r, f).orElse(null))), suppressions,
            properties));
      }
    }
    Run run = new Run(
        new Tool(new Driver("cqcheck", "cqcheck " + report.toolVersion(), report.toolVersion(),
            INFORMATION_URI, zh ? "zh-CN" : "en-US", rules)),
        new AutomationDetails(AUTOMATION_ID),
        List.of(new Invocation(notifications.isEmpty(), notifications)),
        files.stream().map(f -> new Artifact(new ArtifactLocation(f))).toList(),
        results,
        Map.of("ruleSetFingerprint", report.fingerprint()));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter))
        .without(com.fasterxml.jackson.databind.SerializationFeature.CLOSE_CLOSEABLE)
        .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .withoutFeatures(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, new Log(SCHEMA, "2.1.0", List.of(run)));
    out.write("\n");
  }

  /** The result for an input that could not be checked: every problem, at the first one. */
  private static Result inputResult(CheckResult r, int ruleIndex, Messages messages) {
    String name = r.proposalId() != null ? r.proposalId() : r.file() + r.location();
    Position first = r.errors().isEmpty() || r.errors().get(0).line() <= 0 ? null
        : new Position(r.errors().get(0).line(), r.errors().get(0).column());
    Map<String, Object> properties = new LinkedHashMap<>();
    if (r.proposalId() != null) {
      properties.put("proposalId", r.proposalId());
    }
    properties.put("status", Verdict.ERROR.name());
    return new Result(INPUT_RULE, ruleIndex, "error",
        new Text(name + ": " + messages.problems(r.errors())),
        r.file().isEmpty() ? null : List.of(location(r.file(), first)), null, properties);
  }

  private static Rule rule(RuleInfo rule, boolean zh) {
    String source = rule.document() + ", " + (zh ? "第" : "clause ") + rule.clause()
        + ": 「" + rule.quote() + "」";
    String full = (zh ? "适用于" : "Applies to ") + rule.scope(zh) + ". " + source;
    String help = full + (zh
        ? (rule.severity() == Severity.MANDATORY ? " 强制性目标：未达到即不合格。" : " 指导性目标：未达到为警示。")
        : (rule.severity() == Severity.MANDATORY
            ? " Mandatory: a miss fails the proposal." : " Advisory: a miss is a warning."));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("edition", rule.edition());
    properties.put("severity", rule.severity().name());
    properties.put("document", rule.document());
    properties.put("clause", rule.clause());
    properties.put("quote", rule.quote());
    rule.supersedes().ifPresent(s -> properties.put("supersedes", s));
    return new Rule(rule.id(), pascal(rule.id()), new Text(rule.quote()), new Text(full),
        new Text(help), new Configuration(rule.severity() == Severity.MANDATORY ? "error" : "warning"),
        properties);
  }

  /**
   * An aggregate target as a rule: its quote, what it requires of a report of its region and
   * horizon or span, its source and the reading it rests on. No default level: a target has no
   * severity, and each of its results has the level of its status ({@link #targetLevel}).
   */
  private static Rule targetRule(RuleInfo rule, Messages messages, boolean zh) {
    Target target = rule.target().orElseThrow();
    Horizon horizon = rule.horizon().orElseThrow();
    String when = horizon.span() ? horizon.from() + "-" + horizon.to()
        : String.valueOf(horizon.to());
    String region = horizon.regionName().map(name -> horizon.level().code() + " " + name)
        .orElse(zh ? "重庆市" : "the city");
    String source = rule.document() + ", " + (zh ? "第" : "clause ") + rule.clause()
        + ": 「" + rule.quote() + "」";
    String full = messages.get("sarif.target.full", when, region, target.indicator(),
        target.comparator().symbol() + " " + target.written(), source);
    String help = full
        + target.note().map(note -> " " + messages.get("sarif.target.reading", note)).orElse("")
        + " " + messages.get("sarif.target.help");
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("edition", rule.edition());
    properties.put("kind", "aggregate-target");
    properties.put("indicator", target.indicator());
    properties.put("comparator", target.comparator().code());
    properties.put("threshold", target.written());
    properties.put("thresholdValue", target.threshold().toString());
    properties.put(horizon.span() ? "span" : "horizon", when);
    properties.put("region", horizon.region());
    properties.put("document", rule.document());
    properties.put("clause", rule.clause());
    properties.put("quote", rule.quote());
    target.note().ifPresent(note -> properties.put("note", note));
    return new Rule(rule.id(), pascal(rule.id()), new Text(rule.quote()), new Text(full),
        new Text(help), null, properties);
  }

  /**
   * The result of a target the report misses, cannot decide or gives no figure for, located at
   * the report's figure under its indicator key, else at the file.
   */
  private static Result targetResult(CheckResult r, Finding f, int ruleIndex, FindingText text) {
    Target target = f.rule().target().orElseThrow();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("reportId", r.proposalId());
    properties.put("status", f.status().name());
    properties.put("indicator", target.indicator());
    properties.put("actual", FigureFormat.forMachine(f.actual()));
    properties.put("required", FigureFormat.forMachine(f.required()));
    properties.put("unit", IndicatorUnits.unitOf(target.indicator()));
    if (f.evidence() instanceof Evidence.Reading reading) {
      properties.put("figure", reading.figure().written());
      properties.put("basis", JsonRenderer.BASIS_CODES.get(reading.figure().basis()));
      properties.put("onEstimate", reading.onEstimate());
      if (reading.figure().quote() != null) {
        properties.put("figureQuote", reading.figure().quote());
      }
    }
    return new Result(f.ruleId(), ruleIndex, targetLevel(f),
        new Text(r.proposalId() + ": " + text.message(f)),
        List.of(location(r.file(), FindingPlace.of(r, f).orElse(null))), null, properties);
  }

  /**
   * The level of a target's result: error for a target missed, warning for one its figure cannot
   * decide, note for one the report gives no figure for.
   */
  static String targetLevel(Finding f) {
    return switch (f.status()) {
      case FAIL -> "error";
      case INCONCLUSIVE -> "warning";
      default -> "note";
    };
  }

  /**
   * Whether the finding makes its proposal INCOMPLETE: a mandatory rule that lacks data, which the
   * applicant must supply (a result of its own wording, so that it does not read as a failure).
   */
  private static boolean incomplete(Finding f) {
    return Consequence.of(f) == Consequence.INCOMPLETE;
  }

  private static String level(Finding f) {
    return Consequence.unwaived(f).blocks() ? "error" : "warning";
  }

  private static Location location(String file, Position at) {
    return new Location(new PhysicalLocation(new ArtifactLocation(uri(file)),
        at == null ? null : new Region(at.line(), at.column())));
  }

  /**
   * A file path as a SARIF URI (RFC 3986), every byte of the UTF-8 name that is not an unreserved
   * character percent-encoded, so that a Chinese file name, a '#' or '{@code <stdin>}' is a valid reference
   * rather than one a consumer may reject or cut short. A relative path stays a relative reference
   * (forward slashes), resolved against the directory the run started in, as code-scanning views
   * resolve it against the repository. An absolute path is a {@code file} URI (RFC 8089): as a
   * relative reference, "/home/…" begins with a slash, which SARIF forbids (SARIF1004) since it
   * would not combine with a base URI. A name that looks like a Windows drive or UNC path ({@code
   * C:\dir\p.json}, {@code \\host\share\p.json}) is taken as one on every platform, so that one
   * name gives one URI wherever the report is written.
   */
  static String uri(String file) {
    String path = file.replace('\\', '/');
    if (path.startsWith("//")) {
      return "file:" + encode(path);
    }
    if (path.length() >= 3 && path.charAt(1) == ':' && path.charAt(2) == '/'
        && isAsciiLetter(path.charAt(0))) {
      return "file:///" + path.substring(0, 2) + encode(path.substring(2));
    }
    if (path.startsWith("/")) {
      return "file://" + encode(path);
    }
    return encode(path);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** {@code path} with every byte but the unreserved characters and '/' percent-encoded. */
  private static String encode(String path) {
    StringBuilder uri = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
        uri.append(c);
      } else {
        uri.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return uri.toString();
  }

  private static String buildProperty(String key) {
    try (InputStream in = SarifRenderer.class.getResourceAsStream("/cqcheck-version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      // Unfiltered (classes run from an IDE without Maven's resources), the field is left out.
      String value = properties.getProperty(key);
      return value == null || value.startsWith("${") ? null : value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "CQ2012-CHEM-GAS-YIELD" → "Cq2012ChemGasYield", the rule's SARIF name. */
  private static String pascal(String id) {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("-")) {
      name.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return name.toString();
  }

}

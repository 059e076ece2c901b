package org.cqcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cqcheck.config.Configuration;
import org.cqcheck.config.Waiver;
import org.cqcheck.engine.Edition;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.RuleBase;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.input.ConfigurationReader;
import org.cqcheck.input.InputError;
import org.cqcheck.input.InputFiles;
import org.cqcheck.input.InputFormat;
import org.cqcheck.input.InputOptions;
import org.cqcheck.input.Position;
import org.cqcheck.input.ProposalFile;
import org.cqcheck.input.ProposalReader;
import org.cqcheck.input.SeenIds;
import org.cqcheck.model.Proposal;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Report;
import org.cqcheck.report.WaiverNote;

/**
 * Checks project proposals against Chongqing's industrial-policy targets.
 *
 * <p>Build one checker and share it: {@link #withDefaultRules()} loads the precompiled rule base
 * once; a checker is immutable and safe to use from many threads at once, and every check runs in
 * a rule session of its own.
 *
 * <pre>{@code
 * Checker checker = Checker.withDefaultRules();
 * Report report = checker.check(Path.of("proposal.json"));
 * CheckResult result = report.results().get(0);
 * }</pre>
 *
 * <p>The date that selects the targets in force is the proposal's {@code submittedOn}, unless an
 * as-of date is given.
 */
public final class Checker {

  private final RuleBase builtIn;
  private final RuleBase ruleBase;
  private final ProposalReader reader;
  private final InputOptions inputOptions;
  private final Configuration configuration;
  private final boolean ignoreWaivers;

  private Checker(RuleBase builtIn, InputOptions inputOptions, Configuration configuration,
      boolean ignoreWaivers) {
    this.builtIn = builtIn;
    this.ruleBase = builtIn.configured(configuration.severities(), configuration.disabled());
    this.inputOptions = inputOptions;
    this.reader = new ProposalReader(inputOptions);
    this.configuration = configuration;
    this.ignoreWaivers = ignoreWaivers;
  }

  /**
   * A checker with the rules built into cqcheck.
   *
   * @throws org.cqcheck.engine.RuleSetException when the rule base cannot be loaded
   */
  public static Checker withDefaultRules() {
    return new Checker(RuleBase.loadBuiltIn(), InputOptions.defaults(), Configuration.none(), false);
  }

  /**
   * A checker with the same rule base that reads input as {@code options} say (strict unknown
   * fields, the file size limit, the clock that says what "the future" is).
   */
  public Checker withInputOptions(InputOptions options) {
    return new Checker(builtIn, options, configuration, ignoreWaivers);
  }

  /**
   * A checker with the same rules, configured: severities overridden, rules disabled, and findings
   * accepted by a waiver reported as WAIVED. With {@code ignoreWaivers} (an audit), waived misses
   * stay misses, each showing the waiver that would hide it.
   */
  public Checker withConfiguration(Configuration configuration, boolean ignoreWaivers) {
    return new Checker(builtIn, inputOptions, configuration, ignoreWaivers);
  }

  /**
   * A checker with a rule pack's rules added to these (or, with {@code replace}, instead of the
   * built-in ones). The pack is compiled now; a pack is code, so load only trusted ones.
   *
   * @throws org.cqcheck.engine.RuleSetException naming file, line and message when the pack does
   *     not compile, a rule lacks metadata, or a rule id is already taken
   */
  public Checker withRulePack(Path directory, boolean replace) {
    RuleBase pack = RuleBase.compilePack(directory, replace ? List.of() : builtIn.editions());
    return new Checker(replace ? pack : builtIn.plus(pack), inputOptions, configuration,
        ignoreWaivers);
  }

  /**
   * Reads a configuration file against this checker's rules.
   *
   * @throws org.cqcheck.config.ConfigurationException listing every problem with file and line
   */
  public Configuration readConfiguration(Path file) {
    return new ConfigurationReader(builtIn.rules(), LocalDate.now(inputOptions.clock())).read(file);
  }

  /** Every rule of the rule set, ordered by id, with its metadata. */
  public List<RuleInfo> rules() {
    return ruleBase.rules();
  }

  /** The rules in force on {@code date}, ordered by id. */
  public List<RuleInfo> rulesInForceOn(LocalDate date) {
    return ruleBase.inForceOn(date);
  }

  /**
   * The rule base: rules with their metadata, requirements and DRL text, editions, the zone table
   * and the seed documents. Immutable; its {@code evaluate} is safe to call from many threads.
   */
  public RuleBase ruleBase() {
    return ruleBase;
  }

  /** The policy documents whose targets are rules, oldest first. */
  public List<Edition> editions() {
    return ruleBase.editions();
  }

  /** Hash of the rule files and data in effect. */
  public String fingerprint() {
    return ruleBase.fingerprint();
  }

  private static final String VERSION = readVersion();

  /** The version of cqcheck. */
  public static String version() {
    return VERSION;
  }

  private static String readVersion() {
    try (InputStream in = Checker.class.getResourceAsStream("/cqcheck-version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks one proposal held in memory against the targets in force on its submission date. */
  public CheckResult check(Proposal proposal) {
    return check(proposal, null, "", "", List.of(), Map.of());
  }

  /** Checks one proposal against the targets in force on {@code asOf}. */
  public CheckResult check(Proposal proposal, LocalDate asOf) {
    return check(proposal, asOf, "", "", List.of(), Map.of());
  }

  /** Checks the proposals in files and directories (see {@link #check(List, LocalDate)}). */
  public Report check(Path... inputs) {
    return check(Arrays.asList(inputs), null);
  }

  /**
   * Checks every proposal in {@code inputs}: files, and directories searched recursively for .json,
   * .yaml and .yml files in sorted order. A file that cannot be read or validated yields an ERROR
   * result and does not stop the others.
   *
   * @param asOf the date selecting the targets in force; null to use each proposal's submittedOn
   */
  public Report check(List<Path> inputs, LocalDate asOf) {
    return check(inputs, asOf, result -> { });
  }

  /**
   * As {@link #check(List, LocalDate)}, handing each result to {@code onResult} as soon as its
   * proposal is checked, in input order (for streaming output).
   */
  public Report check(List<Path> inputs, LocalDate asOf, Consumer<CheckResult> onResult) {
    return run(inputs, file -> check(file, asOf), onResult);
  }

  /**
   * Checks a stream of JSON Lines, one proposal per line, handing each result to {@code onResult}
   * as soon as it is checked and keeping only the counts, so that memory stays flat however many
   * lines there are (save about 24 bytes an id, to refuse a repeated id: {@link SeenIds}). A bad
   * line is an ERROR result named {@code name:LINE}; it does not stop the others.
   */
  public Report.Summary checkLines(java.io.BufferedReader lines, String name, LocalDate asOf,
      Consumer<CheckResult> onResult) throws IOException {
    Report.Summary summary = new Report.Summary(0, 0, 0, 0, 0, 0);
    SeenIds seen = new SeenIds();
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      ProposalFile file = reader.read(name + ":" + number,
          line.getBytes(java.nio.charset.StandardCharsets.UTF_8), InputFormat.JSON);
      List<ProposalFile.Entry> entries = new ArrayList<>(file.entries().size());
      for (ProposalFile.Entry e : file.entries()) {
        int first = e.proposalId() == null ? 0 : seen.firstLineOf(e.proposalId(), number);
        if (first == 0) {
          entries.add(e);
        } else {
          List<InputError> errors = new ArrayList<>(e.errors());
          errors.add(InputError.of(InputError.Kind.DUPLICATE_ID, e.location() + "/id",
              e.proposalId(), name + ":" + first));
          entries.add(new ProposalFile.Entry(e.location(), e.proposalId(), null, errors,
              e.warnings(), e.positions()));
        }
      }
      for (CheckResult result : check(new ProposalFile(file.file(), entries), asOf)) {
        summary = summary.plus(result.verdict());
        onResult.accept(result);
      }
    }
    return summary;
  }

  /**
   * Reads and validates every proposal in {@code inputs} without evaluating any rule: each result
   * is VALID or ERROR, with its warnings.
   */
  public Report validate(List<Path> inputs) {
    return run(inputs, this::validate, result -> { });
  }

  private List<CheckResult> validate(ProposalFile file) {
    return file.entries().stream()
        .map(e -> e.proposal() == null
            ? CheckResult.error(file.file(), e.location(), e.proposalId(), null, e.errors(),
                e.warnings())
            : CheckResult.valid(file.file(), e.location(), e.proposal(), e.warnings()))
        .toList();
  }

  /**
   * Every input appears in the report exactly once: a path that yields no file is an ERROR in
   * place, and a proposal id already seen in this run is refused where it is seen again.
   */
  private Report run(List<Path> inputs, Function<ProposalFile, List<CheckResult>> perFile,
      Consumer<CheckResult> onResult) {
    List<CheckResult> results = new ArrayList<>();
    Map<String, String> firstFileOfId = new HashMap<>();
    for (InputFiles.Input input : InputFiles.expand(inputs)) {
      if (!input.readable()) {
        CheckResult error = CheckResult.error(input.path().toString(), "", null, null,
            List.of(input.error()), List.of());
        results.add(error);
        onResult.accept(error);
        continue;
      }
      ProposalFile file = reader.read(input.path());
      for (CheckResult result : perFile.apply(refuseRepeatedIds(file, firstFileOfId))) {
        results.add(result);
        onResult.accept(result);
      }
    }
    if (results.isEmpty()) {
      CheckResult nothing = CheckResult.error("", "", null, null,
          List.of(InputError.of(InputError.Kind.NO_INPUT_FOUND, "")), List.of());
      results.add(nothing);
      onResult.accept(nothing);
    }
    return new Report(version(), ruleBase.rules(), ruleBase.fingerprint(), results,
        waiverNotes(results));
  }

  /** Waivers that expired, and waivers that matched no finding of the run. */
  private List<WaiverNote> waiverNotes(List<CheckResult> results) {
    LocalDate today = LocalDate.now(inputOptions.clock());
    List<WaiverNote> notes = new ArrayList<>();
    for (Waiver w : configuration.waivers()) {
      boolean used = results.stream().flatMap(r -> r.findings().stream())
          .anyMatch(f -> w.equals(f.waiver()));
      if (w.expiredOn(today)) {
        notes.add(new WaiverNote(w, WaiverNote.Kind.EXPIRED, configuration.source()));
      } else if (!used) {
        notes.add(new WaiverNote(w, WaiverNote.Kind.UNUSED, configuration.source()));
      }
    }
    return notes;
  }

  /** Each miss that a waiver in force accepts becomes WAIVED (or, auditing, shows the waiver). */
  private List<Finding> applyWaivers(List<Finding> findings, String proposalId) {
    if (configuration.waivers().isEmpty()) {
      return findings;
    }
    LocalDate today = LocalDate.now(inputOptions.clock());
    List<Finding> applied = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Waiver waiver = !f.unmet() ? null : configuration.waivers().stream()
          .filter(w -> !w.expiredOn(today) && w.matches(f.ruleId(), proposalId))
          .findFirst().orElse(null);
      applied.add(waiver == null ? f
          : ignoreWaivers ? f.withIgnoredWaiver(waiver) : f.waivedBy(waiver));
    }
    return applied;
  }

  private static ProposalFile refuseRepeatedIds(ProposalFile file, Map<String, String> seen) {
    List<ProposalFile.Entry> entries = new ArrayList<>(file.entries().size());
    for (ProposalFile.Entry e : file.entries()) {
      String id = e.proposalId();
      String first = id == null ? null : seen.putIfAbsent(id, file.file() + e.location());
      if (first == null) {
        entries.add(e);
      } else {
        List<InputError> errors = new ArrayList<>(e.errors());
        errors.add(InputError.of(InputError.Kind.DUPLICATE_ID, e.location() + "/id", id, first));
        entries.add(new ProposalFile.Entry(e.location(), id, null, errors, e.warnings(),
            e.positions()));
      }
    }
    return new ProposalFile(file.file(), entries);
  }

  /**
   * Checks proposals held in memory as the text of a JSON or YAML file; {@code name} names them in
   * the results.
   */
  public List<CheckResult> check(String name, byte[] content, InputFormat format, LocalDate asOf) {
    return check(reader.read(name, content, format), asOf);
  }

  /** A report of {@code results}, stamped with this checker's version and rule set. */
  public Report report(List<CheckResult> results) {
    return new Report(version(), ruleBase.rules(), ruleBase.fingerprint(), results,
        waiverNotes(results));
  }

  private List<CheckResult> check(ProposalFile file, LocalDate asOf) {
    List<CheckResult> results = new ArrayList<>(file.entries().size());
    for (ProposalFile.Entry entry : file.entries()) {
      if (entry.proposal() == null) {
        results.add(CheckResult.error(file.file(), entry.location(), entry.proposalId(), null,
            entry.errors(), entry.warnings()));
      } else {
        results.add(check(entry.proposal(), asOf, file.file(), entry.location(), entry.warnings(),
            entry.positions()));
      }
    }
    return results;
  }

  private CheckResult check(Proposal proposal, LocalDate asOf, String file, String location,
      List<InputError> warnings, Map<String, Position> positions) {
    LocalDate date = asOf != null ? asOf : proposal.submittedOn();
    List<Finding> findings = applyWaivers(ruleBase.evaluate(proposal, date), proposal.id());
    if (findings.isEmpty()) {
      Edition earliest = ruleBase.editions().stream()
          .min(java.util.Comparator.comparing(Edition::inForceFrom))
          .orElseThrow();
      String where = asOf != null ? "" : location + "/submittedOn";
      return CheckResult.error(file, location, proposal.id(), date, List.of(InputError.of(
          InputError.Kind.NO_TARGETS_IN_FORCE, where, date.toString(), earliest.code(),
          earliest.inForceFrom().toString())), warnings);
    }
    return CheckResult.checked(file, location, proposal, date, findings, warnings, positions);
  }
}

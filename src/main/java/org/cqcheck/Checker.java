package org.cqcheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.cqcheck.config.Configuration;
import org.cqcheck.config.Waiver;
import org.cqcheck.engine.DistrictTable;
import org.cqcheck.engine.Edition;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Horizon;
import org.cqcheck.engine.RuleBase;
import org.cqcheck.engine.RuleCatalogue;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.input.InputError;
import org.cqcheck.input.InputFormat;
import org.cqcheck.input.InputOptions;
import org.cqcheck.input.Position;
import org.cqcheck.internal.Ahead;
import org.cqcheck.internal.Lazily;
import org.cqcheck.internal.input.ConfigurationReader;
import org.cqcheck.internal.input.ProposalConstraints;
import org.cqcheck.internal.input.ProposalFile;
import org.cqcheck.internal.input.IndicatorReportConstraints;
import org.cqcheck.internal.input.ProposalCheck;
import org.cqcheck.internal.input.ProposalReader;
import org.cqcheck.internal.input.SeenIds;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.Proposal;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Report;
import org.cqcheck.report.RunTotals;
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

  /** The rules (built-in, or with packs), loaded when first needed: see {@link #ofRules}. */
  private final Lazily<RuleBase> builtIn;
  /** The same rules, configured (severities overridden, rules disabled). */
  private final Lazily<RuleBase> ruleBase;
  /** Whether the rules include those built into cqcheck (not a pack alone). */
  private final boolean withBuiltInRules;
  /** Whether only indicator reports are read: a proposal is an error (see forIndicatorReports). */
  private final boolean reportsOnly;
  private final ProposalReader reader;
  /** The same reader, for a run that only validates: it builds no rules ahead. */
  private final ProposalReader validatingReader;
  private final InputOptions inputOptions;
  private final Configuration configuration;
  private final boolean auditWaivers;
  /** Files or lines read and checked at once; 1 checks on the calling thread. */
  private final int threads;
  /** The date that selects the targets in force; null for each proposal's submittedOn. */
  private final LocalDate asOf;

  private Checker(Lazily<RuleBase> builtIn, boolean withBuiltInRules, boolean reportsOnly,
      InputOptions inputOptions, Configuration configuration, boolean auditWaivers, int threads,
      LocalDate asOf) {
    this.builtIn = builtIn;
    this.withBuiltInRules = withBuiltInRules;
    this.reportsOnly = reportsOnly;
    this.threads = threads;
    this.asOf = asOf;
    this.ruleBase = Lazily.of(() -> builtIn.get().configured(configuration.severities(),
        configuration.disabled()));
    this.inputOptions = inputOptions;
    this.reader = new ProposalReader(inputOptions, new ReferenceChecks(ruleBase, true,
        withBuiltInRules, reportsOnly));
    this.validatingReader = reader.withCheck(new ReferenceChecks(ruleBase, false, false,
        reportsOnly));
    this.configuration = configuration;
    this.auditWaivers = auditWaivers;
  }

  /**
   * The checks of a proposal or report read against the rule data (warnings); and, for input to
   * be checked, not only validated, the start of building the rules it needs, on a thread of their
   * own, as soon as the reader finds which kind of input it holds (a proposal, or an indicator
   * report) and while it goes on to validate it.
   */
  private static final class ReferenceChecks implements ProposalCheck {
    private final Lazily<RuleBase> rules;
    private final boolean buildsAhead;
    private final boolean withBuiltInRules;
    private final boolean reportsOnly;
    private final AtomicBoolean proposalRulesStarted = new AtomicBoolean();
    private final AtomicBoolean targetsStarted = new AtomicBoolean();

    ReferenceChecks(Lazily<RuleBase> rules, boolean buildsAhead, boolean withBuiltInRules,
        boolean reportsOnly) {
      this.rules = rules;
      this.buildsAhead = buildsAhead;
      this.withBuiltInRules = withBuiltInRules;
      this.reportsOnly = reportsOnly;
    }

    @Override
    public boolean readsProposals() {
      return !reportsOnly;
    }

    @Override
    public List<InputError> warnings(Proposal proposal) {
      return siteWarnings(rules.get().zones().districts(), proposal);
    }

    @Override
    public List<InputError> warnings(IndicatorReport report) {
      return targetWarnings(rules.get().catalogue(), report);
    }

    @Override
    public void proposalFound() {
      if (buildsAhead) {
        startOnce(proposalRulesStarted, "cqcheck-build-rules", () -> rules.get().build());
      }
    }

    @Override
    public void reportFound(IndicatorReport heading) {
      if (buildsAhead) {
        startOnce(targetsStarted, "cqcheck-build-targets", () -> {
          if (withBuiltInRules) {
            // Without waiting for the rest of the rules to load, as the line below does.
            RuleBase.buildBuiltInTargets(heading);
          }
          rules.get().catalogue().targets();
        });
      }
    }

    private static void startOnce(AtomicBoolean started, String name, Runnable build) {
      if (started.compareAndSet(false, true)) {
        Ahead.start(name, build);
      }
    }
  }

  /** {@code from} with another date, or threads: the rules and the reader are shared. */
  private Checker(Checker from, int threads, LocalDate asOf) {
    this.builtIn = from.builtIn;
    this.withBuiltInRules = from.withBuiltInRules;
    this.reportsOnly = from.reportsOnly;
    this.ruleBase = from.ruleBase;
    this.reader = from.reader;
    this.validatingReader = from.validatingReader;
    this.inputOptions = from.inputOptions;
    this.configuration = from.configuration;
    this.auditWaivers = from.auditWaivers;
    this.threads = threads;
    this.asOf = asOf;
  }

  private static Checker ofRules(Lazily<RuleBase> rules, boolean reportsOnly) {
    return new Checker(rules, true, reportsOnly, InputOptions.defaults(), Configuration.none(),
        false, Runtime.getRuntime().availableProcessors(), null);
  }

  /**
   * A checker with the rules built into cqcheck.
   *
   * @throws org.cqcheck.engine.RuleSetException when the rule base cannot be loaded, or when the
   *     Jackson on the class path is older than cqcheck needs (see the README) or its modules
   *     (jackson-core, jackson-databind, jackson-dataformat-yaml) are of different minor versions;
   *     the message names the versions found
   */
  public static Checker withDefaultRules() {
    return ofRules(Lazily.done(RuleBase.loadBuiltIn()), false);
  }

  /**
   * A checker with the rules built into cqcheck, as {@link #withDefaultRules()}, that loads them
   * only when first needed (or then waits for a thread already loading them): reading the input
   * does not wait for the rules, and each rule base (the project rules', the aggregate targets')
   * is built once the first input that needs it is found. For a caller that checks as soon as it
   * starts, such as the command line, which loads the rules on a thread of its own meanwhile. A
   * rule base that cannot be loaded, and a Jackson too old, are reported by the first call that
   * needs the rules.
   */
  public static Checker withDefaultRulesOnFirstUse() {
    return ofRules(Lazily.of(RuleBase::loadBuiltIn), false);
  }

  /**
   * A checker of indicator reports alone, against the aggregate targets built into cqcheck
   * ({@link RuleBase#loadBuiltInTargets}), loaded when first needed as {@link
   * #withDefaultRulesOnFirstUse()} loads the rules: neither the project-level rules nor the
   * proposal format's schema is loaded, so a scorecard starts sooner. A proposal it reads is an
   * ERROR result ({@code NOT_AN_INDICATOR_REPORT}), not checked; the others go on. Its reports
   * list no project-level rule ({@link org.cqcheck.report.Report#rules()} is empty) and carry the
   * fingerprint of the whole built-in rule base. What {@code cqcheck scorecard} runs; {@code
   * cqcheck check} reads both kinds. A rule base that cannot be loaded, and a Jackson too old, are
   * reported by the first call that needs the targets.
   */
  public static Checker forIndicatorReports() {
    return ofRules(Lazily.of(RuleBase::loadBuiltInTargets), true);
  }

  /**
   * A checker like this one that selects the targets in force on {@code date} for every proposal,
   * instead of each proposal's {@code submittedOn}: what a proposal would meet if decided then.
   */
  public Checker asOf(LocalDate date) {
    return new Checker(this, threads, Objects.requireNonNull(date, "date"));
  }

  /**
   * A checker with the same rule base that reads input as {@code options} say (strict unknown
   * fields, the file size limit, the clock that says what "the future" is).
   */
  public Checker withInputOptions(InputOptions options) {
    return new Checker(builtIn, withBuiltInRules, reportsOnly,
        Objects.requireNonNull(options, "options"), configuration, auditWaivers, threads, asOf);
  }

  /**
   * A checker that reads and checks up to {@code threads} files (or JSON lines) of a run at once,
   * results still in input order (default: one thread per core). With 1, everything runs on the
   * calling thread.
   */
  public Checker withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    return new Checker(this, threads, asOf);
  }

  /**
   * A checker with the same rules, configured: severities overridden, rules disabled, and findings
   * accepted by a waiver reported as WAIVED.
   */
  public Checker withConfiguration(Configuration configuration) {
    return new Checker(builtIn, withBuiltInRules, reportsOnly, inputOptions,
        Objects.requireNonNull(configuration, "configuration"), auditWaivers, threads, asOf);
  }

  /**
   * A checker for an audit: a miss that a waiver would accept stays a miss, showing the waiver
   * that would hide it, instead of becoming WAIVED.
   */
  public Checker auditingWaivers() {
    return new Checker(builtIn, withBuiltInRules, reportsOnly, inputOptions, configuration, true,
        threads, asOf);
  }

  /**
   * A checker with a rule pack's rules added to these. The pack is compiled now; a pack is code,
   * so load only trusted ones.
   *
   * @throws org.cqcheck.engine.RuleSetException naming file, line and message when the pack does
   *     not compile, a rule lacks metadata, or a rule id is already taken
   */
  public Checker withRulePack(Path directory) {
    RuleBase pack = RuleBase.compilePack(directory, builtIn.get().editions());
    return new Checker(Lazily.done(builtIn.get().plus(pack)), withBuiltInRules, reportsOnly,
        inputOptions, configuration, auditWaivers, threads, asOf);
  }

  /**
   * A checker with only a rule pack's rules, none of the built-in ones: a pack that states its own
   * editions. The pack is compiled now.
   *
   * @throws org.cqcheck.engine.RuleSetException as {@link #withRulePack} does
   */
  public Checker withOnlyRulePack(Path directory) {
    RuleBase pack = RuleBase.compilePack(directory, List.of());
    return new Checker(Lazily.done(pack), false, reportsOnly, inputOptions, configuration,
        auditWaivers, threads, asOf);
  }

  /**
   * Reads a configuration file against this checker's rules.
   *
   * @throws org.cqcheck.config.ConfigurationException listing every problem with file and line
   */
  public Configuration readConfiguration(Path file) {
    return new ConfigurationReader(builtIn.get().rules(), LocalDate.now(inputOptions.clock()))
        .read(file);
  }

  /**
   * What the rules are, as data: each rule's metadata and requirement, the editions, which rule
   * supersedes which, and which are in force on a date.
   */
  public RuleCatalogue catalogue() {
    return ruleBase.get().catalogue();
  }

  /** Hash of the rule files and data in effect. */
  public String fingerprint() {
    return ruleBase.get().fingerprint();
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

  /**
   * Checks one proposal held in memory against the targets in force on its submission date (or
   * this checker's {@link #asOf} date). The proposal is validated first, as a file is: a value the
   * format does not allow (a negative amount, a rate above 1, a date in the future) gives an ERROR
   * result naming it, and no rule is evaluated.
   */
  public CheckResult check(Proposal proposal) {
    return checkAll(List.of(Objects.requireNonNull(proposal, "proposal"))).get(0);
  }

  /**
   * Checks an indicator report held in memory against every aggregate target (a scorecard): the
   * targets of its region whose horizon is its year, or whose span is its span, are PASS, FAIL,
   * INCONCLUSIVE or MISSING_DATA; the others NOT_APPLICABLE. The verdict is FAIL, INCONCLUSIVE or
   * PASS (INDICATOR-FORMAT.md); as-of dates, configurations and waivers do not apply. The
   * report is validated first, as a file is: an unknown indicator key or a share above 100% gives
   * an ERROR result naming it at its JSON pointer ({@code /figures/parks.industrialConcentration}).
   */
  public CheckResult check(IndicatorReport report) {
    Objects.requireNonNull(report, "report");
    List<InputError> errors = IndicatorReportConstraints.violations(report);
    if (!errors.isEmpty()) {
      return CheckResult.reportError("", "", report.id(), errors, List.of());
    }
    return scorecard(report, "", "", targetWarnings(ruleBase.get().catalogue(), report), Map.of());
  }

  /**
   * Checks {@code proposals} as {@link #check(Proposal)} checks each, with the results in the same
   * order; faster for many, since proposals share rule sessions (a library re-checked in memory,
   * say).
   */
  public List<CheckResult> checkAll(List<Proposal> proposals) {
    LocalDate today = LocalDate.now(inputOptions.clock());
    DistrictTable districts = ruleBase.get().zones().districts();
    // Proposals held in memory: as if read from one file without a name or positions.
    List<ProposalFile.Entry> entries = new ArrayList<>(proposals.size());
    for (Proposal p : proposals) {
      Objects.requireNonNull(p, "a proposal of the list is null");
      if (reportsOnly) {
        entries.add(new ProposalFile.Entry("", p.id(), null, List.of(ProposalReader.NOT_AN_INDICATOR_REPORT), List.of(),
            Map.of()));
        continue;
      }
      List<InputError> errors = ProposalConstraints.violations(p, today);
      entries.add(new ProposalFile.Entry("", p.id(), errors.isEmpty() ? p : null, errors,
          siteWarnings(districts, p), Map.of()));
    }
    return checkFiles(List.of(new ProposalFile("", entries))).get(0);
  }

  /**
   * What the proposal format does not allow in {@code proposal}, as reading it from a file would
   * say (each problem with its JSON pointer, such as {@code /annual/employees}), and the warnings a
   * file would get (an unknown district); empty when it can be checked.
   */
  public List<InputError> validate(Proposal proposal) {
    Objects.requireNonNull(proposal, "proposal");
    if (reportsOnly) {
      return List.of(ProposalReader.NOT_AN_INDICATOR_REPORT);
    }
    List<InputError> problems = new ArrayList<>(
        ProposalConstraints.violations(proposal, LocalDate.now(inputOptions.clock())));
    problems.addAll(siteWarnings(ruleBase.get().zones().districts(), proposal));
    return problems;
  }

  /** Checks the proposals in files and directories (see {@link #check(List)}). */
  public Report check(Path... inputs) {
    return check(Arrays.asList(inputs));
  }

  /**
   * Checks every proposal in {@code inputs}: files, and directories searched recursively for .json,
   * .yaml and .yml files in sorted order. A file that cannot be read or validated yields an ERROR
   * result and does not stop the others.
   */
  public Report check(List<Path> inputs) {
    return check(inputs, result -> { });
  }

  /**
   * As {@link #check(List)}, handing each result to {@code onResult} as soon as its
   * proposal is checked, in input order (for streaming output). The report keeps every result; to
   * keep only counts, use {@link #checkEach}.
   */
  public Report check(List<Path> inputs, Consumer<CheckResult> onResult) {
    List<CheckResult> results = new ArrayList<>();
    BatchRun.Totals totals = BatchRun.overFiles(reader, inputs, this::checkFiles,
        result -> result, result -> {
          results.add(result);
          onResult.accept(result);
        }, threads);
    RuleBase rules = ruleBase.get();
    return new Report(version(), rules.rules(), rules.fingerprint(), results,
        waiverNotes(totals.waiversUsed()), rules.editions());
  }

  /**
   * Checks every proposal in {@code inputs} as {@link #check(List)} does, handing each
   * result to {@code onResult} in input order and keeping only the counts: memory stays flat
   * however many files there are (save about 32 to 64 bytes an id, to refuse a repeated id).
   */
  public RunTotals checkEach(List<Path> inputs, Consumer<CheckResult> onResult) {
    return checkEach(inputs, result -> result, onResult);
  }

  /**
   * As {@link #checkEach(List, Consumer)}, with a step that runs on the worker thread
   * that checked the proposal, so that costly work per result (rendering it) is spread across
   * cores: {@code prepare} turns each result into what {@code deliver} receives, in input order, on
   * the calling thread. {@code prepare} may run on several threads at once (and runs on the calling
   * thread for a result replaced by an error because its id was seen before).
   */
  public <T> RunTotals checkEach(List<Path> inputs, Function<CheckResult, T> prepare,
      Consumer<T> deliver) {
    BatchRun.Totals totals = BatchRun.overFiles(reader, inputs, this::checkFiles,
        prepare, deliver, threads);
    return new RunTotals(totals.summary(), waiverNotes(totals.waiversUsed()));
  }

  /**
   * Checks a stream of JSON Lines, one proposal per line, handing each result to {@code onResult}
   * in line order as soon as it is checked and keeping only the counts, so that memory stays flat
   * however many lines there are (save about 32 to 64 bytes an id, to refuse a repeated id:
   * {@link SeenIds}). A bad line is an ERROR result named {@code name:LINE}; it does not stop the
   * others. Lines are read on the calling thread and checked on worker threads.
   *
   * @throws IOException when {@code lines} cannot be read (after every line read before is
   *     checked and handed over)
   */
  public RunTotals checkLines(BufferedReader lines, String name, Consumer<CheckResult> onResult)
      throws IOException {
    return checkLines(lines, name, result -> result, onResult);
  }

  /**
   * As {@link #checkLines(BufferedReader, String, Consumer)}, with a step run on the worker
   * threads, as in {@link #checkEach(List, Function, Consumer)}.
   *
   * @throws IOException when {@code lines} cannot be read
   */
  public <T> RunTotals checkLines(BufferedReader lines, String name,
      Function<CheckResult, T> prepare, Consumer<T> deliver) throws IOException {
    return checkLinesOrThrow(JsonLines.of(lines), name, prepare, deliver);
  }

  /**
   * As {@link #checkLines(BufferedReader, String, Function, Consumer)}, reading bytes:
   * each line is decoded as a file is, so a line that is not UTF-8 is an ERROR of its own (where
   * a reader would have replaced or refused it with the rest of the input).
   *
   * @throws IOException when {@code in} cannot be read
   */
  public <T> RunTotals checkLines(InputStream in, String name,
      Function<CheckResult, T> prepare, Consumer<T> deliver) throws IOException {
    return checkLinesOrThrow(JsonLines.of(in), name, prepare, deliver);
  }

  /** The lines checked; then the failure to read them, if any, thrown. */
  private <T> RunTotals checkLinesOrThrow(JsonLines lines, String name,
      Function<CheckResult, T> prepare, Consumer<T> deliver) throws IOException {
    RunTotals totals = checkLines(lines, name, false, prepare, deliver);
    if (lines.failure() != null) {
      throw lines.failure();
    }
    return totals;
  }

  /**
   * Checks a JSON Lines file, as {@link #checkLines(InputStream, String, Function, Consumer)} does, naming lines {@code file:LINE}. A file that cannot be opened (missing, a
   * directory, not permitted) is one ERROR result, as in {@link #checkEach}; a failure to read
   * part way is an ERROR result for the line it stopped at, after the lines read before it.
   */
  public <T> RunTotals checkLines(Path file, Function<CheckResult, T> prepare,
      Consumer<T> deliver) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      return linesChecked(BatchRun.unusable(reader, name,
          InputError.of(InputError.Kind.UNREADABLE, "", InputError.IS_A_DIRECTORY), prepare,
          deliver));
    }
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      return linesChecked(BatchRun.unusable(reader, name, InputError.unreadable(e), prepare,
          deliver));
    }
    RunTotals totals = null;
    try (in) {
      totals = checkLines(JsonLines.of(in), name, true, prepare, deliver);
    } catch (IOException e) {
      // Only closing can fail: every line was read, checked and handed over, and counted.
    }
    return totals;
  }

  /** See {@link BatchRun#overLines}. */
  <T> RunTotals checkLines(JsonLines lines, String name, boolean failureAsResult,
      Function<CheckResult, T> prepare, Consumer<T> deliver) {
    return linesChecked(BatchRun.overLines(reader, lines, name, failureAsResult,
        this::checkFiles, prepare, deliver, threads));
  }

  private RunTotals linesChecked(BatchRun.Totals totals) {
    return new RunTotals(totals.summary(), waiverNotes(totals.waiversUsed()));
  }

  /**
   * Reads and validates every proposal in {@code inputs} without evaluating any rule: each result
   * is VALID or ERROR, with its warnings.
   */
  public Report validate(List<Path> inputs) {
    List<CheckResult> results = new ArrayList<>();
    BatchRun.overFiles(validatingReader, inputs, this::validateFiles, result -> result,
        results::add, threads);
    // No rule is evaluated, so no waiver is used, or left unused: the report notes none, as
    // validateEach does.
    RuleBase rules = ruleBase.get();
    return new Report(version(), rules.rules(), rules.fingerprint(), results, List.of(),
        rules.editions());
  }

  /**
   * As {@link #validate(List)}, handing each result over in input order and keeping only counts,
   * with {@code prepare} run on the worker threads, as in {@link #checkEach(List, Function,
   * Consumer)}.
   */
  public <T> RunTotals validateEach(List<Path> inputs, Function<CheckResult, T> prepare,
      Consumer<T> deliver) {
    return new RunTotals(BatchRun.overFiles(validatingReader, inputs, this::validateFiles, prepare,
        deliver, threads).summary(), List.of());
  }

  /** The results of each file's entries, valid or not, with no rule evaluated. */
  private List<List<CheckResult>> validateFiles(List<ProposalFile> files) {
    return files.stream().map(file -> file.entries().stream()
        .map(e -> e.isIndicatorReport()
            ? e.report() == null
                ? CheckResult.reportError(file.file(), e.location(), e.proposalId(), e.errors(),
                    e.warnings())
                : CheckResult.validReport(file.file(), e.location(), e.report(), e.warnings())
            : e.proposal() == null
            ? CheckResult.error(file.file(), e.location(), e.proposalId(), null, e.errors(),
                e.warnings())
            : CheckResult.valid(file.file(), e.location(), e.proposal(), e.warnings()))
        .toList()).toList();
  }

  /** Waivers that expired, and waivers that matched no finding of the run. */
  private List<WaiverNote> waiverNotes(List<CheckResult> results) {
    Set<Waiver> used = new HashSet<>();
    results.forEach(r -> r.findings().forEach(f -> {
      if (f.waiver() != null) {
        used.add(f.waiver());
      }
    }));
    return waiverNotes(used);
  }

  private List<WaiverNote> waiverNotes(Set<Waiver> usedWaivers) {
    LocalDate today = LocalDate.now(inputOptions.clock());
    List<WaiverNote> notes = new ArrayList<>();
    for (Waiver w : configuration.waivers()) {
      boolean used = usedWaivers.contains(w);
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
          : auditWaivers ? f.withIgnoredWaiver(waiver) : f.waivedBy(waiver));
    }
    return applied;
  }

  /**
   * Checks proposals held in memory as the text of a JSON or YAML file; {@code name} names them in
   * the results.
   */
  public List<CheckResult> check(String name, byte[] content, InputFormat format) {
    return checkFiles(List.of(reader.read(name, content, format))).get(0);
  }

  /**
   * Validates proposals held in memory as the text of a JSON or YAML file, as {@link
   * #validate(List)} does files; {@code name} names them in the results.
   */
  public List<CheckResult> validate(String name, byte[] content, InputFormat format) {
    return validateFiles(List.of(validatingReader.read(name, content, format))).get(0);
  }

  /** A report of {@code results}, stamped with this checker's version and rule set. */
  public Report report(List<CheckResult> results) {
    RuleBase rules = ruleBase.get();
    return new Report(version(), rules.rules(), rules.fingerprint(), results,
        waiverNotes(results), rules.editions());
  }

  /** The results of each file's entries; the valid proposals of all the files checked together. */
  private List<List<CheckResult>> checkFiles(List<ProposalFile> files) {
    List<Proposal> proposals = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    for (ProposalFile file : files) {
      for (ProposalFile.Entry entry : file.entries()) {
        if (entry.proposal() != null) {
          proposals.add(entry.proposal());
          dates.add(asOf != null ? asOf : entry.proposal().submittedOn());
        }
      }
    }
    List<List<Finding>> evaluated = ruleBase.get().evaluateAll(proposals, dates);
    List<List<CheckResult>> all = new ArrayList<>(files.size());
    int next = 0;
    for (ProposalFile file : files) {
      List<CheckResult> results = new ArrayList<>(file.entries().size());
      for (ProposalFile.Entry entry : file.entries()) {
        if (entry.isIndicatorReport()) {
          results.add(entry.report() == null
              ? CheckResult.reportError(file.file(), entry.location(), entry.proposalId(),
                  entry.errors(), entry.warnings())
              : scorecard(entry.report(), file.file(), entry.location(), entry.warnings(),
                  entry.positions()));
        } else if (entry.proposal() == null) {
          results.add(CheckResult.error(file.file(), entry.location(), entry.proposalId(), null,
              entry.errors(), entry.warnings()));
        } else {
          results.add(result(entry.proposal(), dates.get(next), evaluated.get(next),
              file.file(), entry.location(), entry.warnings(), entry.positions()));
          next++;
        }
      }
      all.add(results);
    }
    return all;
  }

  /**
   * A warning for a district that the rule data does not know under any name, or that names a
   * functional area: a typo must not silently take a site out of every zone. The verdict is
   * unchanged.
   */
  private static List<InputError> siteWarnings(DistrictTable districts, Proposal proposal) {
    String district = proposal.location().district();
    if (district == null || districts.isEmpty()) {
      return List.of();
    }
    String at = "/location/district";
    DistrictTable.Reading reading = districts.read(district);
    if (reading instanceof DistrictTable.FunctionalArea area) {
      return List.of(InputError.of(InputError.Kind.DISTRICT_IS_AREA, at, district, area.area()));
    }
    if (reading instanceof DistrictTable.Unknown unknown) {
      return List.of(unknown.suggestion()
          .map(s -> InputError.of(InputError.Kind.UNKNOWN_DISTRICT_SUGGESTION, at, district, s))
          .orElse(InputError.of(InputError.Kind.UNKNOWN_DISTRICT, at, district)));
    }
    return List.of();
  }

  /**
   * The scorecard of one indicator report: every aggregate target of the rule base, those of the
   * report's region and year or span decided by its figures (INDICATOR-FORMAT.md). As-of dates and
   * waivers are for proposals, and do not apply.
   */
  private CheckResult scorecard(IndicatorReport report, String file, String location,
      List<InputError> warnings, Map<String, Position> positions) {
    return CheckResult.scored(file, location, report, ruleBase.get().evaluate(report), warnings,
        positions);
  }

  /** A note for a report of a year no target looks to: every target would be N/A, unread. */
  private static List<InputError> targetWarnings(RuleCatalogue catalogue,
      IndicatorReport report) {
    RuleCatalogue.Reach reach = catalogue.reach();
    List<InputError> notes = new ArrayList<>();
    if (!reach.years().contains(report.year())) {
      notes.add(InputError.of(InputError.Kind.NO_TARGET_FOR_YEAR, "/year",
          String.valueOf(report.year()), reach.years().stream().map(String::valueOf)
              .collect(java.util.stream.Collectors.joining(", "))));
    }
    if (report.span() != null && !reach.spans().contains(report.span())) {
      notes.add(InputError.of(InputError.Kind.NO_TARGET_FOR_SPAN, "/span", report.span(),
          String.join(", ", reach.spans())));
    }
    if (reach.horizons().stream().noneMatch(h -> h.covers(report.region()))) {
      notes.add(InputError.of(InputError.Kind.NO_TARGET_FOR_REGION, "/region",
          report.region().toString(), reach.horizons().stream().map(Horizon::region)
              .collect(java.util.stream.Collectors.joining(", "))));
    }
    return notes;
  }

  private CheckResult result(Proposal proposal, LocalDate date,
      List<Finding> evaluated, String file, String location, List<InputError> warnings,
      Map<String, Position> positions) {
    List<Finding> findings = applyWaivers(evaluated, proposal.id());
    if (findings.isEmpty()) {
      Edition earliest = ruleBase.get().editions().stream()
          .min(java.util.Comparator.comparing(Edition::inForceFrom))
          .orElseThrow();
      String where = asOf != null ? "" : location + "/submittedOn";
      return CheckResult.error(file, location, proposal.id(), date, List.of(InputError.of(
          InputError.Kind.NO_TARGETS_IN_FORCE, where, date.toString(), earliest.code(),
          earliest.inForceFrom().toString())), warnings);
    }
    return CheckResult.checked(file, location, proposal, date, findings, warnings, positions,
        ruleBase.get().zones());
  }
}

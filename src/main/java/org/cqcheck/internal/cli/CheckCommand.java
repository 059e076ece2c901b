package org.cqcheck.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cqcheck.Checker;
import org.cqcheck.input.InputFormat;
import org.cqcheck.internal.report.Messages;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.ExitCode;
import org.cqcheck.report.FailOn;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.RunTotals;
import org.cqcheck.report.StreamingRenderer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code cqcheck check}: reads proposals and indicator reports, checks them, writes the report;
 * and {@code cqcheck scorecard}, the same for indicator reports alone, which loads only what they
 * are checked against (the aggregate targets) and refuses a proposal.
 */
final class CheckCommand implements Callable<Integer>, TerminalOutput, CqcheckCommand.Subcommand {

  /** Whether this is {@code cqcheck scorecard}: indicator reports only. */
  private final boolean scorecard;

  private final CommandSpec spec;

  private final InputSelection input;

  private final ReportOutput output;

  /** --as-of, --config and --ignore-waivers: for proposals, so null for {@code scorecard}. */
  private final OptionSpec asOf;

  private final OptionSpec failOn;

  private final OptionSpec config;

  private final RuleSelection rules;

  private final OptionSpec ignoreWaivers;

  private final OptionSpec inputFormat;

  private final OptionSpec progressOption;

  /** {@code cqcheck check}. */
  CheckCommand() {
    this(false);
  }

  /** {@code cqcheck scorecard}. */
  static CheckCommand scorecard() {
    return new CheckCommand(true);
  }

  private CheckCommand(boolean scorecard) {
    this.scorecard = scorecard;
    spec = scorecard
        ? CommandSpecs.command(this, "scorecard",
            "Checks indicator reports (kind: indicator-report) against the aggregate targets of"
                + " their year and span, as check does, loading only those targets; a proposal"
                + " is an error (check it with check).",
            "A directory stands for every file under it, recursively, in sorted order.")
        : CommandSpecs.command(this, "check",
            "Checks proposal files against the policy targets in force, and indicator reports"
                + " (kind: indicator-report) against the aggregate targets of their year and span.",
            "A directory stands for every proposal and report file under it, recursively, in"
                + " sorted order.");
    input = scorecard ? new InputSelection(spec, "Indicator report files")
        : new InputSelection(spec);
    output = new ReportOutput(spec);
    asOf = scorecard ? null : CommandSpecs.option(spec, OptionSpec.builder("--as-of")
        .paramLabel("DATE").type(LocalDate.class)
        .description("Check against the targets in force on DATE (YYYY-MM-DD) instead of each"
            + " proposal's submittedOn."));
    failOn = CommandSpecs.option(spec, OptionSpec.builder("--fail-on")
        .paramLabel("LEVEL[,LEVEL...]").type(String.class).defaultValue("fail")
        .description(scorecard
            ? "Exit 1 on: fail (always), and also on inconclusive (a report's INCONCLUSIVE) or"
                + " missing-data (a target without a figure), as a comma list."
            : "Exit 1 on: fail (always), and also on warn (a proposal's WARN), inconclusive (an"
                + " indicator report's INCONCLUSIVE) or missing-data (a target or rule without"
                + " data), as a comma list."));
    config = scorecard ? null : CommandSpecs.option(spec, OptionSpec.builder("--config")
        .paramLabel("FILE").type(Path.class)
        .description("Configuration: severity overrides, disabled rules, waivers (default:"
            + " ./cqcheck.yaml when it exists)."));
    rules = new RuleSelection(spec);
    ignoreWaivers = scorecard ? null : CommandSpecs.flag(spec, "--ignore-waivers",
        "Audit: apply no waiver, and show on each miss the waiver that would hide it.");
    inputFormat = CommandSpecs.option(spec,
        OptionSpec.builder("--input-format").paramLabel("FORMAT").type(String.class)
            .description("jsonl: read JSON Lines (one proposal or report per line) from the"
                + " single input, or from standard input when it is '-'; with --format jsonl"
                + " results stream out in flat memory."));
    progressOption = Progress.option(spec);
    // Read by Main, before the command runs (the log level) and in its error handler.
    CommandSpecs.flag(spec, "--debug", "Show stack traces and debug logs on errors.");
    CommandSpecs.exitCodes(spec,
        scorecard ? SCORECARD_EXIT_CODES : CqcheckCommand.CHECK_EXIT_CODES);
  }

  /** The exit codes of {@code scorecard}: those of check, said of reports. */
  private static final String[] SCORECARD_EXIT_CODES = {
    "0:no FAIL or ERROR",
    "1:at least one indicator report FAILs (or is INCONCLUSIVE or lacks data, as --fail-on"
        + " asks)",
    "2:at least one input could not be read, parsed or validated, or is a proposal, or no"
        + " report was found",
    "3:the rule set could not be loaded",
    "4:usage error: unknown option or bad argument"
  };

  @Override
  public CommandSpec spec() {
    return spec;
  }

  /** Whether standard output is a terminal; set by {@link Main}. */
  private boolean terminal;

  @Override
  public void outputIsTerminal(boolean terminal) {
    this.terminal = terminal;
  }

  /** How to tell whether standard error is a terminal; set by {@link Main}. */
  private BooleanSupplier errorsAreTerminal = () -> false;

  @Override
  public void errorsAreTerminal(BooleanSupplier terminal) {
    this.errorsAreTerminal = terminal;
  }

  private Progress.Setting progressSetting() {
    return new Progress.Setting(progressOption.getValue(), errorsAreTerminal,
        output.streamsToTerminal(terminal), spec.commandLine().getErr(),
        new Messages(output.language()), "progress.checking");
  }

  @Override
  public Integer call() throws IOException {
    output.checkTarget(input.isStandardInput() ? List.of() : input.inputs());
    Checker checker = configuredChecker();
    Set<FailOn> failingOn = failOnLevels();
    RenderOptions options = output.options(terminal, failingOn);
    PrintWriter out = spec.commandLine().getOut();
    if (inputFormat.getValue() != null) {
      return checkJsonLines(checker, options, out);
    }
    if (input.isStandardInput()) {
      byte[] text = input.standardInputText();
      if (text == null) {
        return ExitCode.INPUT_ERROR.code();
      }
      Report report = checker.report(checker.check(InputSelection.STANDARD_INPUT, text,
          InputFormat.ofContent(text)));
      output.write(report, out, options);
      return report.exitCode(failingOn).code();
    }
    return output.overFiles((prepare, deliver) -> checker.checkEach(input.inputs(), prepare,
        deliver), checker::report, Progress.overFiles(progressSetting(), input.inputs()), out,
        options);
  }

  /** The levels of --fail-on: fail always, and the others named. */
  private Set<FailOn> failOnLevels() {
    Set<FailOn> levels = java.util.EnumSet.noneOf(FailOn.class);
    String named = failOn.getValue();
    for (String level : named.split(",")) {
      switch (level.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "fail" -> { }
        case "warn" -> levels.add(FailOn.WARN);
        case "inconclusive" -> levels.add(FailOn.INCONCLUSIVE);
        case "missing-data" -> levels.add(FailOn.MISSING_DATA);
        default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--fail-on takes fail, warn, inconclusive or missing-data, as a comma list; not '"
                + level.strip() + "'");
      }
    }
    return levels;
  }

  /** The built-in rules (or a pack), read as the options say, configured by cqcheck.yaml. */
  private Checker configuredChecker() {
    Checker checker = rules.applyTo(input.threaded((scorecard ? Checker.forIndicatorReports()
        : Checker.withDefaultRulesOnFirstUse())
        .withInputOptions(input.options().withFieldPositions(output.pointsAtLines()))));
    if (scorecard) {
      // No date, configuration or waiver: they are for proposals.
      return checker;
    }
    LocalDate date = asOf.getValue();
    if (date != null) {
      checker = checker.asOf(date);
    }
    Path configured = config.getValue();
    Path configFile = configured != null ? configured
        : Files.exists(Path.of("cqcheck.yaml")) ? Path.of("cqcheck.yaml") : null;
    if (configFile != null) {
      checker = checker.withConfiguration(checker.readConfiguration(configFile));
      if (CommandSpecs.isSet(ignoreWaivers)) {
        checker = checker.auditingWaivers();
      }
    }
    return checker;
  }

  /**
   * JSON Lines input, read as it comes. Streamed in flat memory to a format that streams (text,
   * jsonl); for other formats the results are gathered into one report first. A file that cannot
   * be read is an ERROR result, as in a run over files; standard input that cannot be read ends
   * the run with a message, after the results of the lines read before.
   */
  private int checkJsonLines(Checker checker, RenderOptions options, PrintWriter out)
      throws IOException {
    if (!"jsonl".equals(inputFormat.getValue()) || input.inputs().size() != 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--input-format takes jsonl, with exactly one input: a file, or '-' for standard input");
    }
    Path source = input.inputs().get(0);
    try (Progress progress = Progress.overLines(progressSetting())) {
      StreamingRenderer renderer = output.streaming();
      if (renderer != null) {
        return output.stream(renderer, out, options, write -> {
          try (progress) {
            return checkLines(checker, source, r -> renderer.result(r, options), text -> {
              progress.line();
              write.accept(text);
            });
          }
        }).exitCode(options.failOn()).code();
      }
      List<CheckResult> results = new ArrayList<>();
      checkLines(checker, source, r -> r, r -> {
        progress.line();
        results.add(r);
      });
      progress.close();
      Report report = checker.report(results);
      output.write(report, out, options);
      return report.exitCode(options.failOn()).code();
    } catch (StandardInputUnreadable e) {
      spec.commandLine().getErr().println("cqcheck: cannot read standard input: "
          + e.getCause().getMessage());
      return ExitCode.INPUT_ERROR.code();
    }
  }

  /** The lines of {@code source}, a file, or standard input when it is '-'. */
  private <T> RunTotals checkLines(Checker checker, Path source, Function<CheckResult, T> prepare,
      Consumer<T> deliver) throws StandardInputUnreadable {
    if (!source.toString().equals("-")) {
      return checker.checkLines(source, prepare, deliver);
    }
    try {
      return checker.checkLines(System.in, "<stdin>", prepare, deliver);
    } catch (IOException e) {
      throw new StandardInputUnreadable(e);
    }
  }

  /** Standard input failed part way: told apart from a failure to write the report. */
  private static final class StandardInputUnreadable extends IOException {
    StandardInputUnreadable(IOException cause) {
      super(cause);
    }
  }
}

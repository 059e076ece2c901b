package org.cqcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cqcheck.Checker;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.ExitCode;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.RunTotals;
import org.cqcheck.report.StreamingRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cqcheck check}: reads proposals, checks them, writes the report. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = 4,
    description = {
      "Checks proposal files against the policy targets in force.",
      "A directory stands for every proposal file under it, recursively, in sorted order."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no FAIL and no ERROR",
      "1:at least one proposal FAILs a policy target (or WARNs, with --fail-on warn)",
      "2:at least one input could not be read, parsed or validated, or no proposal was found",
      "3:the rule set or configuration could not be loaded",
      "4:usage error: unknown option or bad argument"
    })
final class CheckCommand implements Callable<Integer>, TerminalOutput {

  /** Exit code of an unexpected internal error: a bug in cqcheck, never a verdict. */
  static final int INTERNAL_ERROR = 70;

  enum FailOn { FAIL, WARN }

  @Spec CommandSpec spec;

  @Mixin InputSelection input;

  @Mixin ReportOutput output;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Check against the targets in force on DATE (YYYY-MM-DD) instead of each"
          + " proposal's submittedOn.")
  LocalDate asOf;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "fail",
      description = "Exit 1 on: fail (default) or warn.")
  FailOn failOn;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration: severity overrides, disabled rules, waivers (default:"
          + " ./cqcheck.yaml when it exists).")
  Path config;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Add the rule pack in DIR (DRL files, editions.yaml, zones.yaml) to the"
          + " built-in rules. A rule pack is code: use only packs from trusted authors.")
  Path rulePack;

  @Option(names = "--rules-only", description = "Use the --rules pack instead of the built-in rules.")
  boolean rulesOnly;

  @Option(names = "--ignore-waivers",
      description = "Audit: apply no waiver, and show on each miss the waiver that would hide it.")
  boolean ignoreWaivers;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "jsonl: read JSON Lines (one proposal per line) from the single input, or from"
          + " standard input when it is '-'; with --format jsonl results stream out in flat memory.")
  String inputFormat;

  @Option(names = "--debug", description = "Show stack traces and debug logs on errors.")
  boolean debug;

  /** Whether standard output is a terminal; set by {@link Main}. */
  private boolean terminal;

  @Override
  public void outputIsTerminal(boolean terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    if (debug) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
    }
    Checker checker = configuredChecker();
    boolean failOnWarn = failOn == FailOn.WARN;
    RenderOptions options = output.options(terminal, failOnWarn);
    PrintWriter out = spec.commandLine().getOut();
    if (inputFormat != null) {
      return checkJsonLines(checker, options, out, failOnWarn);
    }
    StreamingRenderer renderer = output.streaming();
    if (renderer != null) {
      // Each result is rendered on the worker thread that checked it, and written here in order.
      return output.stream(renderer, out, options, write -> checker.checkEach(input.inputs, asOf,
          r -> renderer.result(r, options), write)).exitCode(failOnWarn).code();
    }
    Report report = checker.check(input.inputs, asOf);
    output.write(report, out, options);
    return report.exitCode(failOnWarn).code();
  }

  /** The built-in rules (or a pack), read as the options say, configured by cqcheck.yaml. */
  private Checker configuredChecker() {
    Checker checker = input.threaded(Checker.withDefaultRules()
        .withInputOptions(input.options().withFieldPositions(output.pointsAtLines())));
    if (rulePack != null) {
      checker = checker.withRulePack(rulePack, rulesOnly);
    }
    Path configFile = config != null ? config
        : Files.exists(Path.of("cqcheck.yaml")) ? Path.of("cqcheck.yaml") : null;
    if (configFile != null) {
      checker = checker.withConfiguration(checker.readConfiguration(configFile), ignoreWaivers);
    }
    return checker;
  }

  /**
   * JSON Lines input, read as it comes. Streamed in flat memory to a format that streams (text,
   * jsonl); for other formats the results are gathered into one report first. A file that cannot
   * be read is an ERROR result, as in a run over files; standard input that cannot be read ends
   * the run with a message, after the results of the lines read before.
   */
  private int checkJsonLines(Checker checker, RenderOptions options, PrintWriter out,
      boolean failOnWarn) throws IOException {
    if (!inputFormat.equals("jsonl") || input.inputs.size() != 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--input-format takes jsonl, with exactly one input: a file, or '-' for standard input");
    }
    Path source = input.inputs.get(0);
    try {
      StreamingRenderer renderer = output.streaming();
      if (renderer != null) {
        return output.stream(renderer, out, options, write -> checkLines(checker, source,
            r -> renderer.result(r, options), write)).exitCode(failOnWarn).code();
      }
      List<CheckResult> results = new ArrayList<>();
      checkLines(checker, source, r -> r, results::add);
      Report report = checker.report(results);
      output.write(report, out, options);
      return report.exitCode(failOnWarn).code();
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
      return checker.checkLines(source, asOf, prepare, deliver);
    }
    try {
      return checker.checkLines(System.in, "<stdin>", asOf, prepare, deliver);
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

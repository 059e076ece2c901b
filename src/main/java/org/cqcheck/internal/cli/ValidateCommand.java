package org.cqcheck.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.cqcheck.Checker;
import org.cqcheck.input.InputFormat;
import org.cqcheck.internal.report.Messages;
import org.cqcheck.report.ExitCode;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code cqcheck validate}: reads and validates proposals, evaluates no rule. */
final class ValidateCommand
    implements Callable<Integer>, TerminalOutput, CqcheckCommand.Subcommand {

  private final CommandSpec spec = CommandSpecs.command(this, "validate",
      "Validates proposal files against proposal format 1 (the schema printed by"
          + " `cqcheck schema`, and the checks it cannot express), and indicator reports against"
          + " indicator report format 1 (`cqcheck schema --indicator-report`), without checking"
          + " any target.");

  private final InputSelection input = new InputSelection(spec);

  private final ReportOutput output = new ReportOutput(spec);

  private final OptionSpec progressOption;

  ValidateCommand() {
    // Read by Main's error handler, among the options the parse matched.
    CommandSpecs.flag(spec, "--debug", "Show stack traces and debug logs on errors.");
    progressOption = Progress.option(spec);
    CommandSpecs.exitCodes(spec,
        "0:every proposal and indicator report is valid",
        "2:at least one input could not be read, parsed or validated, or no proposal was found",
        "3:the rule set or configuration could not be loaded",
        "4:usage error: unknown option or bad argument");
  }

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

  @Override
  public Integer call() throws IOException {
    output.checkTarget(input.isStandardInput() ? List.of() : input.inputs());
    // Valid proposals are reported without findings to point at; errors name their lines anyway.
    Checker checker = input.threaded(Checker.withDefaultRulesOnFirstUse()
        .withInputOptions(input.options().withFieldPositions(false)));
    RenderOptions options = output.options(terminal, java.util.Set.of());
    PrintWriter out = spec.commandLine().getOut();
    if (input.isStandardInput()) {
      byte[] text = input.standardInputText();
      if (text == null) {
        return ExitCode.INPUT_ERROR.code();
      }
      Report report = checker.report(checker.validate(InputSelection.STANDARD_INPUT, text,
          InputFormat.ofContent(text)));
      output.write(report, out, options);
      return report.exitCode(false).code();
    }
    Progress.Setting setting = new Progress.Setting(progressOption.getValue(), errorsAreTerminal,
        output.streamsToTerminal(terminal), spec.commandLine().getErr(),
        new Messages(output.language()), "progress.validating");
    // checker.report: as checker.validate(inputs) reports them (it notes no waiver: none is used).
    return output.overFiles((prepare, deliver) -> checker.validateEach(input.inputs(), prepare,
        deliver), checker::report, Progress.overFiles(setting, input.inputs()), out, options);
  }
}

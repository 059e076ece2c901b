package org.cqcheck.internal.cli;

import org.cqcheck.report.RenderOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * --width for the commands whose text is not a report (rules, explain, test): the columns their
 * lines fit, as check's text report does: --width, else the terminal's, else 100.
 */
final class LineWidth {

  private final CommandSpec command;

  private final OptionSpec width;

  /** Declares --width on {@code command}. */
  LineWidth(CommandSpec command) {
    this.command = command;
    width = CommandSpecs.option(command, OptionSpec.builder("--width").paramLabel("N")
        .type(Integer.class).description("Text: the columns lines fit, CJK counting two (default:"
            + " the terminal's width; 100 in a file or a pipe)."));
  }

  /** The width: --width (at least 40), else the terminal's when {@code terminal}, else 100. */
  int columns(boolean terminal) {
    Integer given = width.getValue();
    if (given != null) {
      if (given < 40) {
        throw new CommandLine.ParameterException(command.commandLine(),
            "--width is " + given + ": at least 40 columns");
      }
      return given;
    }
    return terminal ? TerminalWidth.columns() : RenderOptions.DEFAULT_WIDTH;
  }
}

package org.cqcheck.internal.cli;

import java.util.Locale;
import org.cqcheck.Checker;
import org.cqcheck.report.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The commands' picocli models are declared in code, through these few steps, rather than read
 * from annotations: reading annotations cost every cold start about 60 ms of CPU on the command's
 * critical path (a proxy class generated for each annotation type, every field and method of the
 * command scanned reflectively), a sixth of checking one file. The profile is in the history of
 * bench/RESULTS.md ({@code git show 454798f:bench/RESULTS.md}, fifth session).
 * The help they print is the same.
 */
final class CommandSpecs {

  private CommandSpecs() {}

  /** Exit code of a usage error (unknown option, bad value), for every command. */
  static final int USAGE_ERROR = org.cqcheck.report.ExitCode.USAGE.code();

  /**
   * The model of a command run by {@code command} (a {@link Runnable} or {@link
   * java.util.concurrent.Callable}), with -h/--help and -V/--version, as picocli's standard help
   * options are, and the version of cqcheck for -V.
   */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command)
        .name(name)
        .exitCodeOnInvalidInput(USAGE_ERROR)
        .versionProvider(() -> new String[] {"cqcheck " + Checker.version()});
    spec.usageMessage().description(description);
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
    return spec;
  }

  /** Lists the exit codes in the help, each entry written "CODE:what it means". */
  static void exitCodes(CommandSpec command, String... entries) {
    command.usageMessage().exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(UsageMessageSpec.keyValuesMap(entries));
  }

  /** Adds {@code option} to {@code command}; returns it, to read its value after parsing. */
  static OptionSpec option(CommandSpec command, OptionSpec.Builder option) {
    OptionSpec built = option.build();
    command.addOption(built);
    return built;
  }

  /** An option that takes no value: true when given. */
  static OptionSpec flag(CommandSpec command, String name, String description) {
    return option(command, OptionSpec.builder(name).type(boolean.class).description(description));
  }

  /** Adds {@code parameter} to {@code command}; returns it, to read its value after parsing. */
  static PositionalParamSpec parameter(CommandSpec command, PositionalParamSpec.Builder parameter) {
    PositionalParamSpec built = parameter.build();
    command.addPositional(built);
    return built;
  }

  /** --lang, for a command whose output is not a report. */
  static OptionSpec language(CommandSpec command) {
    return language(command, "zh or en, or a tag such as zh-CN (default: the locale).");
  }

  /** --lang, described as {@code description} says. */
  static OptionSpec language(CommandSpec command, String description) {
    return option(command, OptionSpec.builder("--lang").paramLabel("LANG").type(Language.class)
        .description(description));
  }

  /** The language --lang names, or else the locale's. */
  static Language languageOf(OptionSpec language) {
    Language chosen = language.getValue();
    return chosen != null ? chosen : Language.of(Locale.getDefault());
  }

  /** Whether a flag was given. */
  static boolean isSet(OptionSpec flag) {
    return Boolean.TRUE.equals(flag.getValue());
  }
}

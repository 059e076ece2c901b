package org.cqcheck.internal.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;

/** The top-level command: its subcommands do the work. */
final class CqcheckCommand implements Runnable {

  /** The exit codes of {@code check}, which the top-level help lists too. */
  static final String[] CHECK_EXIT_CODES = {
    "0:no FAIL, INCOMPLETE or ERROR",
    "1:at least one proposal FAILs a policy target or is INCOMPLETE, or an indicator report"
        + " FAILs (or WARNs, is INCONCLUSIVE or lacks data, as --fail-on asks)",
    "2:at least one input could not be read, parsed or validated, or no proposal was found",
    "3:the rule set or configuration could not be loaded",
    "4:usage error: unknown option or bad argument"
  };

  /**
   * The subcommands, by name. Registered by {@link Main}: only the one a run names, when it names
   * one, since building picocli's model of every command is part of start-up.
   */
  static final Map<String, Supplier<Subcommand>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Subcommand>> subcommands() {
    Map<String, Supplier<Subcommand>> commands = new LinkedHashMap<>();
    commands.put("check", CheckCommand::new);
    commands.put("scorecard", CheckCommand::scorecard);
    commands.put("validate", ValidateCommand::new);
    commands.put("rules", RulesCommand::new);
    commands.put("explain", ExplainCommand::new);
    commands.put("test", TestCommand::new);
    commands.put("schema", SchemaCommand::new);
    return Collections.unmodifiableMap(commands);
  }

  /** A subcommand: what it runs, with the picocli model of its options. */
  interface Subcommand {
    CommandSpec spec();
  }

  private final CommandSpec spec = CommandSpecs.command(this, "cqcheck",
      "Checks industrial project proposals against Chongqing's industrial-policy targets.",
      "检查工业项目申报是否符合重庆市工业政策目标。");

  /** --lang before a command's name is moved after it by {@link Main}; alone, it sets the help's. */
  private final picocli.CommandLine.Model.OptionSpec language = CommandSpecs.language(spec);

  CqcheckCommand() {
    CommandSpecs.exitCodes(spec, CHECK_EXIT_CODES);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        new org.cqcheck.internal.report.Messages(CommandSpecs.languageOf(language))
            .get("usage.commandRequired"));
  }
}

package org.cqcheck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.cqcheck.config.ConfigurationException;
import org.cqcheck.engine.RuleSetException;
import org.cqcheck.report.ExitCode;
import picocli.CommandLine;

/**
 * The {@code cqcheck} command. {@link #main} only exits with the code of {@link #run}, which tests
 * call in-process with writers of their own.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // UTF-8 whatever the platform default: reports hold Chinese text.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code;
    try {
      code = run(args, out, err, CommandLine.Help.Ansi.AUTO.enabled());
    } catch (OutOfMemoryError e) {
      // An Error passes picocli's handler; say what to do rather than print a stack trace.
      err.println("cqcheck: out of memory; give the JVM more (java -Xmx…, or CQCHECK_JAVA_OPTS"
          + " for bin/cqcheck), or check fewer proposals in one run");
      code = CheckCommand.INTERNAL_ERROR;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs cqcheck with {@code args}, writing the report to {@code out} and messages to {@code err}.
   *
   * @param terminal whether {@code out} is a terminal, where colour may be used
   * @return the exit code (see {@link ExitCode})
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    CommandLine cli = new CommandLine(new CqcheckCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(
        terminal ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
    ((CheckCommand) cli.getSubcommands().get("check").getCommand()).terminal = terminal;
    ((ValidateCommand) cli.getSubcommands().get("validate").getCommand()).terminal = terminal;
    ((ExplainCommand) cli.getSubcommands().get("explain").getCommand()).terminal = terminal;
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      boolean debug = parseResult.subcommand() != null
          && parseResult.subcommand().hasMatchedOption("--debug");
      if (e instanceof ConfigurationException config) {
        config.problems().forEach(p -> err.println("cqcheck: " + p));
        return ExitCode.RULES_ERROR.code();
      }
      if (e instanceof RuleSetException) {
        err.println("cqcheck: the rule set could not be loaded: " + e.getMessage());
        if (debug) {
          e.printStackTrace(err);
        }
        return ExitCode.RULES_ERROR.code();
      }
      err.println("cqcheck: internal error: " + e + " (run with --debug for the stack trace;"
          + " please report it)");
      if (debug) {
        e.printStackTrace(err);
      }
      return CheckCommand.INTERNAL_ERROR;
    });
    return cli.execute(args);
  }
}

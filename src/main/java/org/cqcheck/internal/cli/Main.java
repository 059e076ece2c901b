package org.cqcheck.internal.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.cqcheck.config.ConfigurationException;
import org.cqcheck.engine.RuleBase;
import org.cqcheck.engine.RuleSetException;
import org.cqcheck.internal.Ahead;
import org.cqcheck.internal.input.IndicatorReportSchema;
import org.cqcheck.internal.input.IndicatorVocabulary;
import org.cqcheck.internal.input.ProposalSchema;
import org.cqcheck.internal.report.Messages;
import org.cqcheck.report.ExitCode;
import org.cqcheck.report.Language;
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
      // A lambda, not a method reference: the progress bar's classes load only when a run asks.
      code = run(args, out, err, CommandLine.Help.Ansi.AUTO.enabled(),
          () -> ProgressBarDisplay.stderrIsTerminal());
    } catch (OutOfMemoryError e) {
      // An Error passes picocli's handler; say what to do rather than print a stack trace.
      err.println("cqcheck: out of memory; give the JVM more (java -Xmx…, or CQCHECK_JAVA_OPTS"
          + " for bin/cqcheck), or check fewer proposals in one run");
      code = ExitCode.INTERNAL_ERROR.code();
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
    return run(args, out, err, terminal, () -> false);
  }

  /**
   * As {@link #run(String[], PrintWriter, PrintWriter, boolean)}, with a way to find out whether
   * {@code err} is a terminal, where long runs show their progress; asked only of such a run.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal,
      java.util.function.BooleanSupplier errTerminal) {
    args = languageAfterCommand(args);
    String named = args.length > 0 && CqcheckCommand.SUBCOMMANDS.containsKey(args[0]) ? args[0] : null;
    if (debugAsked(named, args)) {
      // Before the loads below start: slf4j-simple reads the level once, when the first logger is
      // made, and the rule base may make one on its thread before the command runs.
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
    }
    // SLF4J initialised here, before the threads below: were two of them to make their first
    // loggers at once (Drools', the schema validator's), SLF4J would hold back what they log
    // meanwhile and then say so on standard error, in three lines of its own.
    org.slf4j.LoggerFactory.getILoggerFactory();
    loadInBackground(named);
    CommandLine cli = new CommandLine(new CqcheckCommand().spec());
    // Usage and suggestions need every subcommand; a run that names one needs only that one.
    CqcheckCommand.SUBCOMMANDS.forEach((name, command) -> {
      if (named == null || named.equals(name)) {
        CqcheckCommand.Subcommand subcommand = command.get();
        if (subcommand instanceof TerminalOutput output) {
          output.outputIsTerminal(terminal);
          output.errorsAreTerminal(errTerminal);
        }
        cli.addSubcommand(name, subcommand.spec());
      }
    });
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // --lang takes a locale's tag as well (zh-CN, en_US), not only the enum's zh and en.
    cli.registerConverter(Language.class, tag -> Language.forTag(tag).orElseThrow(() ->
        new CommandLine.TypeConversionException(
            "expected zh or en (or a tag such as zh-CN or en-US) but was '" + tag + "'")));
    // Dates (--as-of) as the user wrote them wrong, not as java.time's exception says it.
    cli.registerConverter(java.time.LocalDate.class, text -> {
      try {
        return java.time.LocalDate.parse(text);
      } catch (java.time.format.DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "expected a date as YYYY-MM-DD, such as 2013-03-15, but was '" + text + "'");
      }
    });
    Language language = requestedLanguage(args);
    if (language.chinese()) {
      // The help in Chinese: picocli reads each description from the bundle, by option name.
      cli.setResourceBundle(java.util.ResourceBundle.getBundle(
          "org.cqcheck.internal.cli.help", Locale.SIMPLIFIED_CHINESE));
    }
    cli.setParameterExceptionHandler((e, given) -> usageError(
        // An unknown option before the command's name (--lnag zh check) leaves the command with
        // arguments missing: the unknown option is what went wrong.
        e.getCommandLine() != cli && !cli.getUnmatchedArguments().isEmpty()
            ? new CommandLine.UnmatchedArgumentException(cli, cli.getUnmatchedArguments()) : e,
        language));
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(
        terminal ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
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
      return ExitCode.INTERNAL_ERROR.code();
    });
    return cli.execute(args);
  }

  /**
   * A usage error: what was wrong, a suggestion for a misspelt option or command, and where to
   * find the usage, rather than the whole usage (fifty lines that push the error itself off the
   * screen), in the language --lang asks for.
   */
  private static int usageError(CommandLine.ParameterException e, Language language) {
    CommandLine failed = e.getCommandLine();
    PrintWriter err = failed.getErr();
    Messages messages = new Messages(language);
    err.println("cqcheck: " + UsageErrors.message(e, messages));
    String help = failed.getCommandSpec().qualifiedName() + " --help";
    err.println(messages.get("usage.seeHelp", help));
    err.flush();
    return failed.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * The language --lang names, wherever it stands before a "--" (a usage error is reported in it,
   * whatever else is wrong with the arguments); else the locale's.
   */
  static Language requestedLanguage(String[] args) {
    for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
      String tag = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
          : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
      if (tag != null) {
        return Language.forTag(tag).orElse(Language.of(Locale.getDefault()));
      }
    }
    return Language.of(Locale.getDefault());
  }

  /**
   * {@code args} with a --lang given before the command's name moved after it ({@code cqcheck
   * --lang zh check ...} is {@code cqcheck check --lang zh ...}): every command takes --lang, and
   * the language is a choice for the whole run.
   */
  static String[] languageAfterCommand(String[] args) {
    int command = args.length > 0 && args[0].startsWith("--lang=") ? 1
        : args.length > 1 && args[0].equals("--lang") ? 2 : -1;
    if (command < 0 || command >= args.length
        || !CqcheckCommand.SUBCOMMANDS.containsKey(args[command])) {
      return args;
    }
    List<String> moved = new java.util.ArrayList<>(List.of(args));
    List<String> language = new java.util.ArrayList<>(moved.subList(0, command));
    moved.subList(0, command).clear();
    moved.addAll(1, language);
    return moved.toArray(String[]::new);
  }

  /** Whether {@code args} give --debug to a command that takes it, before any "--". */
  private static boolean debugAsked(String command, String[] args) {
    if (command == null || !List.of("check", "scorecard", "validate").contains(command)) {
      return false;
    }
    for (int i = 1; i < args.length && !args[i].equals("--"); i++) {
      if (args[i].equals("--debug")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Starts loading what {@code command} will need (the rule base's catalogue and data, the
   * proposal schema) on threads of their own, while this one parses the arguments and reads the
   * first input: on a machine with two cores that takes about a third off the time to check one
   * file. The rules' KieBases are not built here: the checker builds the project rules' when its
   * reader finds a proposal, the aggregate targets' when it finds an indicator report, so that a
   * run builds only what its input needs. Whoever needs a load first waits for it; a load that
   * fails is reported then, by that caller.
   */
  private static void loadInBackground(String command) {
    if (command == null) {
      return;
    }
    if (command.equals("scorecard")) {
      // Indicator reports only: the aggregate targets (their catalogue, read from their model's
      // metadata), the report format's schema and the indicator vocabulary; no project rule and
      // no proposal schema. The KieBases of the targets are built once the reader has found a
      // report's year and span, as for check.
      Ahead.start("cqcheck-load-targets",
          () -> RuleBase.loadBuiltInTargets().catalogue().targets());
      // The vocabulary after the schema: two threads beside the targets' load, on two cores.
      Ahead.start("cqcheck-load-schema", () -> {
        IndicatorReportSchema.load();
        IndicatorVocabulary.readAhead();
      });
      return;
    }
    if (List.of("check", "validate", "rules", "explain", "test").contains(command)) {
      Ahead.start("cqcheck-load-rules", RuleBase::loadBuiltIn);
    }
    if (List.of("check", "validate").contains(command)) {
      // Before the input says it holds a proposal: on a machine with two cores, compiling the
      // schema then costs a report's check about 3 ms and saves a proposal's about 13 ms.
      Ahead.start("cqcheck-load-schema", ProposalSchema::load);
    }
  }
}

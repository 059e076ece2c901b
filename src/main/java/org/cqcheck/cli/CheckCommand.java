package org.cqcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cqcheck.Checker;
import org.cqcheck.report.ExitCode;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cqcheck check}: reads proposals, checks them, writes the report. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = 4,
    description = {
      "Checks proposal files (.json, .yaml, .yml) against the policy targets in force.",
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
final class CheckCommand implements Callable<Integer> {

  /** Exit code of an unexpected internal error: a bug in cqcheck, never a verdict. */
  static final int INTERNAL_ERROR = 70;

  enum FailOn { FAIL, WARN }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Proposal files or directories.")
  List<Path> inputs;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Check against the targets in force on DATE (YYYY-MM-DD) instead of each"
          + " proposal's submittedOn.")
  LocalDate asOf;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "Language of the report: zh or en (default: from the locale).")
  Language language;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "fail",
      description = "Exit 1 on: fail (default) or warn.")
  FailOn failOn;

  @Option(names = {"-q", "--quiet"}, description = "Text: verdict lines only.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Text: also list NOT_APPLICABLE findings.")
  boolean verbose;

  @Option(names = "--debug", description = "Show stack traces and debug logs on errors.")
  boolean debug;

  /** Whether standard output is a terminal; set by {@link Main}. */
  boolean terminal;

  @Override
  public Integer call() throws IOException {
    if (debug) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
    }
    Checker checker = Checker.withDefaultRules();
    Report report = checker.check(inputs, asOf);
    Language lang = language != null ? language : Language.of(Locale.getDefault());
    RenderOptions options =
        new RenderOptions(lang, verbose, quiet, terminal && output == null && !quiet);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      format.renderer().render(report, options, out);
      out.flush();
    } else {
      StringWriter buffer = new StringWriter();
      format.renderer().render(report, options, buffer);
      writeAtomically(output, buffer.toString());
    }
    ExitCode code = report.exitCode(failOn == FailOn.WARN);
    return code.code();
  }

  /** Writes to a temporary file beside {@code target}, then renames it: no half-written report. */
  private static void writeAtomically(Path target, String content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), ".cqcheck-", ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        w.write(content);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}

package org.cqcheck.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cqcheck.Checker;
import org.cqcheck.internal.ruletest.RuleTestRunner;
import org.cqcheck.internal.report.Messages;
import org.cqcheck.report.ExitCode;
import org.cqcheck.report.RuleCatalogueWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code cqcheck test DIR...}: runs rule tests, like {@code opa test}, with coverage. */
final class TestCommand implements Callable<Integer>, TerminalOutput, CqcheckCommand.Subcommand {

  private final CommandSpec spec = CommandSpecs.command(this, "test",
      "Runs the rule tests (*.yaml) in DIR and reports their coverage of the rules.",
      "Prints ok or FAIL per case, then coverage: rules no case exercised, and rules never seen to"
          + " pass or never seen to miss (FAIL or WARN).");

  private final PositionalParamSpec directories = CommandSpecs.parameter(spec,
      PositionalParamSpec.builder().arity("1..*").required(true).paramLabel("DIR").descriptionKey("test-dirs")
          .type(List.class).auxiliaryTypes(Path.class)
          .description("A directory of rule test files; several (the built-in rules' tests and a"
              + " pack's) are run together, with one coverage."));

  private final RuleSelection rules = new RuleSelection(spec);

  private final OptionSpec requireCoverage = CommandSpecs.flag(spec, "--require-coverage",
      "Fail unless every rule was asserted and seen both to pass and to miss.");

  private final OptionSpec language = CommandSpecs.language(spec);

  private final LineWidth width = new LineWidth(spec);

  /** Whether standard output is a terminal; set by {@link Main}. */
  private boolean terminal;

  @Override
  public void outputIsTerminal(boolean terminal) {
    this.terminal = terminal;
  }

  TestCommand() {
    CommandSpecs.exitCodes(spec,
        "0:every case passed (and, with --require-coverage, every rule was seen both ways)",
        "1:a case failed, or coverage fell short with --require-coverage",
        "2:a test file could not be read",
        "4:usage error");
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Messages messages = new Messages(CommandSpecs.languageOf(language));
    int columns = width.columns(terminal);
    List<Path> directories = this.directories.getValue();
    for (Path directory : directories) {
      if (!Files.isDirectory(directory)) {
        spec.commandLine().getErr().println("cqcheck: "
            + messages.get("test.notADirectory", directory));
        return ExitCode.INPUT_ERROR.code();
      }
    }
    Checker checker = rules.applyTo(Checker.withDefaultRules());
    RuleTestRunner.Run run = new RuleTestRunner(checker).run(directories);
    for (String error : run.fileErrors()) {
      out.print(RuleCatalogueWriter.wrap(messages.get("test.error") + " ", 6, error, columns));
    }
    String ok = messages.get("test.ok");
    String fail = messages.get("test.fail");
    for (RuleTestRunner.CaseResult c : run.cases()) {
      String status = c.passed() ? ok : fail;
      out.print(RuleCatalogueWriter.wrap(status + " ".repeat(6 - RuleCatalogueWriter.columns(status)), 8,
          c.file() + ": " + (c.kind().isEmpty() ? "" : "[" + c.kind() + "] ") + c.name(),
          columns));
      c.failures().forEach(f -> out.print(RuleCatalogueWriter.wrap("        ", 10, f, columns)));
    }
    long failed = run.cases().stream().filter(c -> !c.passed()).count();
    out.println();
    out.print(RuleCatalogueWriter.wrap("", 2, messages.get("test.cases", run.cases().size(),
        run.cases().size() - failed, failed), columns));
    List<String> untested = run.coverage().stream().filter(c -> c.cases() == 0)
        .map(RuleTestRunner.Coverage::ruleId).toList();
    List<String> neverPass = run.coverage().stream().filter(c -> c.cases() > 0 && !c.seenPass())
        .map(RuleTestRunner.Coverage::ruleId).toList();
    List<String> neverMiss = run.coverage().stream().filter(c -> c.cases() > 0 && !c.seenMiss())
        .map(RuleTestRunner.Coverage::ruleId).toList();
    out.print(RuleCatalogueWriter.wrap("", 2, messages.get("test.coverage",
        run.coverage().size() - untested.size(), run.coverage().size()), columns));
    coverageLine(out, messages, "test.notExercised", untested, columns);
    coverageLine(out, messages, "test.neverPass", neverPass, columns);
    coverageLine(out, messages, "test.neverMiss", neverMiss, columns);
    out.flush();
    if (!run.fileErrors().isEmpty()) {
      return ExitCode.INPUT_ERROR.code();
    }
    if (failed > 0 || (CommandSpecs.isSet(requireCoverage) && !run.fullyCovered())) {
      return ExitCode.POLICY_FAILURE.code();
    }
    return ExitCode.OK.code();
  }

  private static void coverageLine(PrintWriter out, Messages messages, String key,
      List<String> rules, int columns) {
    if (!rules.isEmpty()) {
      out.print(RuleCatalogueWriter.wrap("  ", 4,
          messages.get(key, String.join(", ", rules)), columns));
    }
  }
}

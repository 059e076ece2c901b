package org.cqcheck.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cqcheck.Checker;
import org.cqcheck.internal.ruletest.RuleTestRunner;
import org.cqcheck.report.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code cqcheck test DIR...}: runs rule tests, like {@code opa test}, with coverage. */
final class TestCommand implements Callable<Integer>, CqcheckCommand.Subcommand {

  private final CommandSpec spec = CommandSpecs.command(this, "test",
      "Runs the rule tests (*.yaml) in DIR and reports their coverage of the rules.",
      "Prints ok or FAIL per case, then coverage: rules no case exercised, and rules never seen to"
          + " pass or never seen to miss (FAIL or WARN).");

  private final PositionalParamSpec directories = CommandSpecs.parameter(spec,
      PositionalParamSpec.builder().arity("1..*").required(true).paramLabel("DIR")
          .type(List.class).auxiliaryTypes(Path.class)
          .description("A directory of rule test files; several (the built-in rules' tests and a"
              + " pack's) are run together, with one coverage."));

  private final RuleSelection rules = new RuleSelection(spec);

  private final OptionSpec requireCoverage = CommandSpecs.flag(spec, "--require-coverage",
      "Fail unless every rule was asserted and seen both to pass and to miss.");

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
    List<Path> directories = this.directories.getValue();
    for (Path directory : directories) {
      if (!Files.isDirectory(directory)) {
        spec.commandLine().getErr().println("cqcheck: " + directory + " is not a directory");
        return ExitCode.INPUT_ERROR.code();
      }
    }
    Checker checker = rules.applyTo(Checker.withDefaultRules());
    RuleTestRunner.Run run = new RuleTestRunner(checker).run(directories);
    for (String error : run.fileErrors()) {
      out.println("ERROR " + error);
    }
    for (RuleTestRunner.CaseResult c : run.cases()) {
      out.println((c.passed() ? "ok    " : "FAIL  ") + c.file() + ": "
          + (c.kind().isEmpty() ? "" : "[" + c.kind() + "] ") + c.name());
      c.failures().forEach(f -> out.println("        " + f));
    }
    long failed = run.cases().stream().filter(c -> !c.passed()).count();
    out.println();
    out.println(run.cases().size() + " cases: " + (run.cases().size() - failed) + " passed, "
        + failed + " failed");
    List<String> untested = run.coverage().stream().filter(c -> c.cases() == 0)
        .map(RuleTestRunner.Coverage::ruleId).toList();
    List<String> neverPass = run.coverage().stream().filter(c -> c.cases() > 0 && !c.seenPass())
        .map(RuleTestRunner.Coverage::ruleId).toList();
    List<String> neverMiss = run.coverage().stream().filter(c -> c.cases() > 0 && !c.seenMiss())
        .map(RuleTestRunner.Coverage::ruleId).toList();
    out.println("coverage: " + (run.coverage().size() - untested.size()) + " of "
        + run.coverage().size() + " rules exercised");
    if (!untested.isEmpty()) {
      out.println("  not exercised by any case: " + String.join(", ", untested));
    }
    if (!neverPass.isEmpty()) {
      out.println("  never seen to pass: " + String.join(", ", neverPass));
    }
    if (!neverMiss.isEmpty()) {
      out.println("  never seen to miss (FAIL or WARN): " + String.join(", ", neverMiss));
    }
    out.flush();
    if (!run.fileErrors().isEmpty()) {
      return ExitCode.INPUT_ERROR.code();
    }
    if (failed > 0 || (CommandSpecs.isSet(requireCoverage) && !run.fullyCovered())) {
      return ExitCode.POLICY_FAILURE.code();
    }
    return ExitCode.OK.code();
  }
}

package org.cqcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cqcheck.Checker;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.report.ExitCode;
import org.cqcheck.report.Language;
import org.cqcheck.report.Messages;
import org.cqcheck.report.RuleCatalogueWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cqcheck explain RULE-ID}: one rule, its DRL, and the paragraph it cites. */
@Command(name = "explain", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 4,
    description = "Shows a rule's metadata, its DRL text, and the paragraph of the policy document"
        + " that holds its quote, with the quote marked.")
final class ExplainCommand implements Callable<Integer>, TerminalOutput {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "RULE-ID", description = "A rule id, such as CQ2012-CHEM-GAS-YIELD.")
  String ruleId;

  @Option(names = "--lang", paramLabel = "LANG", description = "zh or en, or a tag such as zh-CN (default: the locale).")
  Language language;

  /** Whether standard output is a terminal; set by {@link Main}. */
  private boolean terminal;

  @Override
  public void outputIsTerminal(boolean terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    Checker checker = Checker.withDefaultRules();
    Language lang = language != null ? language : Language.of(Locale.getDefault());
    RuleInfo rule = checker.ruleBase().rule(ruleId).orElse(null);
    if (rule == null) {
      spec.commandLine().getErr().println("cqcheck: " + new Messages(lang).get("explain.unknown", ruleId));
      return ExitCode.USAGE.code();
    }
    PrintWriter out = spec.commandLine().getOut();
    new RuleCatalogueWriter(checker.ruleBase(), lang).writeExplanation(rule, terminal, out);
    out.flush();
    return 0;
  }
}

package org.cqcheck.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cqcheck.engine.RuleBase;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.internal.report.Messages;
import org.cqcheck.report.ExitCode;
import org.cqcheck.report.Language;
import org.cqcheck.report.RuleCatalogueWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code cqcheck explain RULE-ID}: one rule, its DRL, and the paragraph it cites. */
final class ExplainCommand implements Callable<Integer>, TerminalOutput, CqcheckCommand.Subcommand {

  private final CommandSpec spec = CommandSpecs.command(this, "explain",
      "Shows a rule's (or an aggregate target's) metadata, its DRL text, and the paragraph of the"
          + " policy document that holds its quote, with the quote marked.");

  private final PositionalParamSpec ruleId = CommandSpecs.parameter(spec,
      PositionalParamSpec.builder().required(true).paramLabel("RULE-ID").descriptionKey("rule-id").type(String.class)
          .description("A rule id, such as CQ2012-CHEM-GAS-YIELD, or a target's, such as"
              + " CQ2012-AGG-GROSS-OUTPUT."));

  private final OptionSpec language = CommandSpecs.language(spec);

  private final RuleSelection rules = new RuleSelection(spec);

  private final LineWidth width = new LineWidth(spec);

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

  @Override
  public Integer call() throws IOException {
    RuleBase ruleBase = rules.ruleBase();
    Language lang = CommandSpecs.languageOf(language);
    String id = ruleId.getValue();
    // Ids are upper case; one typed in lower case is still that rule.
    RuleInfo rule = ruleBase.rule(id.strip().toUpperCase(java.util.Locale.ROOT))
        .orElse(null);
    if (rule == null) {
      Messages messages = new Messages(lang);
      java.util.List<String> ids = java.util.stream.Stream.concat(ruleBase.rules().stream(),
          ruleBase.catalogue().targets().stream()).map(RuleInfo::id).toList();
      spec.commandLine().getErr().println("cqcheck: " + org.cqcheck.internal.input.Suggestions
          .closestId(id.strip().toUpperCase(java.util.Locale.ROOT), ids)
          .map(s -> messages.get("explain.unknownSuggestion", id, s))
          .orElse(messages.get("explain.unknown", id)));
      return ExitCode.USAGE.code();
    }
    PrintWriter out = spec.commandLine().getOut();
    new RuleCatalogueWriter(ruleBase, lang, width.columns(terminal)).writeExplanation(rule, terminal, out);
    out.flush();
    return 0;
  }
}

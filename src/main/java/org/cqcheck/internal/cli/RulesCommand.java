package org.cqcheck.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.cqcheck.report.RuleCatalogueWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code cqcheck rules}: the rule catalogue. */
final class RulesCommand implements Callable<Integer>, CqcheckCommand.Subcommand {

  enum Format { TEXT, JSON }

  private final CommandSpec spec = CommandSpecs.command(this, "rules",
      "Lists the rules: id, edition, severity, requirement, first day in force, the rule that"
          + " supersedes it, and whether it is in force (today, or on --as-of).");

  private final OptionSpec asOf = CommandSpecs.option(spec, OptionSpec.builder("--as-of")
      .paramLabel("DATE").type(LocalDate.class)
      .description("List only the rules in force on DATE (YYYY-MM-DD)."));

  private final OptionSpec format = CommandSpecs.option(spec, OptionSpec.builder("--format")
      .paramLabel("FORMAT").type(Format.class).defaultValue("text")
      .description("text (default) or json."));

  private final OptionSpec language = CommandSpecs.language(spec);

  private final RuleSelection rules = new RuleSelection(spec);

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    new RuleCatalogueWriter(rules.ruleBase(), CommandSpecs.languageOf(language))
        .writeRules(asOf.getValue(), format.getValue() == Format.JSON, LocalDate.now(), out);
    out.flush();
    return 0;
  }
}

package org.cqcheck.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cqcheck.engine.RuleBase;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.internal.input.Suggestions;
import org.cqcheck.internal.report.Messages;
import org.cqcheck.report.ExitCode;
import org.cqcheck.report.Language;
import org.cqcheck.report.RuleCatalogueWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code cqcheck rules [ID-PREFIX...]}: the rule catalogue, or the part of it named. */
final class RulesCommand implements Callable<Integer>, TerminalOutput, CqcheckCommand.Subcommand {

  enum Format { TEXT, JSON }

  private final CommandSpec spec = CommandSpecs.command(this, "rules",
      "Lists the rules: id, edition, severity, requirement, first day in force, the rule that"
          + " supersedes it, and whether it is in force (today, or on --as-of); then the aggregate"
          + " targets that indicator reports are checked against: id, edition, horizon or span,"
          + " region, requirement.");

  private final PositionalParamSpec prefixes = CommandSpecs.parameter(spec,
      PositionalParamSpec.builder().arity("0..*").paramLabel("ID-PREFIX").descriptionKey("id-prefix").type(List.class)
          .auxiliaryTypes(String.class)
          .description("List only the rules whose id starts with one of these, in any case:"
              + " CQ2012-CHEM, cq2016."));

  private final OptionSpec asOf = CommandSpecs.option(spec, OptionSpec.builder("--as-of")
      .paramLabel("DATE").type(LocalDate.class)
      .description("List only the rules in force on DATE (YYYY-MM-DD)."));

  private final OptionSpec format = CommandSpecs.option(spec, OptionSpec.builder("--format")
      .paramLabel("FORMAT").type(Format.class).defaultValue("text")
      .description("text (default) or json."));

  private final OptionSpec language = CommandSpecs.language(spec);

  private final RuleSelection rules = new RuleSelection(spec);

  private final LineWidth width = new LineWidth(spec);

  /** Whether standard output is a terminal; set by {@link Main}. */
  private boolean terminal;

  @Override
  public void outputIsTerminal(boolean terminal) {
    this.terminal = terminal;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    RuleBase ruleBase = rules.ruleBase();
    Language lang = CommandSpecs.languageOf(language);
    List<String> given = prefixes.getValue() == null ? List.of() : prefixes.getValue();
    List<String> wanted = given.stream().map(p -> p.strip().toUpperCase(Locale.ROOT)).toList();
    // A prefix may name project rules or aggregate targets (CQ2012-AGG): the catalogue lists both.
    List<String> ids = java.util.stream.Stream.concat(ruleBase.rules().stream(),
        ruleBase.catalogue().targets().stream()).map(RuleInfo::id).toList();
    for (int i = 0; i < wanted.size(); i++) {
      String prefix = wanted.get(i);
      if (ids.stream().noneMatch(id -> id.startsWith(prefix))) {
        Messages messages = new Messages(lang);
        String typed = given.get(i);
        spec.commandLine().getErr().println("cqcheck: " + Suggestions.closest(prefix, parts(ids))
            .map(s -> messages.get("rules.unknownPrefixSuggestion", typed, s))
            .orElse(messages.get("rules.unknownPrefix", typed)));
        return ExitCode.USAGE.code();
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    new RuleCatalogueWriter(ruleBase, lang, width.columns(terminal))
        .writeRules(asOf.getValue(), id -> wanted.isEmpty() || wanted.stream().anyMatch(id::startsWith),
            format.getValue() == Format.JSON, LocalDate.now(), out);
    out.flush();
    return 0;
  }

  /** The ids and their parts up to each '-' (CQ2012, CQ2012-CHEM, ...): what a prefix may mean. */
  private static java.util.Set<String> parts(List<String> ids) {
    java.util.Set<String> parts = new java.util.TreeSet<>();
    for (String id : ids) {
      for (int dash = id.indexOf('-'); dash > 0; dash = id.indexOf('-', dash + 1)) {
        parts.add(id.substring(0, dash));
      }
      parts.add(id);
    }
    return parts;
  }
}

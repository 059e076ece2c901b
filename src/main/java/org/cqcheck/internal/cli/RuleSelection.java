package org.cqcheck.internal.cli;

import java.nio.file.Path;
import org.cqcheck.Checker;
import org.cqcheck.engine.RuleBase;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The rules a command loads: the built-in ones, with a rule pack added (--rules DIR) or alone
 * (--rules-only). Declared once here for every command that loads rules (check, test, rules,
 * explain), so that a pack is named the same way to all of them.
 */
final class RuleSelection {

  private final CommandSpec command;

  private final OptionSpec rulePack;

  private final OptionSpec rulesOnly;

  /** Declares --rules and --rules-only on {@code command}. */
  RuleSelection(CommandSpec command) {
    this.command = command;
    rulePack = CommandSpecs.option(command, OptionSpec.builder("--rules")
        .paramLabel("DIR").type(Path.class)
        .description("Add the rule pack in DIR (its DRL files, and its editions and zones files) to"
            + " the built-in rules. A rule pack is code: use only packs from trusted authors."));
    rulesOnly = CommandSpecs.flag(command, "--rules-only",
        "Use the --rules pack instead of the built-in rules.");
  }

  /**
   * {@code builtIn} with the pack added, or the pack alone with --rules-only; {@code builtIn}
   * itself without --rules. The pack is compiled now.
   *
   * @throws org.cqcheck.engine.RuleSetException when the pack cannot be loaded (exit 3)
   * @throws ParameterException for --rules-only without --rules (exit 4)
   */
  Checker applyTo(Checker builtIn) {
    checkRulesOnlyHasAPack();
    Path pack = rulePack.getValue();
    if (pack == null) {
      return builtIn;
    }
    return CommandSpecs.isSet(rulesOnly) ? builtIn.withOnlyRulePack(pack)
        : builtIn.withRulePack(pack);
  }

  /**
   * The rule base itself, for the commands that show rules rather than check proposals (rules,
   * explain): the built-in one, with the pack added or alone, as {@link #applyTo} selects it.
   *
   * @throws org.cqcheck.engine.RuleSetException when the pack cannot be loaded (exit 3)
   * @throws ParameterException for --rules-only without --rules (exit 4)
   */
  RuleBase ruleBase() {
    checkRulesOnlyHasAPack();
    RuleBase builtIn = RuleBase.loadBuiltIn();
    Path pack = rulePack.getValue();
    if (pack == null) {
      return builtIn;
    }
    return CommandSpecs.isSet(rulesOnly) ? RuleBase.compilePack(pack, java.util.List.of())
        : builtIn.plus(RuleBase.compilePack(pack, builtIn.editions()));
  }

  private void checkRulesOnlyHasAPack() {
    if (rulePack.getValue() == null && CommandSpecs.isSet(rulesOnly)) {
      throw new ParameterException(command.commandLine(),
          "--rules-only needs a rule pack: --rules DIR");
    }
  }
}

package org.cqcheck.internal.cli;

import java.util.concurrent.Callable;
import org.cqcheck.internal.input.ProposalSchema;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code cqcheck schema}: prints the JSON Schema of proposal format 1. */
final class SchemaCommand implements Callable<Integer>, CqcheckCommand.Subcommand {

  private final CommandSpec spec = CommandSpecs.command(this, "schema",
      "Prints the JSON Schema (draft 2020-12) of proposal format 1, for editors and other tools.");

  private final OptionSpec file = CommandSpecs.flag(spec, "--file",
      "Print the schema of a proposal file instead: one proposal or a list of them. It refers to"
          + " the proposal schema by its $id (https://cqcheck.org/schema/proposal-v1.schema.json).");

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(CommandSpecs.isSet(file)
        ? ProposalSchema.fileText() : ProposalSchema.text());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
